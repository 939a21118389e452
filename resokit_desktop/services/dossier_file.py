"""The open dossier file: one connection, its path, and closing it cleanly."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from resokit_desktop.storage.connection import open_database


@dataclass
class DossierFile:
    path: Path
    db: sqlite_utils.Database

    @classmethod
    def open(cls, path: Path, passphrase: str | None = None) -> DossierFile:
        path.parent.mkdir(parents=True, exist_ok=True)
        return cls(path=path, db=open_database(path, passphrase))

    def close(self) -> None:
        try:
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            self.db.conn.close()
