"""Schema version 12: a sleeping tie can be marked for reactivation (tie field "reactivate")."""

from __future__ import annotations

import sqlite_utils


def apply(db: sqlite_utils.Database) -> None:
    db.execute("ALTER TABLE web_members ADD COLUMN reactivate INTEGER NOT NULL DEFAULT 0 "
               "CHECK (reactivate IN (0, 1))")
