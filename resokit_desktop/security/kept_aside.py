"""Copies kept aside on restore ("<name>.before-restore-<stamp>", "<name>.damaged-<stamp>"):
list them, re-encrypt them after a passphrase change, and remove them for good.

They hold everything the dossier held when they were made, so erasing a client or changing the
passphrase must deal with them too (the window asks before removing any).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from resokit_desktop.security.backups import KEPT_ASIDE_LABELS, STAMP_FORMAT, kept_aside_files
from resokit_desktop.storage import cipher_file
from resokit_desktop.storage.connection import as_database, connect_plainly
from resokit_desktop.storage.errors import StorageError


@dataclass(frozen=True)
class KeptAside:
    path: Path
    label: str  # "before-restore" or "damaged"
    created: datetime | None  # local time, from the name


def kept_aside(dossier_path: Path) -> list[KeptAside]:
    """Every copy kept aside beside this dossier, oldest first."""
    dossier_path = Path(dossier_path)
    found = []
    for path in kept_aside_files(dossier_path):
        rest = path.name[len(dossier_path.name) + 1:]
        label = next(name for name in KEPT_ASIDE_LABELS if rest.startswith(name + "-"))
        stamp = rest[len(label) + 1:][:15]
        try:
            created = datetime.strptime(stamp, STAMP_FORMAT)
        except ValueError:
            created = None
        found.append(KeptAside(path, label, created))
    return found


def rekey_kept_aside(dossier_path: Path, old: str | None, new: str | None) -> list[Path]:
    """Re-encrypt every kept-aside copy that opens with the old passphrase under the new one.

    Returns the copies that could not be re-encrypted (a damaged copy, a full disk): they still
    open with the old passphrase, so the caller asks whether to remove them.
    """
    left: list[Path] = []
    for path in kept_aside_files(dossier_path):
        try:
            conn = connect_plainly(path, old)
        except StorageError:
            continue  # another (older) passphrase or unreadable: the old one does not open it
        try:
            cipher_file.rekey_in_place(as_database(conn), path, new)
        except Exception:  # noqa: BLE001 - a damaged copy raises the binding's own errors
            with contextlib.suppress(Exception):
                conn.close()
            left.append(path)
    return left


def remove_kept_aside(dossier_path: Path, path: Path) -> None:
    """Overwrite and remove one kept-aside copy of this dossier (and its -wal/-shm)."""
    path = Path(path)
    if path not in kept_aside_files(dossier_path):
        raise ValueError("not a copy kept aside beside this dossier")
    for side in cipher_file.side_files(path):
        cipher_file.shred(side)
    cipher_file.shred(path)
    cipher_file.fsync_dir(path.parent)
