"""Numbered schema migrations: each one atomic, the file backed up before any of them runs.

A migration is a module ``mNNN_<name>.py`` in this package with an ``apply(db)`` function.
Its number is the schema version the file has once it ran (``PRAGMA user_version``).
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlite_utils

from resokit_desktop.storage.errors import NewerSchemaError
from resokit_desktop.storage.sqlite_connect import connect_raw


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[sqlite_utils.Database], None]


def all_migrations() -> list[Migration]:
    found = []
    for info in pkgutil.iter_modules(__path__):
        if not (info.name.startswith("m") and info.name[1:4].isdigit()):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        found.append(Migration(int(info.name[1:4]), info.name[5:], module.apply))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions) or (versions and versions[0] != 1):
        raise RuntimeError(f"migration numbers must be unique and start at 1, got {versions}")
    return found


def latest_version() -> int:
    found = all_migrations()
    return found[-1].version if found else 0


def schema_version(db: sqlite_utils.Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def backup_path_for(path: Path, from_version: int) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.name}.v{from_version}-{stamp}.pre-upgrade")


def _backup(db: sqlite_utils.Database, path: Path, from_version: int) -> Path:
    """Copy the live file with SQLite's backup API (never a plain file copy)."""
    target = backup_path_for(path, from_version)
    # The copy carries the source's key when there is one.
    dest = connect_raw(target, _passphrase_of(db))
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    return target


def _passphrase_of(db: sqlite_utils.Database) -> str | None:
    return getattr(db, "_resokit_passphrase", None)


def migrate(db: sqlite_utils.Database, path: Path | None, passphrase: str | None = None) -> None:
    """Bring the file up to the latest schema version, refusing files from the future."""
    db._resokit_passphrase = passphrase  # type: ignore[attr-defined]
    migrations = all_migrations()
    current = schema_version(db)
    latest = migrations[-1].version
    if current > latest:
        raise NewerSchemaError(current, latest)
    if current == latest:
        return
    has_content = current > 0
    if has_content and path is not None and str(path) != ":memory:":
        _backup(db, Path(path), current)
    conn = db.conn
    for migration in (m for m in migrations if m.version > current):
        conn.execute("BEGIN IMMEDIATE")
        try:
            migration.apply(db)
            conn.execute(f"PRAGMA user_version = {migration.version}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
