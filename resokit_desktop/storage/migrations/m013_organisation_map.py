"""Schema version 13: the organisation's buurtkaart — which map it is drawn on, and where each
neighbourhood-register entry sits on it (fractions of the map, like the client's pins)."""

from __future__ import annotations

import sqlite_utils

STATEMENTS = [
    # One row: the organisation's map (image_id NULL: a blank canvas). No foreign key, as in
    # map_versions: an image belongs to the file.
    """
    CREATE TABLE organisation_map (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        image_id INTEGER,
        updated_at TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE organisation_map_positions (
        entry_id INTEGER PRIMARY KEY REFERENCES neighbourhood_entries(id) ON DELETE CASCADE,
        x REAL NOT NULL CHECK (x BETWEEN 0 AND 1),
        y REAL NOT NULL CHECK (y BETWEEN 0 AND 1),
        updated_at TEXT NOT NULL
    )
    """,
]


def apply(db: sqlite_utils.Database) -> None:
    for statement in STATEMENTS:
        db.execute(statement)
