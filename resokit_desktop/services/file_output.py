"""Write a file the user chose (a PDF, a picture of the web, an export): the one safe output path.

Only to a regular file (never a device, FIFO, folder or link), via a private temporary name in
the same folder, fsynced and renamed in (security/safe_output, storage/private_files). A refused
target raises OutputRefused (services/errors); a full disk raises OSError.
"""

from __future__ import annotations

from pathlib import Path

from resokit_desktop.security.safe_output import OutputRefused, write_bytes_atomically

__all__ = ["OutputRefused", "save_file"]


def save_file(path: Path, data: bytes) -> None:
    """Write data to path all at once: the old file stays whole until the new one is complete."""
    write_bytes_atomically(Path(path), data)
