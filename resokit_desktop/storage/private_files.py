"""Private files on disk: 0600 files and 0700 folders whatever the umask, and the one way a
finished file is put in place (regular targets only, fsynced, renamed, folder fsynced).

Every file the app writes that holds client data goes through here: the dossier and its
-wal/-shm (SQLite gives those the database file's own mode), backups, handover files, exports.
A umask only takes permission bits away, but a file created by SQLite or renamed over an
existing one would otherwise get ``0644``: so files are created ``0600`` before anyone writes
into them, and the mode is set again just before a rename.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

FILE_MODE = 0o600
FOLDER_MODE = 0o700
TEMP_SUFFIX = ".tmp-write"


class OutputRefused(OSError):
    """The chosen target is not a place a file may be written to (device, FIFO, folder, link)."""

    def __init__(self, target: Path, reason: str) -> None:
        super().__init__(f"{target}: {reason}")
        self.target = Path(target)
        self.reason = reason


def check_regular_target(target: Path) -> Path:
    """Refuse a target that exists but is not a regular file, or whose folder is missing.

    Files are written beside the target and renamed over it, so a FIFO or a device node
    (``/dev/null`` when run as root) must never be a target: the rename would replace it.
    A symbolic link is refused too: the rename would replace the link, not what it points to.
    """
    target = Path(target)
    if not target.parent.is_dir():
        raise OutputRefused(target, "the folder does not exist")
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        return target
    if stat.S_ISDIR(info.st_mode):
        raise OutputRefused(target, "is a folder, not a file")
    if stat.S_ISLNK(info.st_mode):
        raise OutputRefused(target, "is a symbolic link, not a regular file")
    if not stat.S_ISREG(info.st_mode):
        raise OutputRefused(target, "is not a regular file (a device, FIFO or socket)")
    return target


def create_private_file(path: Path) -> None:
    """Create path empty with mode 0600 (it must not exist yet), so that SQLite or a writer
    fills a file nobody else could ever read."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0),
                 FILE_MODE)
    try:
        _fchmod_private(fd)
    finally:
        os.close(fd)


def _fchmod_private(fd: int) -> None:
    """0600 on an open file; Windows (no POSIX modes, no fchmod before Python 3.13) skips it."""
    if hasattr(os, "fchmod") and os.name == "posix":
        os.fchmod(fd, FILE_MODE)


def tighten(path: Path, *more: Path) -> None:
    """Take group and other permissions off existing files of ours (a file made by an older
    version, or copied in with 0644); files of another user and missing ones are left alone."""
    for candidate in (path, *more):
        with contextlib.suppress(OSError):
            info = os.stat(candidate)
            if os.name == "posix" and info.st_mode & 0o077 and info.st_uid == os.geteuid():
                os.chmod(candidate, stat.S_IMODE(info.st_mode) & ~0o077)


def make_private_folder(folder: Path, tighten_existing: bool = False) -> Path:
    """Create folder (and missing parents) with mode 0700; an existing folder keeps its mode
    unless tighten_existing (for folders that are ours alone, e.g. the backups folder)."""
    folder = Path(folder)
    missing = []
    probe = folder
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for created in reversed(missing):
        with contextlib.suppress(FileExistsError):
            os.mkdir(created, FOLDER_MODE)
        with contextlib.suppress(OSError):
            os.chmod(created, FOLDER_MODE)
    if tighten_existing and not missing:
        with contextlib.suppress(OSError):
            os.chmod(folder, FOLDER_MODE)
    return folder


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def install(temp: Path, target: Path) -> None:
    """Put the finished temp file in place of target: 0600, fsynced, renamed, folder fsynced."""
    check_regular_target(target)
    os.chmod(temp, FILE_MODE)
    fsync_file(temp)
    os.replace(temp, target)
    fsync_dir(Path(target).parent)


def write_bytes_atomically(target: Path, data: bytes) -> None:
    """The one safe output path: the target holds either its old content or all of data.

    Written to a 0600 temporary file in the same folder, fsynced, renamed over the target,
    and the folder fsynced; a target that is not a regular file is refused untouched.
    """
    target = check_regular_target(Path(target))
    fd, temp_name = tempfile.mkstemp(prefix="." + target.name + ".", suffix=TEMP_SUFFIX,
                                     dir=target.parent)
    temp = Path(temp_name)
    try:
        try:
            _fchmod_private(fd)
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        install(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
