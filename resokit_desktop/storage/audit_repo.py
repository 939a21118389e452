"""Rows of the audit log: append-only, hash-chained, never any client content."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import sqlite_utils

from resokit_desktop.storage.clock import now_iso
from resokit_desktop.storage.connection import transaction

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    event: str
    client_id: int | None
    chain: str


def _link(previous: str, at: str, event: str, client_id: int | None) -> str:
    text = f"{previous}|{at}|{event}|{'' if client_id is None else client_id}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def append(db: sqlite_utils.Database, event: str, client_id: int | None = None) -> int:
    """Add one entry (joins the caller's transaction when there is one); returns its id."""
    with transaction(db):
        row = db.execute("SELECT chain FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        at = now_iso()
        chain = _link(row[0] if row else GENESIS, at, event, client_id)
        cursor = db.execute(
            "INSERT INTO audit_log(at, event, client_id, chain) VALUES (?, ?, ?, ?)",
            [at, event, client_id, chain],
        )
        return int(cursor.lastrowid)


def list_entries(
    db: sqlite_utils.Database, client_id: int | None = None, limit: int | None = None
) -> list[AuditEntry]:
    """Entries newest first, optionally only those about one client."""
    sql = "SELECT id, at, event, client_id, chain FROM audit_log"
    params: list = []
    if client_id is not None:
        sql += " WHERE client_id = ?"
        params.append(client_id)
    sql += " ORDER BY id DESC"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    return [AuditEntry(*row) for row in db.execute(sql, params)]


def first_broken_link(db: sqlite_utils.Database) -> int | None:
    """The id of the first entry whose chain does not match (edited or removed before it)."""
    previous = GENESIS
    for entry_id, at, event, client_id, chain in db.execute(
        "SELECT id, at, event, client_id, chain FROM audit_log ORDER BY id"
    ):
        if _link(previous, at, event, client_id) != chain:
            return int(entry_id)
        previous = chain
    return None
