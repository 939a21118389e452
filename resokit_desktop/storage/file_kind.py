"""What a dossier file is, told from its first bytes alone (SQLCipher is not loaded for it)."""

from __future__ import annotations

from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\x00"

# What file_kind() reports.
KIND_MISSING = "missing"
KIND_EMPTY = "empty"
KIND_PLAIN = "plain"
KIND_ENCRYPTED = "encrypted"


def file_kind(path: Path | str) -> str:
    """Tell a missing, empty, plain SQLite or (presumably) encrypted file apart by its header.

    Call it only on a file this process has NOT opened with SQLite: closing any descriptor of
    a file drops the POSIX locks SQLite holds on it.
    """
    path = Path(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        return KIND_MISSING
    if not head:
        return KIND_EMPTY
    return KIND_PLAIN if head == SQLITE_MAGIC else KIND_ENCRYPTED
