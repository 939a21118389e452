"""Sharing the register with a colleague: export, import with merge, refusals, no client data."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import pytest

from resokit_desktop.domain.neighbourhood.entry import NeighbourhoodEntry, NeighbourhoodKind
from resokit_desktop.domain.neighbourhood.exchange_file import FORMAT
from resokit_desktop.services.register_service import (
    EntryFilter,
    MergeAction,
    RegisterFileRefused,
    RegisterService,
)
from resokit_desktop.storage.connection import open_database

sys.path.insert(0, str(Path(__file__).parents[1] / "security"))
from canary_data import hits, raw_bytes, write_client_canaries  # noqa: E402

K = NeighbourhoodKind


@pytest.fixture
def other_db(tmp_path: Path):
    database = open_database(tmp_path / "collega.resokit")
    yield database
    database.conn.close()


def _state(db) -> list[tuple]:
    return db.execute("SELECT * FROM neighbourhood_entries ORDER BY id").fetchall()


def test_export_then_import_merges_the_duplicate_and_keeps_both_notes(db, other_db, tmp_path):
    mine = RegisterService(db)
    mine.save(NeighbourhoodEntry(kind=K.PLACE, name="Buurthuis De Linde",
                                 address="Lindestraat 4", neighbourhood="Laken",
                                 offers="Soepbar", notes="Mijn notitie: vraag naar Ilse."))
    mine.save(NeighbourhoodEntry(kind=K.KEY_FIGURE, name="Bakker Mohamed", neighbourhood="Laken"))
    theirs = RegisterService(other_db)
    theirs.save(NeighbourhoodEntry(kind=K.PLACE, name="buurthuis de linde",
                                   address="Lindestraat, 4", neighbourhood="Laken",
                                   offers="Soepbar en naaiatelier", opening_hours="di 12u",
                                   notes="Hun notitie: atelier op donderdag.",
                                   last_checked="2026-05-02"))
    theirs.save(NeighbourhoodEntry(kind=K.INITIATIVE, name="Repair Café", neighbourhood="Jette"))
    exported = tmp_path / "register.json"
    assert theirs.export(exported) == 2

    preview = mine.preview_import(exported)
    assert [i.action for i in preview.items] == [MergeAction.MERGE, MergeAction.NEW]
    assert [(c.field, c.ours, c.theirs) for c in preview.items[0].conflicts] == [
        ("offers", "Soepbar", "Soepbar en naaiatelier")]
    assert len(_state(db)) == 2  # the preview wrote nothing
    result = mine.apply_import(preview, "— Van collega (%1) —", today=date(2026, 6, 1))
    assert (result.added, result.merged, result.unchanged) == (1, 1, 0)

    entries = {e.name: e for e in mine.entries()}
    assert set(entries) == {"Buurthuis De Linde", "Bakker Mohamed", "Repair Café"}
    merged = entries["Buurthuis De Linde"]
    assert merged.notes == ("Mijn notitie: vraag naar Ilse.\n\n— Van collega (01-06-2026) —\n"
                            "Hun notitie: atelier op donderdag.")
    assert merged.offers == "Soepbar"  # ours kept on a conflict
    assert merged.opening_hours == "di 12u" and merged.last_checked == "2026-05-02"
    # The merged notes are searchable; importing the same file again changes nothing.
    assert [e.name for e in mine.entries(EntryFilter(search="atelier"))] == [
        "Buurthuis De Linde"]
    again = mine.preview_import(exported)
    assert [i.action for i in again.items] == [MergeAction.MERGE, MergeAction.SAME]
    assert not again.items[0].adds_notes and again.items[0].filled == []
    assert [c.field for c in again.items[0].conflicts] == ["offers"]  # still shown, ours kept
    mine.apply_import(again, "— Van collega (%1) —", today=date(2026, 6, 2))
    assert {e.name: e for e in mine.entries()}["Buurthuis De Linde"].notes == merged.notes


def test_a_conflict_can_take_their_value(db, other_db, tmp_path):
    RegisterService(db).save(NeighbourhoodEntry(name="Park", contact="oud nummer"))
    RegisterService(other_db).save(NeighbourhoodEntry(name="Park", contact="nieuw nummer"))
    path = tmp_path / "r.json"
    RegisterService(other_db).export(path)
    preview = RegisterService(db).preview_import(path)
    preview.items[0].conflicts[0].take_theirs = True
    RegisterService(db).apply_import(preview)
    assert RegisterService(db).entries()[0].contact == "nieuw nummer"


def test_a_filtered_export_holds_only_those_entries_and_says_it_holds_no_client_data(db, tmp_path):
    service = RegisterService(db)
    service.save(NeighbourhoodEntry(name="Park", neighbourhood="Laken"))
    service.save(NeighbourhoodEntry(name="Bib", neighbourhood="Jette"))
    path = tmp_path / "laken.json"
    assert service.export(path, EntryFilter(neighbourhood="Laken")) == 1
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == FORMAT and document["version"] == 1
    assert "geen cliëntgegevens" in document["notice"]
    assert "no client data" in document["notice"]
    assert [e["name"] for e in document["entries"]] == ["Park"]
    assert path.stat().st_mode & 0o777 == 0o600


def test_no_client_text_in_the_export_of_a_demo_dossier(db, tmp_path):
    """Canaries in every client field of a demo dossier; the register export holds none."""
    from resokit_desktop.services import demo_caseload
    from resokit_desktop.services.demo_service import fill_demo

    fill_demo(db, date(2026, 6, 1))
    canaries = write_client_canaries(db)
    assert canaries.uncovered_tables == []
    service = RegisterService(db)
    assert service.count() >= 25
    path = tmp_path / "buurtregister.json"
    service.export(path)
    data = raw_bytes(path)
    assert b"Buurthuis" in data or b"buurt" in data.lower()  # the scan sees real content
    assert hits(data, canaries.tokens) == []
    client_names = [c.name for c in demo_caseload.demo_clients(date(2026, 6, 1))]
    assert [n for n in client_names if n.encode() in data] == []


def _refused(db, tmp_path: Path, content: bytes, code: str) -> None:
    RegisterService(db).save(NeighbourhoodEntry(name="Bestaand", notes="blijft"))
    before = _state(db)
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(RegisterFileRefused) as caught:
        RegisterService(db).preview_import(path)
    assert caught.value.code == code
    assert _state(db) == before


def _register(entries: list[dict], **top) -> bytes:
    return json.dumps({"format": FORMAT, "version": 1, "entries": entries, **top}).encode()


@pytest.mark.parametrize(("content", "code"), [
    (b"\x89PNG\r\n\x1a\n not json", "not_json"),
    (b"", "not_json"),
    (json.dumps({"format": "resokit-transfer", "version": 1, "entries": []}).encode(),
     "not_a_register"),
    (json.dumps([{"name": "Park"}]).encode(), "not_a_register"),
    (_register([], clients=[{"name": "Marie"}]), "unexpected_field"),
    (_register([{"kind": "place", "name": "Park", "client_id": 3}]), "unexpected_field"),
    (_register([{"kind": "place", "name": "Park", "birth_year": 1950}]), "unexpected_field"),
    (_register([{"kind": "client", "name": "Marie"}]), "invalid_entry"),
    (_register([{"kind": "place", "name": ""}]), "invalid_entry"),
    (_register([{"kind": "place", "name": "Park", "last_checked": "2026-02-30"}]),
     "invalid_entry"),
    (_register([{"kind": "place", "name": ["x"]}]), "invalid_entry"),
    (json.dumps({"format": FORMAT, "version": 2, "entries": []}).encode(), "newer_version"),
])
def test_a_file_that_is_not_a_register_export_is_refused_and_changes_nothing(
        db, tmp_path, content, code):
    _refused(db, tmp_path, content, code)


def test_a_folder_is_refused(db, tmp_path):
    with pytest.raises(RegisterFileRefused) as caught:
        RegisterService(db).preview_import(tmp_path)
    assert caught.value.code == "not_a_file"


def test_add_to_client_contacts_copies_the_entry_once(db):
    from resokit_desktop.domain.client import Client
    from resokit_desktop.storage import clients_repo, contacts_repo

    client_id = clients_repo.save_client(db, Client(name="Lotte"))
    service = RegisterService(db)
    entry_id = service.save(NeighbourhoodEntry(kind=K.KEY_FIGURE, name="Bakker Mohamed",
                                               address="Kerkplein 2"))
    contact_id, added = service.add_to_client_contacts(entry_id, client_id)
    assert added
    assert service.add_to_client_contacts(entry_id, client_id) == (contact_id, False)
    [contact] = contacts_repo.list_contacts(db, client_id)
    assert (contact.name, str(contact.kind), contact.note) == (
        "Bakker Mohamed", "person", "Kerkplein 2")


def test_open_needs_lists_entries_that_ask_for_something(db):
    service = RegisterService(db)
    service.save(NeighbourhoodEntry(name="Moestuin", neighbourhood="Laken", needs="Gieters"))
    service.save(NeighbourhoodEntry(name="Park", neighbourhood="Laken", needs="  "))
    service.save(NeighbourhoodEntry(name="Koor", neighbourhood="Jette", needs="Een pianist"))
    assert [e.name for e in service.open_needs()] == ["Koor", "Moestuin"]
    assert [e.name for e in service.open_needs("laken")] == ["Moestuin"]


def test_an_export_to_a_folder_or_a_device_is_refused_and_writes_nothing(db, tmp_path):
    service = RegisterService(db)
    service.save(NeighbourhoodEntry(name="Park"))
    with pytest.raises(OSError):
        service.export(tmp_path)
    target = tmp_path / "r.json"
    target.write_text("eerdere inhoud")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    with pytest.raises(OSError):
        service.export(link)
    assert target.read_text() == "eerdere inhoud"
    assert sorted(p.name for p in tmp_path.iterdir() if "json" in p.name) == [
        "link.json", "r.json"]  # no half-written temporary file left either


def test_undo_of_a_delete_keeps_the_id_unless_a_new_entry_took_it(db):
    service = RegisterService(db)
    first = service.save(NeighbourhoodEntry(name="Park", notes="blijft"))
    gone = service.delete(first)
    assert service.restore(gone) == first
    assert [e.name for e in service.entries(EntryFilter(search="blijft"))] == ["Park"]
    gone = service.delete(first)
    newer = service.save(NeighbourhoodEntry(name="Bib"))  # SQLite may hand out the same id
    back = service.restore(gone)
    assert {service.entry(newer).name, service.entry(back).name} == {"Bib", "Park"}
