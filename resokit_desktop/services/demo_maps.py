"""The demo's buurtkaarten: one drawn street plan shared by the file, and for demo clients a map
with home, their own neighbourhood and the places of their registry (from the demo webs)."""

from __future__ import annotations

from datetime import date, timedelta

import sqlite_utils

from resokit_desktop.domain.buurtkaart import Feeling, MapVersion, Pin, PinStatus
from resokit_desktop.domain.web.model import EntryKind, RegistryEntry, TieStatus
from resokit_desktop.rendering.demo_map import SIZE, demo_map_png
from resokit_desktop.services import demo_service
from resokit_desktop.storage import contacts_repo, map_repo, web_repo

HOMES = [(0.42, 0.44), (0.66, 0.72), (0.30, 0.70), (0.74, 0.36), (0.52, 0.30)]
# Places spread around home, as offsets (fractions of the map).
SPOTS = [(0.12, -0.10), (-0.14, 0.06), (0.20, 0.12), (-0.06, -0.20), (0.04, 0.18),
         (-0.22, -0.08), (0.26, -0.04), (0.10, 0.24)]
STATUS_OF_TIE = {TieStatus.ACTIVE: PinStatus.GOES_NOW, TieStatus.SLEEPING: PinStatus.USED_TO_GO,
                 TieStatus.WISHED_FOR: PinStatus.WOULD_LIKE, TieStatus.BROKEN: PinStatus.AVOIDS}
FEELINGS = (Feeling.SAFE, Feeling.NEUTRAL, Feeling.SAFE, Feeling.UNKNOWN)
MAP_CLIENTS = 5  # the first demo clients get a buurtkaart


def _clamp(value: float) -> float:
    return min(0.95, max(0.05, value))


def _places(db: sqlite_utils.Database, client_id: int) -> list[tuple[RegistryEntry, TieStatus]]:
    """The client's places and groups, with their status on the latest web (if any)."""
    rows = web_repo.list_versions(db, client_id)
    members = web_repo.load_version(db, rows[-1].id).members if rows else {}
    return [(e, members[e.id].tie.status if e.id in members else TieStatus.ACTIVE)
            for e in contacts_repo.list_contacts(db, client_id)
            if e.kind in (EntryKind.PLACE, EntryKind.GROUP)]


def add_demo_maps(db: sqlite_utils.Database, client_ids: list[int], today: date) -> None:
    data = demo_map_png()
    image_id = map_repo.add_image(db, "", "png", SIZE[0], SIZE[1], data)
    for index, client_id in enumerate(client_ids[:MAP_CLIENTS]):
        hx, hy = HOMES[index % len(HOMES)]
        version = MapVersion(None, client_id, (today - timedelta(days=21)).isoformat(),
                             image_id, (hx, hy))
        version.boundary = [(_clamp(hx - 0.16), _clamp(hy - 0.13)),
                            (_clamp(hx + 0.12), _clamp(hy - 0.16)),
                            (_clamp(hx + 0.18), _clamp(hy + 0.08)),
                            (_clamp(hx + 0.02), _clamp(hy + 0.17)),
                            (_clamp(hx - 0.17), _clamp(hy + 0.07))]
        people = [e for e in contacts_repo.list_contacts(db, client_id)
                  if e.kind == EntryKind.PERSON]
        places = _places(db, client_id)
        station = RegistryEntry(None, client_id, EntryKind.PLACE, "Station", "")
        contacts_repo.add_contact(db, station)
        places.append((station, TieStatus.BROKEN))
        for number, (entry, status) in enumerate(places):
            dx, dy = SPOTS[number % len(SPOTS)]
            pin_status = STATUS_OF_TIE[status]
            feeling = (Feeling.UNSAFE if pin_status == PinStatus.AVOIDS
                       else FEELINGS[number % len(FEELINGS)])
            with_whom = frozenset({people[number % len(people)].id}) if people and number % 2 \
                else frozenset()
            barriers = ("Te druk en te lawaaierig." if pin_status == PinStatus.AVOIDS
                        else "Geen vervoer 's avonds." if pin_status == PinStatus.WOULD_LIKE
                        else "")
            version.pins[entry.id] = Pin(entry.id, entry.name, _clamp(hx + dx), _clamp(hy + dy),
                                         pin_status, feeling, with_whom, barriers)
        map_repo.insert_version(db, version)


demo_service.EXTENSIONS.append(add_demo_maps)
