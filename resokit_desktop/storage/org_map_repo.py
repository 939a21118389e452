"""The organisation map's storage: its map image and the register entries' positions on it."""

from __future__ import annotations

import sqlite_utils

from resokit_desktop.domain.buurtkaart import Point, clamp_point
from resokit_desktop.storage.clock import now_iso
from resokit_desktop.storage.connection import transaction


def image_id(db: sqlite_utils.Database) -> int | None:
    row = db.execute("SELECT image_id FROM organisation_map WHERE id = 1").fetchone()
    return row[0] if row else None


def set_image(db: sqlite_utils.Database, image: int | None) -> None:
    with transaction(db):
        db.execute("INSERT INTO organisation_map(id, image_id, updated_at) VALUES (1, ?, ?) "
                   "ON CONFLICT(id) DO UPDATE SET image_id = excluded.image_id, "
                   "updated_at = excluded.updated_at", [image, now_iso()])


def positions(db: sqlite_utils.Database) -> dict[int, Point]:
    return {row[0]: (row[1], row[2]) for row in db.execute(
        "SELECT entry_id, x, y FROM organisation_map_positions ORDER BY entry_id")}


def set_positions(db: sqlite_utils.Database, moved: dict[int, Point | None]) -> None:
    """Store the entries' new places in one transaction (None: off the map)."""
    stamp = now_iso()
    with transaction(db):
        for entry_id, point in moved.items():
            if point is None:
                db.execute("DELETE FROM organisation_map_positions WHERE entry_id = ?",
                           [entry_id])
                continue
            x, y = clamp_point(*point)
            db.execute("INSERT INTO organisation_map_positions(entry_id, x, y, updated_at) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT(entry_id) DO UPDATE SET x = excluded.x, "
                       "y = excluded.y, updated_at = excluded.updated_at",
                       [entry_id, x, y, stamp])
