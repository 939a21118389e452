"""Buurtkaart storage: the shared map images, each client's dated map versions and their pins."""

from __future__ import annotations

import json

import sqlite_utils

from resokit_desktop.domain.buurtkaart import (
    Feeling,
    MapImageInfo,
    MapVersion,
    MapVersionRow,
    Pin,
    PinStatus,
    Point,
    clamp_point,
)
from resokit_desktop.domain.text_hygiene import clean_multiline
from resokit_desktop.storage.clock import now_iso
from resokit_desktop.storage.connection import transaction
from resokit_desktop.storage.errors import NotFoundError


# Images -----------------------------------------------------------------------------------------
def add_image(db: sqlite_utils.Database, name: str, fmt: str, width: int, height: int,
              data: bytes) -> int:
    with transaction(db):
        cursor = db.execute(
            "INSERT INTO map_images(name, format, width, height, data, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)", [name, fmt, int(width), int(height), data, now_iso()])
    return cursor.lastrowid


def list_images(db: sqlite_utils.Database) -> list[MapImageInfo]:
    return [MapImageInfo(*row) for row in db.execute(
        "SELECT id, name, width, height FROM map_images ORDER BY id")]


def image_data(db: sqlite_utils.Database, image_id: int) -> bytes:
    """The stored bytes; NotFoundError when the file does not hold that image."""
    row = db.execute("SELECT data FROM map_images WHERE id = ?", [image_id]).fetchone()
    if row is None:
        raise NotFoundError(f"map image {image_id}")
    return bytes(row[0])


# Versions ---------------------------------------------------------------------------------------
def list_versions(db: sqlite_utils.Database, client_id: int) -> list[MapVersionRow]:
    """The client's map versions by date (oldest first)."""
    return [MapVersionRow(*row) for row in db.execute(
        "SELECT v.id, v.version_date, (SELECT count(*) FROM map_pins p WHERE p.version_id = v.id) "
        "FROM map_versions v WHERE v.client_id = ? ORDER BY v.version_date, v.id", [client_id])]


def _boundary(text: str | None) -> list[Point]:
    """The stored corners; anything that is not a list of number pairs is read as no boundary."""
    try:
        data = json.loads(text or "[]")
        return [clamp_point(float(x), float(y)) for x, y in data]
    except (TypeError, ValueError):
        return []


def load_version(db: sqlite_utils.Database, version_id: int) -> MapVersion:
    row = db.execute(
        "SELECT id, client_id, version_date, image_id, home_x, home_y, boundary "
        "FROM map_versions WHERE id = ?", [version_id]).fetchone()
    if row is None:
        raise NotFoundError(f"map version {version_id}")
    home = (row[4], row[5]) if row[4] is not None and row[5] is not None else None
    boundary = _boundary(row[6])
    version = MapVersion(row[0], row[1], row[2], row[3], home, boundary)
    companions: dict[int, set[int]] = {}
    for contact_id, companion_id in db.execute(
            "SELECT contact_id, companion_id FROM map_pin_companions WHERE version_id = ?",
            [version_id]):
        companions.setdefault(contact_id, set()).add(companion_id)
    for pin_row in db.execute(
            "SELECT p.contact_id, c.name, p.x, p.y, p.status, p.feeling, p.barrier_note, "
            "p.neighbourhood_entry_id FROM map_pins p JOIN contacts c ON c.id = p.contact_id "
            "WHERE p.version_id = ? ORDER BY p.contact_id", [version_id]):
        contact_id = pin_row[0]
        version.pins[contact_id] = Pin(
            contact_id, pin_row[1], pin_row[2], pin_row[3], PinStatus(pin_row[4]),
            Feeling(pin_row[5]), frozenset(companions.get(contact_id, ())), pin_row[6],
            pin_row[7])
    return version


def _write_pins(db: sqlite_utils.Database, version: MapVersion) -> None:
    db.execute("DELETE FROM map_pin_companions WHERE version_id = ?", [version.id])
    db.execute("DELETE FROM map_pins WHERE version_id = ?", [version.id])
    for pin in version.pins.values():
        x, y = clamp_point(pin.x, pin.y)
        db.execute(
            "INSERT INTO map_pins(version_id, contact_id, x, y, status, feeling, barrier_note, "
            "neighbourhood_entry_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [version.id, pin.contact_id, x, y, str(pin.status), str(pin.feeling),
             clean_multiline(pin.barriers), pin.neighbourhood_entry_id])
        for companion in sorted(pin.with_whom):
            db.execute("INSERT INTO map_pin_companions(version_id, contact_id, companion_id) "
                       "VALUES (?, ?, ?)", [version.id, pin.contact_id, companion])


def _head_values(version: MapVersion) -> list:
    home = clamp_point(*version.home) if version.home is not None else (None, None)
    return [version.image_id, home[0], home[1],
            json.dumps([list(clamp_point(x, y)) for x, y in version.boundary])]


def insert_version(db: sqlite_utils.Database, version: MapVersion) -> int:
    stamp = now_iso()
    with transaction(db):
        cursor = db.execute(
            "INSERT INTO map_versions(client_id, version_date, image_id, home_x, home_y, "
            "boundary, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [version.client_id, version.version_date, *_head_values(version), stamp, stamp])
        version.id = cursor.lastrowid
        _write_pins(db, version)
    return version.id


def save_version(db: sqlite_utils.Database, version: MapVersion) -> None:
    """Store the version as it is now, in one transaction."""
    with transaction(db):
        cursor = db.execute(
            "UPDATE map_versions SET image_id = ?, home_x = ?, home_y = ?, boundary = ?, "
            "updated_at = ? WHERE id = ?", [*_head_values(version), now_iso(), version.id])
        if cursor.rowcount == 0:
            raise NotFoundError(f"map version {version.id}")
        _write_pins(db, version)
