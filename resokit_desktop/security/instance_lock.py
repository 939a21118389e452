"""One writer per dossier file: an flock-held lock file beside it, naming who holds it since when.

API (used by app start-up, helper D2's crash tests may use it too)::

    real_path(path) -> Path                # symbolic links resolved: the file itself
    lock = InstanceLock(dossier_path)      # lock file: "<real name>.lock" beside the real file
    lock.acquire()                         # raises AlreadyOpenError(holder) if held elsewhere
    lock.was_stale                         # True when a dead process's lock was taken over
    lock.release()
    check_single_name(path)                # raises HardLinkedError: the file has other names

The lock follows the file, not the name it was given: a symbolic link is resolved first, so a
link and its target share one lock file. A second name made with a hard link cannot be found
from the first, and SQLite keeps a separate WAL per name (two writers through two names lose
acknowledged saves while integrity_check still says "ok"), so such a file is refused.

The lock file holds only pid, host, user name and start time (never client data). The kernel
drops an ``flock`` when its process dies (even by SIGKILL), so a lock file left by a crash is
recognised as stale at once: the file exists but nobody holds the lock. We use ``flock`` (not
``fcntl`` record locks) on a separate file, so it never interferes with SQLite's own locks.
"""

from __future__ import annotations

import contextlib
import fcntl
import getpass
import json
import os
import socket
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

LOCK_SUFFIX = ".lock"


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
        self._fd: int | None = None
        self.was_stale = False
        self.stale_holder: LockHolder | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        if self._fd is not None:
            return
        while True:
            existed = self.path.exists()
            previous = read_holder(self.path) if existed else None
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                raise AlreadyOpenError(read_holder(self.path)) from None
            # The holder may have removed the file between our open and our flock: then
            # we locked an orphan inode and must try again on the current file.
            try:
                same = os.fstat(fd).st_ino == os.stat(self.path).st_ino
            except FileNotFoundError:
                same = False
            if same:
                break
            os.close(fd)
        self._fd = fd
        self.was_stale = existed and previous is not None
        self.stale_holder = previous if self.was_stale else None
        self._write_holder()

    def _write_holder(self) -> None:
        assert self._fd is not None
        record = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "user": _user_name(),
            "since": datetime.now(UTC).replace(microsecond=0).isoformat(),
        }
        data = json.dumps(record).encode("utf-8")
        os.ftruncate(self._fd, 0)
        os.pwrite(self._fd, data, 0)
        os.fsync(self._fd)

    def release(self) -> None:
        if self._fd is None:
            return
        # Remove the file while still holding the lock, so no one sees our stale record.
        with contextlib.suppress(OSError):
            self.path.unlink()
        fcntl.flock(self._fd, fcntl.LOCK_UN)
        os.close(self._fd)
        self._fd = None

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()


def _user_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""
