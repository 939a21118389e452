"""Which kind of file a dossier path holds, from its header alone: for the app's first window,
before the storage layer (and SQLCipher) load. See storage/file_kind.py."""

from __future__ import annotations

from resokit_desktop.storage.file_kind import (
    KIND_EMPTY,
    KIND_ENCRYPTED,
    KIND_MISSING,
    KIND_PLAIN,
    file_kind,
)

__all__ = ["KIND_EMPTY", "KIND_ENCRYPTED", "KIND_MISSING", "KIND_PLAIN", "file_kind"]
