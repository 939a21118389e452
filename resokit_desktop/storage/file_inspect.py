"""Look inside a dossier file without changing it: does it open, is it whole, what it holds."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from resokit_desktop.storage.cipher_file import integrity_problems
from resokit_desktop.storage.connection import (
    KIND_EMPTY,
    KIND_ENCRYPTED,
    KIND_MISSING,
    PAGE_SIZE,
    DbError,
    connect_plainly,
    file_kind,
)
from resokit_desktop.storage.errors import (
    DiskFullError,
    PassphraseRequiredError,
    StorageError,
    StorageUnavailableError,
    WrongPassphraseError,
)

# FileInspection.status values.
OK = "ok"
DAMAGED = "damaged"
MISSING = "missing"
EMPTY = "empty"
NEEDS_PASSPHRASE = "needs_passphrase"
WRONG_PASSPHRASE = "wrong_passphrase_or_damaged"
# The file could not be read because of its place, not its content or passphrase.
DISK_FULL = "disk_full"
READ_ONLY = "read_only"


@dataclass
class FileInspection:
    status: str
    kind: str
    size: int = 0
    problems: list[str] = field(default_factory=list)
    schema_version: int | None = None
    clients: int | None = None
    cipher: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.status == OK


def inspect_file(path: Path, passphrase: str | None) -> FileInspection:
    """Open path read-only in spirit (no pragma that writes), check it and count its clients.

    A wrong passphrase is reported as WRONG_PASSPHRASE (it cannot be told apart from a damaged
    first page); the caller may decide it is damaged when the passphrase opens a backup.
    """
    path = Path(path)
    kind = file_kind(path)
    if kind == KIND_MISSING:
        return FileInspection(MISSING, kind)
    size = os.path.getsize(path)
    if kind == KIND_EMPTY:
        return FileInspection(EMPTY, kind, size)
    if size < 512 or (kind == KIND_ENCRYPTED and size % PAGE_SIZE):
        # An SQLCipher 4 file is whole pages; anything else was cut short.
        return FileInspection(DAMAGED, kind, size, [f"size {size} is not whole pages"])
    encrypted = kind == KIND_ENCRYPTED
    try:
        conn = connect_plainly(path, passphrase if encrypted else None)
    except PassphraseRequiredError:
        return FileInspection(NEEDS_PASSPHRASE, kind, size)
    except WrongPassphraseError:
        return FileInspection(WRONG_PASSPHRASE, kind, size)
    except StorageUnavailableError as exc:
        status = DISK_FULL if isinstance(exc, DiskFullError) else READ_ONLY
        return FileInspection(status, kind, size, [str(exc)])
    except StorageError as exc:
        return FileInspection(DAMAGED, kind, size, [f"does not open: {exc}"])
    try:
        report = FileInspection(OK, kind, size)
        report.problems = integrity_problems(conn, encrypted)
        if encrypted and not report.problems:
            report.cipher = _cipher_settings(conn)
        if not report.problems:
            try:
                report.schema_version = int(conn.execute("PRAGMA user_version").fetchone()[0])
                has_clients = conn.execute(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'clients'"
                ).fetchone()
                report.clients = (
                    int(conn.execute("SELECT count(*) FROM clients").fetchone()[0])
                    if has_clients else 0
                )
            except DbError as exc:
                report.problems.append(f"cannot read: {exc}")
        if report.problems:
            report.status = DAMAGED
        return report
    finally:
        conn.close()


def _cipher_settings(conn) -> dict[str, str]:
    found: dict[str, str] = {}
    for name in ("cipher_version", "kdf_iter", "cipher_hmac_algorithm",
                 "cipher_kdf_algorithm", "cipher_page_size"):
        try:
            row = conn.execute(f"PRAGMA {name}").fetchone()
        except DbError:
            continue
        if row:
            found[name] = str(row[0])
    return found
