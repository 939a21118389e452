"""Write export files safely: only to a regular file, via a temporary name, fsynced, renamed."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from resokit_desktop.storage import cipher_file


class OutputRefused(OSError):
    """The chosen target is not a place an export may be written to (device, folder, link)."""


def check_output_target(target: Path) -> Path:
    """Refuse devices (/dev/full), folders, links and missing folders; return the path.

    Exports are written beside the target and renamed over it, so a device node must never
    be a target: the rename would replace the device itself.
    """
    target = Path(target)
    if not target.parent.is_dir():
        raise OutputRefused(f"folder does not exist: {target.parent}")
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        return target
    if not stat.S_ISREG(info.st_mode):
        raise OutputRefused(f"not a regular file: {target}")
    return target


def write_bytes_atomically(target: Path, data: bytes) -> None:
    """The target holds either its old content or all of data, never a part."""
    target = check_output_target(target)
    temp = cipher_file.temp_name_for(target)
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, target)
        cipher_file.fsync_dir(target.parent)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
