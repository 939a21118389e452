"""The one safe output path for every file the window and the command line write.

Write only to a regular file (never a device, FIFO, folder or link), via a 0600 temporary name
in the same folder, fsynced, renamed, folder fsynced. The work is done by
``storage.private_files``, where the database copies (backups, handover files) use it too.
"""

from __future__ import annotations

from pathlib import Path

from resokit_desktop.storage.private_files import (
    OutputRefused,
    check_regular_target,
    write_bytes_atomically,
)

__all__ = ["OutputRefused", "check_output_target", "write_bytes_atomically"]


def check_output_target(target: Path) -> Path:
    """Refuse devices (/dev/full), FIFOs, folders, links and missing folders; return the path."""
    return check_regular_target(Path(target))
