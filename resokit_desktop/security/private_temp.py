"""A private (0700) folder for temporary files such as print previews, removed afterwards.

Use it for any file that may hold client data::

    with private_temp_dir() as folder:
        pdf = folder / "preview.pdf"      # neutral names: never a client's name
        ...                               # the folder and everything in it go on exit

Folders left by a crashed run are removed by ``sweep_stale()`` (call it at start-up).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path


class UnsafeTempError(OSError):
    """The private folder exists but is not ours or not private; nothing is written there."""


def _base() -> Path:
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and Path(runtime).is_dir():
        return Path(runtime)
    return Path(tempfile.gettempdir())


def private_root() -> Path:
    """<XDG_RUNTIME_DIR or /tmp>/resokit-<uid>, created 0700 and checked to be ours."""
    root = _base() / f"resokit-{os.getuid()}"
    with contextlib.suppress(FileExistsError):
        os.mkdir(root, 0o700)
    info = os.lstat(root)
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
        raise UnsafeTempError(f"{root} is not a folder of this user")
    if stat.S_IMODE(info.st_mode) != 0o700:
        os.chmod(root, 0o700)
    return root


@contextlib.contextmanager
def private_temp_dir() -> Iterator[Path]:
    """A fresh 0700 folder inside the private root, removed with its content on exit."""
    folder = Path(tempfile.mkdtemp(prefix=f"{os.getpid()}-", dir=private_root()))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sweep_stale() -> int:
    """Remove folders whose process is gone (a crash skipped their clean-up); returns count."""
    root = private_root()
    removed = 0
    for child in root.iterdir():
        pid_text = child.name.split("-", 1)[0]
        if pid_text.isdigit() and int(pid_text) != os.getpid() and not _alive(int(pid_text)):
            shutil.rmtree(child, ignore_errors=True)
            removed += 1
    return removed
