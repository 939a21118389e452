"""Schema version 5: indexes on the web's foreign-key columns that had none.

Without them, deleting a contact or a web version (ON DELETE CASCADE) and listing a client's
comparisons scan the whole table.
"""

from __future__ import annotations

import sqlite_utils

STATEMENTS = [
    "CREATE INDEX IF NOT EXISTS web_ties_contact_a ON web_ties(contact_a)",
    "CREATE INDEX IF NOT EXISTS web_ties_contact_b ON web_ties(contact_b)",
    "CREATE INDEX IF NOT EXISTS web_comparisons_new_version "
    "ON web_comparisons(new_version_id)",
    "CREATE INDEX IF NOT EXISTS web_comparisons_client ON web_comparisons(client_id)",
]


def apply(db: sqlite_utils.Database) -> None:
    for statement in STATEMENTS:
        db.execute(statement)
