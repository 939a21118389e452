"""Buurtkaart storage round trips: pins with companions and a register link, the shared images,
a removed contact leaving every map, and a stored boundary that is not a list read as none."""

from __future__ import annotations

from resokit_desktop.domain.buurtkaart import Feeling, MapVersion, Pin, PinStatus
from resokit_desktop.domain.client import Client
from resokit_desktop.domain.web.model import EntryKind, RegistryEntry
from resokit_desktop.storage import clients_repo, contacts_repo, map_repo


def _entry(db, client_id: int, kind: EntryKind, name: str) -> int:
    return contacts_repo.add_contact(db, RegistryEntry(None, client_id, kind, name, ""))


def test_a_version_round_trips_with_companions_and_a_register_link(db):
    client_id = clients_repo.save_client(db, Client(id=None, name="A"))
    cafe = _entry(db, client_id, EntryKind.PLACE, "Café")
    friend = _entry(db, client_id, EntryKind.PERSON, "Vriendin")
    image_id = map_repo.add_image(db, "", "png", 10, 8, b"\x89PNG...")
    version = MapVersion(None, client_id, "2026-03-02", image_id, (0.5, 0.25),
                         [(0.1, 0.1), (0.9, 0.1), (0.5, 0.9)])
    version.pins[cafe] = Pin(cafe, "Café", 0.2, 0.3, PinStatus.WOULD_LIKE, Feeling.NEUTRAL,
                             frozenset({friend}), "Te duur", neighbourhood_entry_id=42)
    map_repo.insert_version(db, version)
    loaded = map_repo.load_version(db, version.id)
    assert loaded == version
    assert map_repo.list_images(db)[0].width == 10
    assert map_repo.image_data(db, image_id) == b"\x89PNG..."

    contacts_repo.delete_contact(db, friend)  # leaves the companions
    assert map_repo.load_version(db, version.id).pins[cafe].with_whom == frozenset()
    contacts_repo.delete_contact(db, cafe)  # leaves the map
    assert map_repo.load_version(db, version.id).pins == {}


def test_a_boundary_that_is_not_a_list_of_pairs_reads_as_none(db):
    client_id = clients_repo.save_client(db, Client(id=None, name="A"))
    version = MapVersion(None, client_id, "2026-03-02")
    map_repo.insert_version(db, version)
    db.execute("UPDATE map_versions SET boundary = ? WHERE id = ?", ['{"nl": "x"}', version.id])
    assert map_repo.load_version(db, version.id).boundary == []
