"""What the audit log records: event names and one call to write an entry (no content, ever)."""

from __future__ import annotations

from enum import StrEnum

import sqlite_utils

from resokit_desktop.storage import audit_repo
from resokit_desktop.storage.audit_repo import AuditEntry
from resokit_desktop.storage.errors import StorageError


class AuditEvent(StrEnum):
    OPENED = "opened"
    UNLOCKED = "unlocked"
    EXPORTED = "exported"
    PRINTED = "printed"
    DELETED = "deleted"
    BACKUP = "backup"
    RESTORE = "restore"
    ACCESS_EXPORT = "access_export"
    TRANSFER_EXPORT = "transfer_export"
    TRANSFER_IMPORT = "transfer_import"
    PASSPHRASE_CHANGED = "passphrase_changed"


def record(db: sqlite_utils.Database, event: AuditEvent | str, client_id: int | None = None) -> int:
    """Write one entry; joins the caller's transaction so it commits (or not) with the change."""
    return audit_repo.append(db, str(AuditEvent(event)), client_id)


def record_quietly(
    db: sqlite_utils.Database, event: AuditEvent | str, client_id: int | None = None
) -> bool:
    """Like record(), for read-only events (opened, printed): a full disk must not block them."""
    try:
        record(db, event, client_id)
    except StorageError:
        return False
    return True


def entries(
    db: sqlite_utils.Database, client_id: int | None = None, limit: int | None = None
) -> list[AuditEntry]:
    return audit_repo.list_entries(db, client_id, limit)


def verify(db: sqlite_utils.Database) -> int | None:
    """None when the chain is whole, else the id of the first entry that was tampered with."""
    return audit_repo.first_broken_link(db)
