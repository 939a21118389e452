"""Schema version 7: indexes that keep the client list instant at 100,000 clients.

``clients(status, name COLLATE NOCASE)`` lists one status in name order straight from the index
(the rowid rides along, so a page of ids and the count need no table reads); it replaces the
status-only index. The search index is rebuilt with prefix indexes for one to three letters, so
the first letters typed in the search field read one list instead of merging every word.
"""

from __future__ import annotations

import sqlite_utils

STATEMENTS = [
    "CREATE INDEX IF NOT EXISTS clients_status_name ON clients(status, name COLLATE NOCASE)",
    "DROP INDEX IF EXISTS clients_status",
    """
    CREATE VIRTUAL TABLE clients_fts_new USING fts5(
        name, neighbourhood, notes, tokenize = 'unicode61 remove_diacritics 2',
        prefix = '1 2 3'
    )
    """,
    "INSERT INTO clients_fts_new(rowid, name, neighbourhood, notes) "
    "SELECT rowid, name, neighbourhood, notes FROM clients_fts",
    "DROP TABLE clients_fts",
    "ALTER TABLE clients_fts_new RENAME TO clients_fts",
]


def apply(db: sqlite_utils.Database) -> None:
    for statement in STATEMENTS:
        db.execute(statement)
