"""The open dossier file: its connection and passphrase, backups, passphrase change, restore.

API for the UI and other services::

    dossier = DossierFile.open(path, passphrase=None)  # passphrase None: plain file (demo, tests)
    dossier.db / dossier.path / dossier.encrypted
    dossier.matches_passphrase(text) -> bool
    dossier.change_passphrase(current, new) -> list[Path]  # crash-safe; backups and kept-aside
                                                  # copies too; returns copies left on the old key
    kept_aside_copies(path) -> list[KeptAside]    # copies kept aside on restore
    remove_kept_aside(path, copy)                 # overwrite and remove one of them
    dossier.backup_now(now=None) -> Path          # verified backup + rotation (settings)
    dossier.backup_if_due(now=None) -> Path | None
    job = dossier.backup_job(now=None); job() -> Path  # same, own connection: thread-safe
    dossier.close()                               # checkpoints, closes, forgets the passphrase
    restore_dossier(path, backup_path, passphrase) -> Path | None  # file must be closed
    ensure_data_folder(path)                      # its folder, 0700 when we create it

Back-up rotation settings (settings_repo keys): ``backup.keep_daily`` (7), ``backup.keep_weekly``
(4). The passphrase is kept in memory only while the file is open (backups need it).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TypeVar

import sqlite_utils

from resokit_desktop.security import audit, backups, kept_aside
from resokit_desktop.security.instance_lock import real_path
from resokit_desktop.security.kept_aside import KeptAside
from resokit_desktop.services.data_folder import ensure_data_folder
from resokit_desktop.storage import cipher_file
from resokit_desktop.storage.connection import (
    as_database,
    connect_plainly,
    normalise_passphrase,
    open_database,
)
from resokit_desktop.storage.disk_state import disk_problem
from resokit_desktop.storage.errors import StorageError, WrongPassphraseError
from resokit_desktop.storage.settings_repo import get_setting

T = TypeVar("T")


def _audit(db: sqlite_utils.Database, event: str) -> None:
    """Record a file-level event in the audit log (no content); never blocks the action."""
    try:
        audit.record(db, event)
    except (StorageError, ValueError, AttributeError):
        pass
    except Exception:  # noqa: BLE001 - the binding's errors must not stop a backup
        pass


@dataclass
class DossierFile:
    path: Path
    db: sqlite_utils.Database
    _passphrase: str | None = field(default=None, repr=False)

    @classmethod
    def open(cls, path: Path, passphrase: str | None = None) -> DossierFile:
        path = real_path(path)  # whole-file work (rekey, restore) replaces the file, not a link
        ensure_data_folder(path)
        # The app writes as it works: a read-only or full place is refused before opening
        # (a read-only file would open for reading and fail at the first save).
        problem = disk_problem(path)
        if problem is not None:
            raise problem
        return cls(path=path, db=open_database(path, passphrase), _passphrase=passphrase or None)

    @property
    def encrypted(self) -> bool:
        return self._passphrase is not None

    @property
    def passphrase(self) -> str | None:
        """For operations that must key another file the same way (backups, exports)."""
        return self._passphrase

    def matches_passphrase(self, text: str) -> bool:
        if self._passphrase is None:
            return not text
        return normalise_passphrase(text) == normalise_passphrase(self._passphrase)

    def change_passphrase(self, current: str, new: str) -> list[Path]:
        """Re-encrypt the file under a new passphrase (an empty one is refused), then its
        backups and the copies kept aside on restore.

        Writes the whole file anew under a temporary name, verifies it and renames it in, so
        a crash leaves a file that opens with exactly one of the two passphrases. Returns the
        kept-aside copies that could not be re-encrypted (damaged): they still open with the
        old passphrase, so the caller asks whether to remove them (remove_kept_aside).
        """
        if not self.matches_passphrase(current):
            raise WrongPassphraseError("the current passphrase is not right")
        if not new:
            raise StorageError("an empty passphrase is not allowed")
        old = self._passphrase
        cipher_file.rekey_in_place(self.db, self.path, new)
        self.db = open_database(self.path, new)
        self._passphrase = new
        _audit(self.db, "passphrase_changed")
        with contextlib.suppress(OSError, StorageError):
            backups.rekey_backups(self.path, old, new)
        return kept_aside.rekey_kept_aside(self.path, old, new)

    def backup_now(self, now: datetime | None = None) -> Path:
        target = backups.make_backup(self.db, self.path, self._passphrase, now)
        backups.rotate(
            self.path,
            int(get_setting(self.db, backups.SETTING_KEEP_DAILY, backups.DEFAULT_KEEP_DAILY)),
            int(get_setting(self.db, backups.SETTING_KEEP_WEEKLY, backups.DEFAULT_KEEP_WEEKLY)),
        )
        _audit(self.db, "backup")
        return target

    def backup_job(self, now: datetime | None = None) -> Callable[[], Path]:
        """A verified, rotated backup that runs on its own connection (e.g. in a thread), so
        the window stays responsive. Close nothing while it runs: wait for it first."""
        path, passphrase = self.path, self._passphrase
        keep_daily = int(get_setting(self.db, backups.SETTING_KEEP_DAILY,
                                     backups.DEFAULT_KEEP_DAILY))
        keep_weekly = int(get_setting(self.db, backups.SETTING_KEEP_WEEKLY,
                                      backups.DEFAULT_KEEP_WEEKLY))

        def run() -> Path:
            conn = connect_plainly(path, passphrase)
            try:
                target = backups.make_backup(as_database(conn), path, passphrase, now)
            finally:
                conn.close()
            backups.rotate(path, keep_daily, keep_weekly)
            return target

        return run

    def reading_job(self, work: Callable[[sqlite_utils.Database], T]) -> Callable[[], T]:
        """``work(db)`` on a connection of its own (e.g. in a thread: the dossier's connection
        belongs to the UI thread), closed afterwards. Close nothing while it runs."""
        path, passphrase = self.path, self._passphrase

        def run() -> T:
            conn = connect_plainly(path, passphrase)
            try:
                conn.execute("PRAGMA query_only = ON")
                return work(as_database(conn))
            finally:
                conn.close()

        return run

    def record_backup(self) -> None:
        _audit(self.db, "backup")

    def backup_if_due(self, now: datetime | None = None) -> Path | None:
        if not backups.backup_due(self.path, now):
            return None
        return self.backup_now(now)

    def close(self) -> None:
        try:
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            self.db.conn.close()
            self._passphrase = None


def kept_aside_copies(path: Path) -> list[KeptAside]:
    """The copies kept aside on restore beside the dossier file, oldest first."""
    return kept_aside.kept_aside(Path(path))


def remove_kept_aside(path: Path, copy: Path) -> None:
    """Overwrite and remove one copy kept aside beside the dossier file."""
    kept_aside.remove_kept_aside(Path(path), Path(copy))


def restore_dossier(path: Path, backup: Path, passphrase: str | None) -> Path | None:
    """Replace the closed dossier file by a verified copy of backup; return where the old
    file was kept aside (None when there was none)."""
    return backups.restore_backup(real_path(path), Path(backup), passphrase)
