"""Schema version 2: registry of contacts and places, web versions, members, ties, comparisons."""

from __future__ import annotations

import sqlite_utils

STATEMENTS = [
    """
    CREATE TABLE contacts (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('person', 'place', 'group')),
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )
    """,
    "CREATE INDEX contacts_client ON contacts(client_id)",
    """
    CREATE TABLE web_versions (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        version_date TEXT NOT NULL,
        domain_set TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (client_id, version_date)
    )
    """,
    """
    CREATE TABLE web_members (
        version_id INTEGER NOT NULL REFERENCES web_versions(id) ON DELETE CASCADE,
        contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        domain_key TEXT NOT NULL,
        ring INTEGER NOT NULL CHECK (ring BETWEEN 1 AND 3),
        angle REAL NOT NULL CHECK (angle BETWEEN 0 AND 1),
        radius REAL NOT NULL CHECK (radius BETWEEN 0 AND 1),
        relation TEXT NOT NULL DEFAULT '',
        functions TEXT NOT NULL DEFAULT '',
        strength TEXT NOT NULL DEFAULT '',
        capital TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'active',
        strained INTEGER NOT NULL DEFAULT 0,
        harmful INTEGER NOT NULL DEFAULT 0,
        paid INTEGER NOT NULL DEFAULT 0,
        level TEXT NOT NULL DEFAULT '',
        frequency TEXT NOT NULL DEFAULT '',
        reciprocity TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (version_id, contact_id)
    )
    """,
    "CREATE INDEX web_members_contact ON web_members(contact_id)",
    """
    CREATE TABLE web_ties (
        version_id INTEGER NOT NULL REFERENCES web_versions(id) ON DELETE CASCADE,
        contact_a INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        contact_b INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        PRIMARY KEY (version_id, contact_a, contact_b),
        CHECK (contact_a < contact_b)
    )
    """,
    """
    CREATE TABLE web_comparisons (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        old_version_id INTEGER NOT NULL REFERENCES web_versions(id) ON DELETE CASCADE,
        new_version_id INTEGER NOT NULL REFERENCES web_versions(id) ON DELETE CASCADE,
        client_words TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (old_version_id, new_version_id)
    )
    """,
    # The organisation's own domain set lives in settings (null = use the built-in default).
    "INSERT OR IGNORE INTO settings(key, value) "
    "VALUES ('inclusion_web.organisation_domain_set', 'null')",
]


def apply(db: sqlite_utils.Database) -> None:
    for statement in STATEMENTS:
        db.execute(statement)
