"""The dossier file's automatic backups as the window sees them: list, check, restore, settings."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import sqlite_utils

from resokit_desktop.security import backups
from resokit_desktop.security.backups import BackupInfo
from resokit_desktop.storage.connection import KIND_PLAIN, file_kind
from resokit_desktop.storage.settings_repo import get_setting, set_setting

__all__ = [
    "BackupInfo", "backup_due", "has_backups", "keep_counts", "list_backups",
    "passphrase_opens_a_backup", "plain_backups", "restore_damaged", "set_keep_counts",
]


def has_backups(path: Path) -> bool:
    return bool(backups.backup_files(Path(path)))


def plain_backups(path: Path) -> list[Path]:
    """The backups that are not encrypted (made of a plain file before it was converted)."""
    return [p for _when, p in backups.backup_files(Path(path)) if file_kind(p) == KIND_PLAIN]


def list_backups(path: Path, passphrase: str | None) -> list[BackupInfo]:
    """Every backup, newest first, each checked with the passphrase (``info.ok``)."""
    return backups.list_backups(Path(path), passphrase)


def passphrase_opens_a_backup(path: Path, passphrase: str) -> bool:
    return backups.passphrase_opens_a_backup(Path(path), passphrase)


def restore_damaged(path: Path, backup: Path, passphrase: str | None) -> Path | None:
    """Put a verified backup in place of a damaged file; where the damaged one was kept aside."""
    return backups.restore_backup(Path(path), Path(backup), passphrase, "damaged")


def backup_due(path: Path, now: datetime | None = None) -> bool:
    """True when the newest backup is a day old, or there is none."""
    return backups.backup_due(Path(path), now)


def keep_counts(db: sqlite_utils.Database) -> tuple[int, int]:
    """How many daily and weekly backups rotation keeps (the file's settings)."""
    return (int(get_setting(db, backups.SETTING_KEEP_DAILY, backups.DEFAULT_KEEP_DAILY)),
            int(get_setting(db, backups.SETTING_KEEP_WEEKLY, backups.DEFAULT_KEEP_WEEKLY)))


def set_keep_counts(db: sqlite_utils.Database, daily: int, weekly: int) -> None:
    set_setting(db, backups.SETTING_KEEP_DAILY, daily)
    set_setting(db, backups.SETTING_KEEP_WEEKLY, weekly)
