"""Whole-file operations on a dossier: verified copies, encryption of a plain file, new keys.

Every operation writes a complete new file under a temporary name beside the target, verifies
it (opens with the key, ``cipher_integrity_check``, ``integrity_check``, same row counts),
fsyncs it, and only then renames it over the target (``os.replace`` is atomic on one file
system). A crash at any moment leaves either the old file or the new one, never a mix.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import sqlcipher3
import sqlite_utils

from resokit_desktop.storage.errors import StorageError
from resokit_desktop.storage.file_kind import KIND_ENCRYPTED, KIND_PLAIN, file_kind
from resokit_desktop.storage.passphrase_form import normalise_passphrase
from resokit_desktop.storage.private_files import (
    create_private_file,
    fsync_dir,
    install,
)
from resokit_desktop.storage.sqlite_connect import (
    DAMAGE_SIGNS,
    DbError,
    connect_plainly,
    key_connection,
    quote_text,
    side_files,
)

# Suffixes of the temporary names used here; a start-up clean-up may remove leftovers.
TEMP_SUFFIX = ".tmp-write"
PLAIN_OLD_SUFFIX = ".plaintext-old"
ENCRYPTING_SUFFIX = ".encrypting"
REKEYING_SUFFIX = ".rekeying"


class VerificationError(StorageError):
    """A freshly written copy did not pass its checks; the target was left untouched."""


def temp_name_for(target: Path) -> Path:
    return target.with_name("." + target.name + TEMP_SUFFIX)


def remove_with_side_files(path: Path) -> None:
    for candidate in (path, *side_files(path)):
        candidate.unlink(missing_ok=True)


def table_counts(conn: sqlcipher3.Connection, schema: str = "main") -> dict[str, int]:
    """Row count per table, used to prove a copy holds everything the source held."""
    names = [
        row[0]
        for row in conn.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {name: conn.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0]
            for name in names}


def integrity_problems(conn: sqlcipher3.Connection, encrypted: bool) -> list[str]:
    """Every problem SQLCipher's page check and SQLite's integrity check find (empty = ok)."""
    problems: list[str] = []
    try:
        if encrypted:
            problems += [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check")]
        rows = [str(row[0]) for row in conn.execute("PRAGMA integrity_check")]
        problems += [row for row in rows if row != "ok"]
        problems += [f"foreign key problem in {row[0]}"
                     for row in conn.execute("PRAGMA foreign_key_check")]
    except DbError as exc:
        problems.append(f"check stopped: {exc}")
    except DAMAGE_SIGNS:
        # A damaged record can make SQLite answer "out of memory" (a length field turned huge)
        # or put bytes that are not UTF-8 into its message: damage found, not a crash.
        problems.append("check stopped: a damaged record could not be read")
    return problems


def verify_copy(path: Path, passphrase: str | None, expected: dict[str, int] | None) -> None:
    """Open the copy with the key and prove it whole; raise VerificationError otherwise."""
    try:
        conn = connect_plainly(path, passphrase)
    except StorageError as exc:
        raise VerificationError(f"the copy does not open: {exc}") from exc
    try:
        problems = integrity_problems(conn, encrypted=bool(passphrase))
        if problems:
            raise VerificationError("the copy is damaged: " + "; ".join(problems[:3]))
        if expected is not None:
            try:
                found = table_counts(conn)
            except DbError as exc:
                raise VerificationError(f"the copy cannot be read: {exc}") from exc
            if found != expected:
                raise VerificationError("the copy does not hold the same rows as the source")
    finally:
        conn.close()


def copy_verified(
    db: sqlite_utils.Database, target: Path, passphrase: str | None
) -> dict[str, int]:
    """Copy a live database with SQLite's backup API to target, keyed like the source.

    Returns the row counts of the copy. The target appears only complete and verified.
    """
    target = Path(target)
    temp = temp_name_for(target)
    remove_with_side_files(temp)
    try:
        expected = table_counts(db.conn)
        create_private_file(temp)  # SQLite would create it with the umask's mode (0644)
        dest = sqlcipher3.connect(str(temp), isolation_level=None, check_same_thread=False)
        try:
            key_connection(dest, passphrase)
            db.conn.backup(dest)
        finally:
            dest.close()
        verify_copy(temp, passphrase, expected)
        install(temp, target)  # 0600, fsynced, renamed, folder fsynced
    except (DbError, OSError) as exc:
        remove_with_side_files(temp)
        raise StorageError(f"could not write the copy: {exc}") from exc
    except BaseException:
        remove_with_side_files(temp)
        raise
    return expected


def export_keyed(conn: sqlcipher3.Connection, target: Path, passphrase: str | None) -> None:
    """Write a complete copy of conn's database to target, keyed with passphrase.

    Uses ``sqlcipher_export`` into an ATTACHed file, then verifies, fsyncs and renames it.
    ``user_version`` is copied by hand because sqlcipher_export leaves it at 0.
    """
    target = Path(target)
    temp = temp_name_for(target)
    remove_with_side_files(temp)
    key = quote_text(normalise_passphrase(passphrase)) if passphrase else "''"
    try:
        expected = table_counts(conn)
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        create_private_file(temp)  # SQLite would create it with the umask's mode (0644)
        conn.execute(f"ATTACH DATABASE {quote_text(str(temp))} AS resokit_export KEY {key}")
        try:
            conn.execute("SELECT sqlcipher_export('resokit_export')")
            conn.execute(f"PRAGMA resokit_export.user_version = {version}")
        finally:
            conn.execute("DETACH DATABASE resokit_export")
        verify_copy(temp, passphrase, expected)
        install(temp, target)  # 0600, fsynced, renamed, folder fsynced
    except (DbError, OSError) as exc:
        remove_with_side_files(temp)
        raise StorageError(f"could not write the new file: {exc}") from exc
    except BaseException:
        remove_with_side_files(temp)
        raise


def shred(path: Path) -> None:
    """Overwrite a file with zeros before unlinking it (best effort on SSDs and COW disks)."""
    with contextlib.suppress(OSError):
        size = path.stat().st_size
        with path.open("r+b") as handle:
            chunk = b"\x00" * 65536
            left = size
            while left > 0:
                handle.write(chunk[: min(left, len(chunk))])
                left -= len(chunk)
            handle.flush()
            os.fsync(handle.fileno())
    path.unlink(missing_ok=True)


def encrypt_plain_file(path: Path, passphrase: str) -> None:
    """Convert a plain dossier file into an encrypted one, once, leaving no plaintext behind.

    The plain file is first kept as a hard link (the backup until the encrypted copy is
    verified and in place); afterwards that plaintext copy is overwritten and removed.
    """
    path = Path(path)
    if file_kind(path) != KIND_PLAIN:
        return
    encrypted = path.with_name(path.name + ENCRYPTING_SUFFIX)
    conn = connect_plainly(path, None)
    try:
        # Fold the WAL into the file so that closing removes -wal/-shm of the plain file.
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        export_keyed(conn, encrypted, passphrase)
    finally:
        conn.close()
    wal = side_files(path)[0]
    if wal.exists() and wal.stat().st_size > 0:
        encrypted.unlink(missing_ok=True)
        raise StorageError("the plain file is still in use; close other programs and retry")
    old = path.with_name(path.name + PLAIN_OLD_SUFFIX)
    old.unlink(missing_ok=True)
    os.link(path, old)
    install(encrypted, path)
    for leftover in side_files(path):
        leftover.unlink(missing_ok=True)
    shred(old)
    fsync_dir(path.parent)


def finish_interrupted_replace(path: Path) -> None:
    """Finish or undo a conversion that a crash interrupted (run before opening path)."""
    path = Path(path)
    old = path.with_name(path.name + PLAIN_OLD_SUFFIX)
    if not old.exists():
        return
    if not path.exists():
        os.replace(old, path)
        return
    if os.path.samefile(old, path):
        # Crash before the encrypted file was renamed in: the link is just a second name.
        old.unlink()
    elif file_kind(path) == KIND_ENCRYPTED:
        shred(old)


def rekey_in_place(
    db: sqlite_utils.Database, path: Path, new_passphrase: str | None
) -> None:
    """Write path anew under new_passphrase and swap it in atomically; db is closed after.

    The caller reopens the file with the new passphrase. A kill at any moment leaves a file
    that opens with exactly one of the old or the new passphrase.
    """
    path = Path(path)
    conn = db.conn
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    temp_target = path.with_name(path.name + REKEYING_SUFFIX)
    try:
        export_keyed(conn, temp_target, new_passphrase)
    except BaseException:
        conn.close()
        raise
    conn.close()
    install(temp_target, path)


def is_encrypted(path: Path) -> bool:
    return file_kind(path) == KIND_ENCRYPTED


def remove_leftovers(path: Path) -> list[Path]:
    """Delete unfinished new files a crash left beside path (call while holding the lock)."""
    path = Path(path)
    finish_interrupted_replace(path)
    removed = []
    for suffix in (ENCRYPTING_SUFFIX, REKEYING_SUFFIX):
        unfinished = path.with_name(path.name + suffix)
        for candidate in (unfinished, temp_name_for(unfinished)):
            if candidate.exists():
                remove_with_side_files(candidate)
                removed.append(candidate)
    return removed
