"""Tell from the file system why a file could not be opened or written: disk full, read-only.

SQLite reports a full disk while opening as a plain I/O error and a read-only folder as "unable
to open", and SQLCipher's wrong key looks like neither ("file is not a database"); asking the
file system itself keeps the three apart.
"""

from __future__ import annotations

import os
from pathlib import Path

from resokit_desktop.storage.errors import DiskFullError, ReadOnlyError, StorageUnavailableError

# Below this much free space nothing SQLite needs to open a file (the -shm index alone is
# 32 KiB) can be written: the disk counts as full.
LOW_SPACE_BYTES = 256 * 1024

# SQLite's primary result codes that may hide a disk problem (the low byte of the code).
SQLITE_PERM, SQLITE_READONLY, SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN = 3, 8, 10, 13, 14
DISK_CODES = {SQLITE_PERM, SQLITE_READONLY, SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN}


def disk_problem(path: Path | str) -> StorageUnavailableError | None:
    """A ReadOnlyError or DiskFullError when the file's place cannot take writes, else None."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        stats = os.statvfs(folder)
    except OSError:
        return None
    if stats.f_flag & os.ST_RDONLY or not os.access(folder, os.W_OK) or (
            path.exists() and not os.access(path, os.W_OK)):
        return ReadOnlyError("the file or its folder is read-only")
    if stats.f_bavail * stats.f_frsize < LOW_SPACE_BYTES:
        return DiskFullError("the disk is full")
    return None


def classify_db_error(path: Path | str, exc: BaseException) -> StorageUnavailableError | None:
    """For an SQLite error while opening or writing: the disk problem behind it, if any."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None or (code & 0xFF) not in DISK_CODES:
        return None
    problem = disk_problem(path)
    if problem is None and code & 0xFF == SQLITE_FULL:
        return DiskFullError("the disk is full")
    return problem
