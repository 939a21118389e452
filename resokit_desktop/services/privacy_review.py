"""Review duties: dossiers past their retention period, and the audit log with its check."""

from __future__ import annotations

from datetime import date

import sqlite_utils

from resokit_desktop.security import audit, retention
from resokit_desktop.security.audit import AuditEntry
from resokit_desktop.security.retention import MAX_YEARS, MIN_YEARS
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.storage import clients_repo
from resokit_desktop.storage.privacy_repo import RetentionRow

__all__ = [
    "MAX_YEARS", "MIN_YEARS", "AuditEntry", "RetentionRow", "audit_entries", "audit_chain_break",
    "client_names", "dossiers_for_review", "retention_years", "set_retention_years",
    "record_event", "record_event_in",
]


def retention_years(dossier: DossierFile) -> int:
    return retention.retention_years(dossier.db)


def set_retention_years(dossier: DossierFile, years: int) -> None:
    retention.set_retention_years(dossier.db, years)


def dossiers_for_review(dossier: DossierFile, today: date | None = None) -> list[RetentionRow]:
    return retention.dossiers_for_review(dossier.db, today)


def audit_entries(dossier: DossierFile, limit: int | None = 5000) -> list[AuditEntry]:
    return audit.entries(dossier.db, limit=limit)


def audit_chain_break(dossier: DossierFile) -> int | None:
    return audit.verify(dossier.db)


def client_names(dossier: DossierFile, ids: set[int]) -> dict[int, str]:
    """Names of the clients that still exist (the log itself only holds ids)."""
    names = {}
    for client_id in ids:
        if clients_repo.client_exists(dossier.db, client_id):
            names[client_id] = clients_repo.get_client(dossier.db, client_id).name
    return names


def record_event(dossier: DossierFile, event: str, client_id: int | None = None) -> bool:
    """One audit entry for a file-level event ('opened', 'restore', …); never blocks it."""
    return audit.record_quietly(dossier.db, event, client_id)


def record_event_in(db: sqlite_utils.Database, event: str, client_id: int | None = None) -> bool:
    """The same for a caller holding only the connection (a print preview)."""
    return audit.record_quietly(db, event, client_id)
