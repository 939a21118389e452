"""Schema version 3: the audit log kept inside the dossier file (events only, never content)."""

from __future__ import annotations

import sqlite_utils

STATEMENTS = [
    # client_id is deliberately not a foreign key: the entry for an erased client must stay
    # behind as a pseudonymous tombstone (id, time, event), never its name.
    """
    CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        event TEXT NOT NULL,
        client_id INTEGER,
        chain TEXT NOT NULL
    )
    """,
    "CREATE INDEX audit_log_client ON audit_log(client_id)",
]


def apply(db: sqlite_utils.Database) -> None:
    for statement in STATEMENTS:
        db.execute(statement)
