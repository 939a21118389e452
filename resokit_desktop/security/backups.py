"""Automatic, verified, rotated backups beside the dossier, and restoring one of them.

API::

    backups_dir(dossier_path) -> Path              # "<folder>/backups"
    make_backup(db, dossier_path, passphrase, now=None) -> Path   # verified, then renamed in
    rotate(dossier_path, keep_daily=7, keep_weekly=4) -> list[Path]  # removed files
    backup_due(dossier_path, now=None) -> bool     # no backup in the last 24 hours
    list_backups(dossier_path, passphrase=None) -> list[BackupInfo]  # newest first
    restore_backup(dossier_path, backup, passphrase) -> Path | None   # current file kept aside
    rekey_backups(dossier_path, old, new) -> int   # after a passphrase change
    backup_file_to(dossier_path, target, passphrase) -> dict[str, int]  # CLI: closed file

A backup is written with SQLite's backup API into a temporary name, opened again with the
key, checked (``cipher_integrity_check``, ``integrity_check``, same row counts) and only then
renamed to ``<dossier name>.<YYYYMMDD-HHMMSS>.backup``. It is encrypted exactly like the
dossier (same passphrase, its own salt). Rotation never removes the newest backup.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import sqlite_utils

from resokit_desktop.storage import cipher_file, private_files
from resokit_desktop.storage.connection import as_database, connect_plainly
from resokit_desktop.storage.errors import StorageError
from resokit_desktop.storage.file_inspect import OK, inspect_file

BACKUP_DIR_NAME = "backups"
BACKUP_SUFFIX = ".backup"
STAMP_FORMAT = "%Y%m%d-%H%M%S"
DAILY_INTERVAL = timedelta(hours=24)
DEFAULT_KEEP_DAILY = 7
DEFAULT_KEEP_WEEKLY = 4
# Settings keys (stored inside the dossier with settings_repo).
SETTING_KEEP_DAILY = "backup.keep_daily"
SETTING_KEEP_WEEKLY = "backup.keep_weekly"
RESTORING_SUFFIX = ".restoring"
# Labels of the copies kept aside beside the dossier on restore: "<name>.<label>-<stamp>".
KEPT_ASIDE_LABELS = ("before-restore", "damaged")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime  # local time, from the file name
    clients: int | None = None  # None when it could not be opened with the passphrase
    ok: bool | None = None  # None when not checked


def backups_dir(dossier_path: Path) -> Path:
    return Path(dossier_path).parent / BACKUP_DIR_NAME


def backup_name(dossier_path: Path, when: datetime) -> str:
    return f"{Path(dossier_path).name}.{when.strftime(STAMP_FORMAT)}{BACKUP_SUFFIX}"


def _parse_created(dossier_path: Path, candidate: Path) -> datetime | None:
    prefix = Path(dossier_path).name + "."
    name = candidate.name
    if not (name.startswith(prefix) and name.endswith(BACKUP_SUFFIX)):
        return None
    stamp = name[len(prefix): -len(BACKUP_SUFFIX)]
    try:
        return datetime.strptime(stamp, STAMP_FORMAT)
    except ValueError:
        return None


def backup_files(dossier_path: Path) -> list[tuple[datetime, Path]]:
    """(created, path) of every backup of this dossier, newest first."""
    folder = backups_dir(dossier_path)
    if not folder.is_dir():
        return []
    found = []
    for candidate in folder.iterdir():
        created = _parse_created(dossier_path, candidate)
        if created is not None and candidate.is_file():
            found.append((created, candidate))
    found.sort(key=lambda item: item[0], reverse=True)
    return found


def make_backup(
    db: sqlite_utils.Database, dossier_path: Path, passphrase: str | None,
    now: datetime | None = None,
) -> Path:
    """Write one verified backup of the open dossier; return its path."""
    now = (now or datetime.now()).replace(microsecond=0)
    folder = backups_dir(dossier_path)
    private_files.make_private_folder(folder, tighten_existing=True)  # ours alone: 0700
    target = folder / backup_name(dossier_path, now)
    while target.exists():
        now += timedelta(seconds=1)
        target = folder / backup_name(dossier_path, now)
    cipher_file.copy_verified(db, target, passphrase)
    return target


def clean_unfinished(dossier_path: Path) -> int:
    """Remove temporary files a crashed backup or restore left (never renamed in); call it
    while holding the one-writer lock."""
    removed = _clean_unfinished_restore(Path(dossier_path))
    folder = backups_dir(dossier_path)
    if not folder.is_dir():
        return removed
    for candidate in folder.iterdir():
        if cipher_file.TEMP_SUFFIX in candidate.name:
            candidate.unlink(missing_ok=True)
            removed += 1
    return removed


def _clean_unfinished_restore(dossier_path: Path) -> int:
    """A restore stopped between keeping the file aside (a hard link) and renaming the backup
    in: the copy kept aside is still the dossier itself under a second name, so that name goes
    (the dossier is unchanged); the staged copy was never used."""
    removed = 0
    staged = dossier_path.with_name(dossier_path.name + RESTORING_SUFFIX)
    if staged.exists():
        cipher_file.remove_with_side_files(staged)
        removed += 1
    if not dossier_path.exists():
        return removed
    for aside in kept_aside_files(dossier_path):
        with contextlib.suppress(OSError):
            if os.path.samefile(aside, dossier_path):
                aside.unlink()
                removed += 1
    return removed


def choose_kept(
    created: list[datetime], keep_daily: int, keep_weekly: int
) -> set[datetime]:
    """Newest backup of each of the last keep_daily days, then of each of keep_weekly weeks
    before those days; the newest backup is always kept."""
    ordered = sorted(created, reverse=True)
    kept: set[datetime] = set(ordered[:1])
    days_seen: list = []
    for when in ordered:
        day = when.date()
        if day in days_seen:
            continue
        if len(days_seen) >= keep_daily:
            break
        days_seen.append(day)
        kept.add(when)
    oldest_daily = min(days_seen) if days_seen else None
    weeks_seen: list = []
    for when in ordered:
        if oldest_daily is not None and when.date() >= oldest_daily:
            continue
        week = when.isocalendar()[:2]
        if week in weeks_seen:
            continue
        if len(weeks_seen) >= keep_weekly:
            break
        weeks_seen.append(week)
        kept.add(when)
    return kept


def rotate(
    dossier_path: Path, keep_daily: int = DEFAULT_KEEP_DAILY,
    keep_weekly: int = DEFAULT_KEEP_WEEKLY,
) -> list[Path]:
    """Delete backups outside the rotation scheme; return what was removed."""
    files = backup_files(dossier_path)
    kept = choose_kept([when for when, _ in files], max(keep_daily, 1), max(keep_weekly, 0))
    removed = []
    for when, path in files:
        if when not in kept:
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


def backup_due(dossier_path: Path, now: datetime | None = None) -> bool:
    files = backup_files(dossier_path)
    if not files:
        return True
    return (now or datetime.now()) - files[0][0] >= DAILY_INTERVAL


def list_backups(dossier_path: Path, passphrase: str | None = None) -> list[BackupInfo]:
    """Every backup with its date; with the passphrase also whether it is whole and its clients."""
    infos = []
    for created, path in backup_files(dossier_path):
        if passphrase is None and cipher_file.is_encrypted(path):
            infos.append(BackupInfo(path, created))
            continue
        report = inspect_file(path, passphrase)
        infos.append(BackupInfo(path, created, report.clients, report.status == OK))
    return infos


def newest_good_backup(dossier_path: Path, passphrase: str | None) -> BackupInfo | None:
    for info in list_backups(dossier_path, passphrase):
        if info.ok:
            return info
    return None


def passphrase_opens_a_backup(dossier_path: Path, passphrase: str) -> bool:
    """True when the passphrase opens the newest backup: it was accepted before.

    Only the newest counts: after a passphrase change an older backup that could not be
    re-encrypted must not make an old passphrase look right (and the file look damaged).
    """
    for _created, path in backup_files(dossier_path)[:1]:
        try:
            conn = connect_plainly(path, passphrase)
        except StorageError:
            return False
        conn.close()
        return True
    return False


def kept_aside_files(dossier_path: Path) -> list[Path]:
    """The copies kept aside on restore beside the dossier ("<name>.before-restore-<stamp>",
    "<name>.damaged-<stamp>"), oldest first; their -wal/-shm belong to them and are not listed."""
    dossier_path = Path(dossier_path)
    folder = dossier_path.parent
    if not folder.is_dir():
        return []
    prefixes = tuple(f"{dossier_path.name}.{label}-" for label in KEPT_ASIDE_LABELS)
    found = [candidate for candidate in folder.iterdir()
             if candidate.name.startswith(prefixes)
             and not candidate.name.endswith(("-wal", "-shm", "-journal"))
             and cipher_file.TEMP_SUFFIX not in candidate.name
             and candidate.is_file() and not candidate.is_symlink()]
    return sorted(found, key=lambda candidate: _aside_stamp(dossier_path, candidate))


def _aside_stamp(dossier_path: Path, aside: Path) -> str:
    """The "<YYYYMMDD-HHMMSS>[-n]" after the label: sorts kept-aside copies by time."""
    rest = aside.name[len(dossier_path.name) + 1:]
    for label in KEPT_ASIDE_LABELS:
        if rest.startswith(label + "-"):
            return rest[len(label) + 1:]
    return rest


def keep_aside(dossier_path: Path, label: str, now: datetime | None = None) -> Path | None:
    """Move the dossier file (and its -wal/-shm) to a new name beside it; None if no file."""
    dossier_path = Path(dossier_path)
    if not dossier_path.exists():
        return None
    stamp = (now or datetime.now()).strftime(STAMP_FORMAT)
    aside = dossier_path.with_name(f"{dossier_path.name}.{label}-{stamp}")
    counter = 1
    while aside.exists():
        aside = dossier_path.with_name(f"{dossier_path.name}.{label}-{stamp}-{counter}")
        counter += 1
    # A hard link keeps the current file under its own name until the backup is renamed in.
    os.link(dossier_path, aside)
    for side, aside_side in zip(cipher_file.side_files(dossier_path),
                                cipher_file.side_files(aside), strict=True):
        if side.exists():
            os.replace(side, aside_side)
    private_files.fsync_dir(dossier_path.parent)
    return aside


def restore_backup(
    dossier_path: Path, backup: Path, passphrase: str | None, label: str = "before-restore"
) -> Path | None:
    """Put a verified copy of backup in place of the (closed) dossier file.

    The current file is kept aside first under "<name>.<label>-<stamp>" (returned), never
    overwritten. Raises StorageError when the backup does not open or is not whole.
    """
    dossier_path = Path(dossier_path)
    report = inspect_file(backup, passphrase)
    if report.status != OK:
        raise StorageError(f"the backup cannot be used ({report.status})")
    conn = connect_plainly(backup, passphrase)
    staged = dossier_path.with_name(dossier_path.name + RESTORING_SUFFIX)
    try:
        cipher_file.copy_verified(as_database(conn), staged, passphrase)
    finally:
        conn.close()
    aside = keep_aside(dossier_path, label)
    private_files.install(staged, dossier_path)
    return aside


def rekey_backups(dossier_path: Path, old: str | None, new: str | None) -> int:
    """Re-encrypt every backup that opens with the old passphrase; return how many."""
    done = 0
    for _created, path in backup_files(dossier_path):
        try:
            conn = connect_plainly(path, old)
        except StorageError:
            continue
        try:
            cipher_file.rekey_in_place(as_database(conn), path, new)
            done += 1
        except StorageError:
            continue
    return done


def backup_file_to(dossier_path: Path, target: Path, passphrase: str | None) -> dict[str, int]:
    """Write a verified copy of a dossier file (open elsewhere or not) to target, keyed alike.

    Opens the source without changing it (no migration, no pragma that writes); returns the
    row count per table of the copy.
    """
    conn = connect_plainly(Path(dossier_path), passphrase)
    try:
        return cipher_file.copy_verified(as_database(conn), Path(target), passphrase)
    finally:
        conn.close()
