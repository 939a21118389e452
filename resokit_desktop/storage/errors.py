"""Exceptions the storage layer raises, independent of the SQLite binding underneath."""

from __future__ import annotations


class StorageError(Exception):
    """Base class for every storage failure the upper layers may want to show."""


class NewerSchemaError(StorageError):
    """The file was written by a newer version of Resokit Desktop."""

    def __init__(self, file_version: int, supported_version: int) -> None:
        super().__init__(
            f"file schema version {file_version} is newer than supported {supported_version}"
        )
        self.file_version = file_version
        self.supported_version = supported_version


class NotADossierError(StorageError):
    """The file is not a readable dossier database (or the passphrase is wrong)."""


class WriteFailedError(StorageError):
    """A write could not be completed; nothing of it was stored."""


class NotFoundError(StorageError):
    """A row that was asked for does not exist."""


class WrongPassphraseError(NotADossierError):
    """The file is encrypted and this passphrase does not open it (or page 1 is damaged)."""


class PassphraseRequiredError(NotADossierError):
    """The file is encrypted and was opened without a passphrase."""


class StorageUnavailableError(StorageError):
    """The file cannot be opened or written for a reason outside it and its passphrase."""


class DiskFullError(StorageUnavailableError):
    """The disk (or the user's quota) is full."""


class ReadOnlyError(StorageUnavailableError):
    """The file, its folder or its file system may not be written."""
