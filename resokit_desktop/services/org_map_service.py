"""Use cases of the organisation's buurtkaart: the register's entries as pins on one shared map
(an imported map image or a blank canvas), each placed by the worker."""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from resokit_desktop.domain.buurtkaart import MapImageInfo, Point
from resokit_desktop.domain.neighbourhood.entry import NeighbourhoodEntry
from resokit_desktop.services import map_service
from resokit_desktop.storage import neighbourhood_repo, org_map_repo
from resokit_desktop.storage.errors import StorageError, WriteFailedError

__all__ = ["OrgMapPin", "StorageError", "WriteFailedError"]


@dataclass(frozen=True)
class OrgMapPin:
    """A register entry and its place on the organisation map (None: not placed yet)."""

    entry: NeighbourhoodEntry
    point: Point | None


def pins(db: sqlite_utils.Database) -> list[OrgMapPin]:
    """Every register entry (by name) with its position on the organisation map."""
    placed = org_map_repo.positions(db)
    return [OrgMapPin(entry, placed.get(entry.id))
            for entry in neighbourhood_repo.list_entries(db, None)]


def move(db: sqlite_utils.Database, moved: dict[int, Point | None]) -> None:
    """Store new positions (one transaction); raises StorageError when the file refuses."""
    org_map_repo.set_positions(db, moved)


def image_id(db: sqlite_utils.Database) -> int | None:
    return org_map_repo.image_id(db)


def set_image(db: sqlite_utils.Database, image: int | None) -> None:
    org_map_repo.set_image(db, image)


def images(db: sqlite_utils.Database) -> list[MapImageInfo]:
    return map_service.images(db)


def image(db: sqlite_utils.Database, image: int | None):
    """The decoded map (a QImage) or None for a blank canvas."""
    return map_service.image(db, image)
