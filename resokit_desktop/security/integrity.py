"""Decide at start-up whether the dossier file is whole, damaged, or just needs its passphrase.

API::

    diagnose(dossier_path, passphrase) -> Diagnosis
        .status: one of OK, DAMAGED, MISSING, EMPTY, NEEDS_PASSPHRASE, WRONG_PASSPHRASE,
                 NOT_A_DOSSIER (neither an SQLite header, nor whole pages, nor backups),
                 DISK_FULL, READ_ONLY (the file's place, not its content or passphrase)
        .problems: list[str] (technical lines, no client data), .clients, .newest_backup

A file is damaged when SQLite's ``integrity_check`` or SQLCipher's ``cipher_integrity_check``
complain, when it is not whole pages, when a plain SQLite header does not open, or when it
does not open with a passphrase that opens one of its own backups (accepted before). An empty
file that has backups beside it is damaged too (a file truncated to 0 bytes).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from resokit_desktop.security import backups
from resokit_desktop.storage import file_inspect
from resokit_desktop.storage.connection import KIND_ENCRYPTED, PAGE_SIZE
from resokit_desktop.storage.file_inspect import (
    DAMAGED,
    DISK_FULL,
    EMPTY,
    MISSING,
    NEEDS_PASSPHRASE,
    OK,
    READ_ONLY,
    WRONG_PASSPHRASE,
)

__all__ = ["DAMAGED", "DISK_FULL", "EMPTY", "MISSING", "NEEDS_PASSPHRASE", "NOT_A_DOSSIER", "OK",
           "READ_ONLY", "WRONG_PASSPHRASE", "Diagnosis", "diagnose"]

NOT_A_DOSSIER = "not_a_dossier"


@dataclass
class Diagnosis:
    status: str
    kind: str
    problems: list[str] = field(default_factory=list)
    clients: int | None = None
    schema_version: int | None = None
    cipher: dict[str, str] = field(default_factory=dict)
    has_backups: bool = False

    @property
    def damaged(self) -> bool:
        return self.status == DAMAGED


def diagnose(dossier_path: Path, passphrase: str | None) -> Diagnosis:
    dossier_path = Path(dossier_path)
    report = file_inspect.inspect_file(dossier_path, passphrase)
    has_backups = bool(backups.backup_files(dossier_path))
    result = Diagnosis(report.status, report.kind, list(report.problems), report.clients,
                       report.schema_version, dict(report.cipher), has_backups)
    if report.status == DAMAGED and report.kind == KIND_ENCRYPTED and not has_backups \
            and report.size % PAGE_SIZE:
        # No SQLite header and not whole pages: a text or other file, not a damaged dossier.
        result.status = NOT_A_DOSSIER
    elif report.status == EMPTY and has_backups:
        result.status = DAMAGED
        result.problems.append("the file is empty although backups of it exist")
    elif report.status == WRONG_PASSPHRASE and passphrase and has_backups:
        if backups.passphrase_opens_a_backup(dossier_path, passphrase):
            result.status = DAMAGED
            result.problems.append("the passphrase opens the backups but not the file")
    return result


