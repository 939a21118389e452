"""One writer per dossier file: Qt's QLockFile beside it, and a record of who holds it since when.

API (used by app start-up, helper D2's crash tests may use it too)::

    real_path(path) -> Path                # symbolic links resolved: the file itself
    lock = InstanceLock(dossier_path)      # "<real name>.lock" (who) and "<real name>.writer.lock"
    lock.acquire()                         # raises AlreadyOpenError(holder) if held elsewhere
    lock.was_stale                         # True when a dead process's lock was taken over
    lock.release()
    check_single_name(path)                # raises HardLinkedError: the file has other names

The lock follows the file, not the name it was given: a symbolic link is resolved first, so a
link and its target share one lock file. A second name made with a hard link cannot be found
from the first, and SQLite keeps a separate WAL per name (two writers through two names lose
acknowledged saves while integrity_check still says "ok"), so such a file is refused.

The lock itself is a ``QLockFile`` ("<name>.writer.lock", Qt's own format: pid, program, host),
which works the same on Linux, Windows and macOS. A lock left by a crash (even SIGKILL) is
recognised as stale at once: its process no longer runs (Qt also checks the program name, so a
reused pid does not keep it). No stale time is set, so a long session is never taken over.
Beside it, "<name>.lock" records pid, host, user name and start time for the message a second
opener sees (never client data); both are 0600 and both go on release. They are separate files
from the dossier, so they never interfere with SQLite's own locks.
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QLockFile

LOCK_SUFFIX = ".lock"  # the holder's record
WRITER_SUFFIX = ".writer.lock"  # the QLockFile

# Every lock this process holds: a claim lasts until release() or the process ends, even when
# the InstanceLock object itself is dropped (a QLockFile unlocks when it is destroyed).
_HELD: set[QLockFile] = set()


@dataclass(frozen=True)
class LockHolder:
    pid: int
    host: str
    user: str
    since: datetime  # UTC

    def since_local(self) -> datetime:
        return self.since.astimezone()


class AlreadyOpenError(Exception):
    """Another running Resokit holds the dossier file."""

    def __init__(self, holder: LockHolder | None) -> None:
        when = holder.since_local().strftime("%Y-%m-%d %H:%M") if holder else "?"
        super().__init__(f"the dossier file is already open (since {when})")
        self.holder = holder


class HardLinkedError(Exception):
    """The dossier file has more than one name (hard links): one writer cannot be ensured."""

    def __init__(self, path: Path, names: int) -> None:
        super().__init__(
            f"{path} has {names} names (hard links): through another name two programs could "
            "write to it at once and lose saved work. Remove the other names (find them with "
            f"'find / -xdev -samefile {path}') or keep a copy instead of a link, then try again")
        self.path = Path(path)
        self.names = names


def real_path(path: Path) -> Path:
    """The file itself: user folder expanded, every symbolic link resolved (the file need not
    exist yet)."""
    return Path(path).expanduser().resolve()


def check_single_name(path: Path) -> None:
    """Refuse a dossier file that has more than one hard link (a missing file is fine)."""
    try:
        names = os.stat(path).st_nlink
    except FileNotFoundError:
        return
    if names > 1:
        raise HardLinkedError(Path(path), names)


def lock_path_for(dossier_path: Path) -> Path:
    dossier_path = real_path(dossier_path)
    return dossier_path.with_name(dossier_path.name + LOCK_SUFFIX)


def read_holder(lock_path: Path) -> LockHolder | None:
    try:
        data = json.loads(Path(lock_path).read_text(encoding="utf-8"))
        return LockHolder(
            int(data["pid"]), str(data["host"]), str(data.get("user", "")),
            datetime.fromisoformat(data["since"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


class InstanceLock:
    """An exclusive, crash-safe claim on one dossier file for this process."""

    def __init__(self, dossier_path: Path) -> None:
        self.path = lock_path_for(dossier_path)
        self.writer_path = self.path.with_name(real_path(dossier_path).name + WRITER_SUFFIX)
        self._lock: QLockFile | None = None
        self.was_stale = False
        self.stale_holder: LockHolder | None = None

    @property
    def held(self) -> bool:
        return self._lock is not None

    def acquire(self) -> None:
        """Take the lock or raise AlreadyOpenError naming the holder (OSError: the folder)."""
        if self._lock is not None:
            return
        previous = read_holder(self.path) if self.path.exists() else None
        lock = QLockFile(str(self.writer_path))
        lock.setStaleLockTime(0)  # only a dead holder is stale, however long it has run
        if not lock.tryLock(0):
            if lock.error() == QLockFile.LockError.LockFailedError:
                raise AlreadyOpenError(read_holder(self.path))
            _raise_folder_error(self.path)
        try:
            with contextlib.suppress(OSError):  # Qt makes it with the umask's mode
                os.chmod(self.writer_path, 0o600)
            self._write_holder()
        except BaseException:
            with contextlib.suppress(OSError):
                self.path.unlink()  # a half-written record names nobody
            lock.unlock()
            raise
        self._lock = lock
        _HELD.add(lock)
        # A record nobody held: left by a process that died (its QLockFile was stale).
        self.was_stale = previous is not None
        self.stale_holder = previous

    def _write_holder(self) -> None:
        record = {
            "pid": os.getpid(),
            "host": _host_name(),
            "user": _user_name(),
            "since": datetime.now(UTC).replace(microsecond=0).isoformat(),
        }
        data = json.dumps(record).encode("utf-8")
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)

    def release(self) -> None:
        if self._lock is None:
            return
        # Remove the record while still holding the lock, so no one sees our stale record.
        with contextlib.suppress(OSError):
            self.path.unlink()
        self._lock.unlock()  # removes the writer lock file
        _HELD.discard(self._lock)
        self._lock = None

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()


def _raise_folder_error(path: Path) -> None:
    """QLockFile says only that it could not write: find the OSError behind it (a full disk, a
    read-only or missing folder), so the caller can say which."""
    probe = path.with_name(path.name + ".probe")
    fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # read-only: EACCES
    try:
        os.write(fd, b" " * 4096)  # a full disk: ENOSPC
        os.fsync(fd)
    finally:
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(probe)
    raise PermissionError(errno.EACCES, "the lock file cannot be written", str(path))


def _host_name() -> str:
    """This machine's name, as socket.gethostname() gives it (without importing socket at
    start-up where the system tells it directly)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket  # lazy: Windows

    return socket.gethostname()


def _user_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""
