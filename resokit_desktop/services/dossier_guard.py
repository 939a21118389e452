"""Before the dossier file opens: its one-writer lock, leftovers of interrupted work, its state.

API (for the dossier session of the window)::

    lock = InstanceLock(path); lock.acquire()  # AlreadyOpenError: another window has it
    check_single_name(path)                    # HardLinkedError: a second name could bypass it
    tidy_leftovers(path)                       # interrupted rekeys, restores and backups
    first = first_look(path)                   # before any passphrase: .status and .kind
    file_kind(path)                            # KIND_PLAIN, KIND_ENCRYPTED, or neither (new)
"""

from __future__ import annotations

from pathlib import Path

from resokit_desktop.security import backups, integrity
from resokit_desktop.security.instance_lock import (
    AlreadyOpenError,
    HardLinkedError,
    InstanceLock,
    check_single_name,
    real_path,
)
from resokit_desktop.security.integrity import Diagnosis
from resokit_desktop.storage.cipher_file import remove_leftovers
from resokit_desktop.storage.connection import KIND_ENCRYPTED, KIND_PLAIN, file_kind

__all__ = [
    "DAMAGED", "DISK_FULL", "KIND_ENCRYPTED", "KIND_PLAIN", "NOT_A_DOSSIER", "READ_ONLY",
    "AlreadyOpenError", "Diagnosis", "HardLinkedError", "InstanceLock", "check_single_name",
    "file_kind", "first_look", "real_path", "tidy_leftovers",
]

DAMAGED = integrity.DAMAGED
NOT_A_DOSSIER = integrity.NOT_A_DOSSIER
DISK_FULL = integrity.DISK_FULL
READ_ONLY = integrity.READ_ONLY


def tidy_leftovers(path: Path) -> None:
    """Finish or remove what a crash left beside the file (temporary copies, half restores)."""
    remove_leftovers(Path(path))
    backups.clean_unfinished(Path(path))


def first_look(path: Path) -> Diagnosis:
    """The file's state before any passphrase: whole, damaged, not a dossier, or its place."""
    return integrity.diagnose(Path(path), None)
