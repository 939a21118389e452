"""Schema version 10: the worker's neighbourhood register (no client data) and its search index."""

from __future__ import annotations

import sqlite_utils

STATEMENTS = [
    """
    CREATE TABLE neighbourhood_entries (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('place', 'key_figure', 'initiative', 'organisation',
                                           'informal_network')),
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        address TEXT NOT NULL DEFAULT '',
        neighbourhood TEXT NOT NULL DEFAULT '',
        offers TEXT NOT NULL DEFAULT '',
        needs TEXT NOT NULL DEFAULT '',
        contact TEXT NOT NULL DEFAULT '',
        opening_hours TEXT NOT NULL DEFAULT '',
        accessibility TEXT NOT NULL DEFAULT '',
        languages TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        last_checked TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )
    """,
    "CREATE INDEX neighbourhood_entries_hood"
    " ON neighbourhood_entries(neighbourhood COLLATE NOCASE)",
    # Kept in step by neighbourhood_repo inside each write transaction (as clients_fts is).
    """
    CREATE VIRTUAL TABLE neighbourhood_entries_fts USING fts5(
        name, address, neighbourhood, offers, needs, languages, notes,
        tokenize = 'unicode61 remove_diacritics 2'
    )
    """,
]


def apply(db: sqlite_utils.Database) -> None:
    for statement in STATEMENTS:
        db.execute(statement)
