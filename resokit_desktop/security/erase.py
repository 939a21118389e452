"""Delete a client for good: rows, search-index tokens, freed pages and the WAL all wiped."""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from resokit_desktop.security import audit
from resokit_desktop.storage import privacy_repo
from resokit_desktop.storage.connection import transaction
from resokit_desktop.storage.errors import WriteFailedError


@dataclass(frozen=True)
class EraseReport:
    client_id: int
    rows_deleted: int
    index_purged: bool
    file_compacted: bool
    wal_truncated: bool

    @property
    def complete(self) -> bool:
        return self.index_purged and self.file_compacted and self.wal_truncated


def erase_client(db: sqlite_utils.Database, client_id: int) -> EraseReport:
    """Remove the client and everything linked to it; the audit log keeps only id, time, event.

    The deletion itself is one transaction (all of it or none). The wiping steps that follow
    cannot run inside a transaction; if one fails (disk full) the client is still gone and the
    report says which step is left, so the caller can say so and retry wipe_traces().
    """
    with transaction(db):
        deleted = privacy_repo.delete_client_rows(db, client_id)
        audit.record(db, audit.AuditEvent.DELETED, client_id)
    purged, compacted, truncated = wipe_traces(db)
    return EraseReport(client_id, deleted, purged, compacted, truncated)


def wipe_traces(db: sqlite_utils.Database) -> tuple[bool, bool, bool]:
    """Purge FTS segments, VACUUM and truncate the WAL; each step reports success."""
    results = []
    for step in (privacy_repo.purge_search_indexes, privacy_repo.vacuum):
        try:
            step(db)
            results.append(True)
        except WriteFailedError:
            results.append(False)
    try:
        results.append(privacy_repo.truncate_wal(db))
    except WriteFailedError:
        results.append(False)
    return results[0], results[1], results[2]
