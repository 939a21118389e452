"""Schema version 9: a role plan may name an entry of the neighbourhood register as its place.

``neighbourhood_entry_id`` points at ``neighbourhood_entries(id)`` (built by the register feature)
without a foreign key, so either feature can be present without the other; NULL when unknown.
"""

from __future__ import annotations

import sqlite_utils

STATEMENTS = [
    "ALTER TABLE role_plans ADD COLUMN neighbourhood_entry_id INTEGER",
]


def apply(db: sqlite_utils.Database) -> None:
    for statement in STATEMENTS:
        db.execute(statement)
