"""The errors the window may catch from the layers below, named in one place for the UI.

The UI imports no repository or security module (import-linter contracts in pyproject.toml);
these exception classes are the only names it takes from them, re-exported unchanged.
"""

from __future__ import annotations

from resokit_desktop.security.instance_lock import AlreadyOpenError, HardLinkedError
from resokit_desktop.security.safe_output import OutputRefused
from resokit_desktop.storage.errors import (
    NotFoundError,
    StorageError,
    WriteFailedError,
    WrongPassphraseError,
)

__all__ = [
    "AlreadyOpenError", "HardLinkedError", "NotFoundError", "OutputRefused", "StorageError",
    "WriteFailedError", "WrongPassphraseError",
]
