"""Schema version 1: clients, consents, sessions, agreements, settings and client search."""

from __future__ import annotations

import sqlite_utils

STATEMENTS = [
    """
    CREATE TABLE clients (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        person_type TEXT NOT NULL DEFAULT 'client',
        birth_year INTEGER,
        languages TEXT NOT NULL DEFAULT '',
        neighbourhood TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        start_date TEXT,
        status TEXT NOT NULL DEFAULT 'active',
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )
    """,
    "CREATE INDEX clients_status ON clients(status)",
    "CREATE INDEX clients_name ON clients(name COLLATE NOCASE)",
    """
    CREATE TABLE consents (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        purpose TEXT NOT NULL,
        given_on TEXT NOT NULL,
        withdrawn_on TEXT
    )
    """,
    "CREATE INDEX consents_client ON consents(client_id)",
    """
    CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        type TEXT NOT NULL DEFAULT 'follow_up',
        worked_on TEXT NOT NULL DEFAULT '',
        client_words TEXT NOT NULL DEFAULT '',
        worker_observations TEXT NOT NULL DEFAULT '',
        next_appointment TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )
    """,
    "CREATE INDEX sessions_client_date ON sessions(client_id, date)",
    """
    CREATE TABLE agreements (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        who TEXT NOT NULL DEFAULT '',
        what TEXT NOT NULL CHECK (length(trim(what)) > 0),
        due_date TEXT,
        done INTEGER NOT NULL DEFAULT 0
    )
    """,
    "CREATE INDEX agreements_session ON agreements(session_id)",
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    # Kept in step by clients_repo inside each write transaction (no triggers in the schema).
    """
    CREATE VIRTUAL TABLE clients_fts USING fts5(
        name, neighbourhood, notes, tokenize = 'unicode61 remove_diacritics 2'
    )
    """,
]


def apply(db: sqlite_utils.Database) -> None:
    for statement in STATEMENTS:
        db.execute(statement)
