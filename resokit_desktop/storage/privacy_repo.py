"""SQL behind the privacy duties: wiping freed content, the search index and the WAL; retention."""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from resokit_desktop.storage.client_rows_repo import client_tables, collect
from resokit_desktop.storage.connection import DbError, transaction
from resokit_desktop.storage.errors import NotFoundError, WriteFailedError


def fts_tables(db: sqlite_utils.Database) -> list[str]:
    rows = db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%' "
        "AND lower(sql) LIKE '%using fts5%'"
    ).fetchall()
    return [r[0] for r in rows]


def delete_client_rows(db: sqlite_utils.Database, client_id: int) -> int:
    """Delete every row of the client's tree, children first, inside the caller's transaction.

    Does not rely on ON DELETE CASCADE alone, so a table added later without it is still
    emptied. Returns the number of rows deleted.
    """
    rows = collect(db, client_id)
    if not rows.get("clients"):
        raise NotFoundError(f"client {client_id}")
    deleted = 0
    with transaction(db):
        for table in reversed(client_tables(db)):
            found = rows.get(table.name) or []
            if not found:
                continue
            if table.has_id:
                ids = [r["id"] for r in found]
                for start in range(0, len(ids), 500):
                    chunk = ids[start:start + 500]
                    cursor = db.execute(
                        f"DELETE FROM [{table.name}] WHERE id IN ({','.join('?' for _ in chunk)})",
                        chunk,
                    )
                    deleted += max(cursor.rowcount, 0)
            else:
                for row in found:
                    clauses = " AND ".join(f"[{c}] IS ?" for c in row)
                    cursor = db.execute(
                        f"DELETE FROM [{table.name}] WHERE {clauses}", list(row.values())
                    )
                    deleted += max(cursor.rowcount, 0)
        for fts in fts_tables(db):
            if fts.startswith("clients"):
                db.execute(f"DELETE FROM [{fts}] WHERE rowid = ?", [client_id])
    return deleted


def purge_search_indexes(db: sqlite_utils.Database) -> None:
    """Merge every FTS5 index into one segment, so tokens of deleted rows are gone, not masked."""
    with transaction(db):
        for fts in fts_tables(db):
            db.execute(f"INSERT INTO [{fts}]([{fts}]) VALUES ('optimize')")


def vacuum(db: sqlite_utils.Database) -> None:
    """Rewrite the file so no freed page keeps old content."""
    try:
        db.execute("VACUUM")
    except DbError as exc:
        raise WriteFailedError(str(exc)) from exc


def truncate_wal(db: sqlite_utils.Database) -> bool:
    """Copy the WAL into the file and cut it to zero bytes; False when a reader blocked it."""
    try:
        busy, _log, _done = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except DbError as exc:
        raise WriteFailedError(str(exc)) from exc
    return int(busy) == 0


@dataclass(frozen=True)
class RetentionRow:
    client_id: int
    name: str
    status: str
    last_activity: str


def closed_since_before(db: sqlite_utils.Database, cutoff_iso: str) -> list[RetentionRow]:
    """Closed clients whose last activity (client edit or session date) is before the cutoff.

    Edits are stored in UTC; their day is the local calendar day, as the worker saw it."""
    sql = """
        SELECT c.id, c.name, c.status,
               max(date(c.updated_at, 'localtime'), coalesce(max(s.date), '')) AS last_activity
        FROM clients c LEFT JOIN sessions s ON s.client_id = c.id
        WHERE c.status = 'closed'
        GROUP BY c.id
        HAVING last_activity < ?
        ORDER BY last_activity, c.id
    """
    return [RetentionRow(*row) for row in db.execute(sql, [cutoff_iso[:10]])]
