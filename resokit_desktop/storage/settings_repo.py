"""Key/value settings stored inside the dossier file (organisation name, worker, domain sets)."""

from __future__ import annotations

import json
from typing import Any

import sqlite_utils

from resokit_desktop.domain.text_hygiene import cleaned
from resokit_desktop.storage.connection import transaction


def get_setting(db: sqlite_utils.Database, key: str, default: Any = None) -> Any:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return default if row is None else json.loads(row[0])


def set_setting(db: sqlite_utils.Database, key: str, value: Any) -> None:
    with transaction(db):
        db.execute(
            "INSERT INTO settings(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, json.dumps(cleaned(value), ensure_ascii=False)],
        )
