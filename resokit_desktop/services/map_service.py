"""Use cases of the buurtkaart: map images shared by the file, dated map versions per client, and
the client's one registry of places shared with the inclusieweb."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import sqlite_utils

from resokit_desktop.domain.buurtkaart import MapImageInfo, MapVersion, MapVersionRow
from resokit_desktop.domain.names import initials_of
from resokit_desktop.domain.summary import MapPlaceLine
from resokit_desktop.domain.web.model import EntryKind, RegistryEntry
from resokit_desktop.rendering.map_image import (
    ImageProblem,
    MapImageError,
    check_map_image,
    decode_map_image,
)
from resokit_desktop.storage import contacts_repo, map_repo
from resokit_desktop.storage.errors import NotFoundError, StorageError, WriteFailedError

# A file this large is refused before it is read at all.
MAX_FILE_BYTES = 200 * 1024 * 1024
PLACE_KINDS = (EntryKind.PLACE, EntryKind.GROUP)

__all__ = ["ImageProblem", "MapImageError", "MAX_FILE_BYTES", "SaveFailedError", "WriteFailedError"]


class SaveFailedError(Exception):
    """The map could not be stored (a full disk, a read-only file …); nothing of it was."""

    def __init__(self, cause: StorageError) -> None:
        super().__init__(str(cause))
        self.cause = cause if isinstance(cause, WriteFailedError) else WriteFailedError(str(cause))


# Images -----------------------------------------------------------------------------------------
def import_image(db: sqlite_utils.Database, path: Path) -> MapImageInfo:
    """Store a PNG or JPEG map once for every client of the file.

    Raises MapImageError (not an image, corrupt, over 50 megapixels) and OSError (unreadable);
    nothing is stored then.
    """
    path = Path(path)
    if path.stat().st_size > MAX_FILE_BYTES:
        raise MapImageError(ImageProblem.TOO_LARGE)
    data = path.read_bytes()
    checked = check_map_image(data)
    image_id = map_repo.add_image(db, "", checked.fmt, checked.width, checked.height, data)
    return MapImageInfo(image_id, "", checked.width, checked.height)


def images(db: sqlite_utils.Database) -> list[MapImageInfo]:
    return map_repo.list_images(db)


def image(db: sqlite_utils.Database, image_id: int | None):
    """The decoded map image (a QImage), or None for a blank canvas, an image this file does not
    hold (a client handed over from another file) or an unreadable one."""
    if image_id is None:
        return None
    try:
        data = map_repo.image_data(db, image_id)
    except NotFoundError:
        return None
    decoded = decode_map_image(data)
    return None if decoded.isNull() else decoded


# Versions ---------------------------------------------------------------------------------------
def list_versions(db: sqlite_utils.Database, client_id: int) -> list[MapVersionRow]:
    return map_repo.list_versions(db, client_id)


def load_version(db: sqlite_utils.Database, client_id: int,
                 version_id: int | None = None) -> MapVersion | None:
    """One version by id, or the latest; None when the client has no buurtkaart yet."""
    if version_id is not None:
        return map_repo.load_version(db, version_id)
    rows = map_repo.list_versions(db, client_id)
    return map_repo.load_version(db, rows[-1].id) if rows else None


def new_version(db: sqlite_utils.Database, client_id: int, version_date: date | str | None = None,
                image_id: int | None = None) -> MapVersion:
    """A new dated version: a copy (map, home, boundary, pins) of the latest one made on or before
    that day; the client's first one starts on ``image_id`` (None: a blank canvas)."""
    day = version_date or date.today()
    day = day.isoformat() if isinstance(day, date) else str(day)
    earlier = [r for r in map_repo.list_versions(db, client_id) if r.version_date <= day]
    if earlier:
        version = map_repo.load_version(db, earlier[-1].id).copied(day)
    else:
        version = MapVersion(None, client_id, day, image_id)
    map_repo.insert_version(db, version)
    return version


def save_version(db: sqlite_utils.Database, version: MapVersion) -> None:
    """Store the version as it is now; raises SaveFailedError when the file refuses."""
    try:
        map_repo.save_version(db, version)
    except StorageError as exc:
        raise SaveFailedError(exc) from exc


def not_stored() -> WriteFailedError:
    """The reason handed over with a map kept in memory over a lock (see KeptInput)."""
    return WriteFailedError("not stored")


# The client's registry of places ----------------------------------------------------------------
def registry(db: sqlite_utils.Database, client_id: int) -> list[RegistryEntry]:
    return contacts_repo.list_contacts(db, client_id)


def unpinned_places(db: sqlite_utils.Database, version: MapVersion) -> list[RegistryEntry]:
    """Places and groups of the client's registry (from the web too) not yet on this map."""
    return [e for e in registry(db, version.client_id)
            if e.kind in PLACE_KINDS and e.id not in version.pins]


def people(db: sqlite_utils.Database, client_id: int) -> list[RegistryEntry]:
    """The client's people, to say with whom they go somewhere."""
    return [e for e in registry(db, client_id) if e.kind == EntryKind.PERSON]


def add_place(db: sqlite_utils.Database, client_id: int, name: str) -> RegistryEntry:
    """A new place in the client's registry (it shows in the inclusieweb's list too)."""
    if not name.strip():
        raise ValueError("name_required")
    entry = RegistryEntry(None, client_id, EntryKind.PLACE, name.strip(), "")
    contacts_repo.add_contact(db, entry)
    return entry


def rename_place(db: sqlite_utils.Database, entry: RegistryEntry, name: str) -> None:
    if not name.strip():
        raise ValueError("name_required")
    entry.name = name.strip()
    contacts_repo.update_contact(db, entry)


def find_entry(db: sqlite_utils.Database, entry_id: int) -> RegistryEntry | None:
    try:
        return contacts_repo.get_contact(db, entry_id)
    except NotFoundError:
        return None


# The summary ------------------------------------------------------------------------------------
def has_content(version: MapVersion | None) -> bool:
    return version is not None and bool(version.pins or version.boundary or version.home)


def summary_places(db: sqlite_utils.Database, version: MapVersion,
                   initials_only: bool = False) -> list[MapPlaceLine]:
    """The pinned places for the summary, in name order; companions by initials when asked."""
    names = {e.id: e.name for e in registry(db, version.client_id)}
    lines = []
    for pin in sorted(version.pins.values(), key=lambda p: (p.name.casefold(), p.contact_id)):
        people = sorted(names[i] for i in pin.with_whom if i in names)
        if initials_only:
            people = [initials_of(n) for n in people]
        lines.append(MapPlaceLine(pin.name, str(pin.status), str(pin.feeling), tuple(people),
                                  pin.barriers))
    return lines
