"""Open a dossier with one key derivation, and check the whole file later on its own connection.

API (used by the unlock worker of the UI; both functions are safe to call from a thread)::

    outcome = open_dossier(path, passphrase)   # one key derivation on success
    outcome.code: None (opened) or WRONG, DISK_FULL, READ_ONLY, DAMAGED, NEWER, FAILED
    outcome.dossier: the open DossierFile (its connection may be used from any one thread)
    damage_found(path, passphrase) -> list[str]   # SQLCipher page check + integrity check

The full integrity check is no longer part of opening: it runs after the window is shown, on
a second connection (``damage_found``). Only when opening fails is the file diagnosed at once
(``integrity.diagnose``), so a wrong passphrase and a damaged file are still told apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from resokit_desktop.security import integrity
from resokit_desktop.services.dossier_file import DossierFile

# The codes an opening attempt returns besides None (= opened), named in their own module.
from resokit_desktop.services.opening_codes import (
    DAMAGED,
    DISK_FULL,
    FAILED,
    NEWER,
    READ_ONLY,
    WRONG,
)
from resokit_desktop.storage.cipher_file import integrity_problems
from resokit_desktop.storage.connection import connect_plainly
from resokit_desktop.storage.errors import (
    DiskFullError,
    NewerSchemaError,
    ReadOnlyError,
    StorageError,
    StorageUnavailableError,
    WrongPassphraseError,
)


@dataclass
class OpenOutcome:
    code: str | None
    dossier: DossierFile | None = None


def open_dossier(path: Path, passphrase: str | None) -> OpenOutcome:
    """Open the file, deriving the key once; on failure tell why (wrong, damaged, its place)."""
    try:
        return OpenOutcome(None, DossierFile.open(Path(path), passphrase))
    except NewerSchemaError:
        return OpenOutcome(NEWER)
    except DiskFullError:
        # Refused before keying: a wrong passphrase must still count as one.
        return OpenOutcome(_why_not(path, passphrase, DISK_FULL))
    except ReadOnlyError:
        return OpenOutcome(_why_not(path, passphrase, READ_ONLY))
    except WrongPassphraseError:
        return OpenOutcome(_why_not(path, passphrase, WRONG))
    except (StorageError, OSError):
        return OpenOutcome(_why_not(path, passphrase, FAILED))


def _why_not(path: Path, passphrase: str | None, fallback: str) -> str:
    """The file did not open: a wrong passphrase, damage, or its place (as before the change)."""
    report = integrity.diagnose(Path(path), passphrase)
    if report.status == integrity.DISK_FULL:
        return DISK_FULL
    if report.status == integrity.READ_ONLY:
        return READ_ONLY
    if report.status in (integrity.WRONG_PASSPHRASE, integrity.NEEDS_PASSPHRASE):
        return WRONG
    if report.status == integrity.DAMAGED:
        return DAMAGED
    return fallback


def damage_found(path: Path, passphrase: str | None) -> list[str]:
    """Every problem the full check finds in the open file (empty: whole), on its own connection.

    Opens no plain file descriptor of the dossier (that would drop SQLite's locks on it).
    A full disk or a read-only place is not damage: that is reported when saving.
    """
    try:
        conn = connect_plainly(Path(path), passphrase)
    except StorageUnavailableError:
        return []
    except StorageError as exc:
        return [f"does not open: {exc}"]
    try:
        return integrity_problems(conn, encrypted=bool(passphrase))
    finally:
        conn.close()
