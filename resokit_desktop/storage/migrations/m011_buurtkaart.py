"""Schema version 11: the buurtkaart — shared map images, dated map versions per client, pins.

A pin is a place of the client's registry (``contacts``), so places pinned on the map show in the
inclusieweb's list of unplaced entries and the other way round. ``neighbourhood_entry_id`` may
point to the neighbourhood register (its table comes from another migration; no foreign key).
``image_id`` has no foreign key either: map images belong to the file, not to a client, so a
client handed over to another file arrives without them and shows a blank map instead.
"""

from __future__ import annotations

import sqlite_utils

STATEMENTS = [
    """
    CREATE TABLE map_images (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL DEFAULT '',
        format TEXT NOT NULL CHECK (format IN ('png', 'jpeg')),
        width INTEGER NOT NULL CHECK (width > 0),
        height INTEGER NOT NULL CHECK (height > 0),
        data BLOB NOT NULL,
        created_at TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE map_versions (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        version_date TEXT NOT NULL,
        image_id INTEGER,
        home_x REAL CHECK (home_x BETWEEN 0 AND 1),
        home_y REAL CHECK (home_y BETWEEN 0 AND 1),
        boundary TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(boundary)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )
    """,
    "CREATE INDEX map_versions_client_day ON map_versions(client_id, version_date)",
    "CREATE INDEX map_versions_image ON map_versions(image_id)",
    """
    CREATE TABLE map_pins (
        version_id INTEGER NOT NULL REFERENCES map_versions(id) ON DELETE CASCADE,
        contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        x REAL NOT NULL CHECK (x BETWEEN 0 AND 1),
        y REAL NOT NULL CHECK (y BETWEEN 0 AND 1),
        status TEXT NOT NULL DEFAULT 'goes_now'
            CHECK (status IN ('goes_now', 'used_to_go', 'would_like', 'avoids')),
        feeling TEXT NOT NULL DEFAULT '' CHECK (feeling IN ('', 'safe', 'neutral', 'unsafe')),
        barrier_note TEXT NOT NULL DEFAULT '',
        neighbourhood_entry_id INTEGER,
        PRIMARY KEY (version_id, contact_id)
    )
    """,
    "CREATE INDEX map_pins_contact ON map_pins(contact_id)",
    """
    CREATE TABLE map_pin_companions (
        version_id INTEGER NOT NULL REFERENCES map_versions(id) ON DELETE CASCADE,
        contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        companion_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        PRIMARY KEY (version_id, contact_id, companion_id)
    )
    """,
    "CREATE INDEX map_pin_companions_companion ON map_pin_companions(companion_id)",
]


def apply(db: sqlite_utils.Database) -> None:
    for statement in STATEMENTS:
        db.execute(statement)
