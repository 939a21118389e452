"""The neighbourhood register in the file: stored, searched with FTS, filtered, deleted."""

from __future__ import annotations

import pytest

from resokit_desktop.domain.neighbourhood.entry import NeighbourhoodEntry, NeighbourhoodKind
from resokit_desktop.storage import neighbourhood_repo
from resokit_desktop.storage.connection import open_database
from resokit_desktop.storage.errors import NotFoundError
from resokit_desktop.storage.neighbourhood_repo import EntryFilter

K = NeighbourhoodKind


def _fill(db) -> dict[str, int]:
    entries = [
        NeighbourhoodEntry(kind=K.PLACE, name="Buurthuis De Linde", neighbourhood="Laken",
                           offers="Soepbar op dinsdag", needs="Iemand die mee kookt"),
        NeighbourhoodEntry(kind=K.KEY_FIGURE, name="Bakker Mohamed", neighbourhood="laken",
                           notes="Kent iedereen in de straat"),
        NeighbourhoodEntry(kind=K.INITIATIVE, name="Repair Café Marollen",
                           neighbourhood="Marollen", offers="Herstellingen, café",
                           languages="Frans, Nederlands"),
        NeighbourhoodEntry(kind=K.ORGANISATION, name="Vereniging Café Élan",
                           neighbourhood="Molenbeek"),
    ]
    return {e.name: neighbourhood_repo.save_entry(db, e) for e in entries}


def _names(entries) -> list[str]:
    return [e.name for e in entries]


def test_an_entry_is_stored_and_read_back_whole(db, db_path):
    entry = NeighbourhoodEntry(
        kind=K.INFORMAL_NETWORK, name="Wandelgroep\x1b Vrijdag", address="Vertrek aan de kerk",
        neighbourhood="Jette", offers="Wandelen", needs="Een gids", contact="0470 00 00 00",
        opening_hours="vrijdag 10u", accessibility="Vlak parcours", languages="Nederlands",
        notes="Eerste regel\nTweede regel", last_checked="2026-03-14")
    entry_id = neighbourhood_repo.save_entry(db, entry)
    db.conn.close()
    reopened = open_database(db_path)
    try:
        back = neighbourhood_repo.get_entry(reopened, entry_id)
    finally:
        reopened.conn.close()
    assert back.name == "Wandelgroep Vrijdag"  # the pasted control character is gone
    assert back.kind == K.INFORMAL_NETWORK and back.last_checked == "2026-03-14"
    assert back.notes == "Eerste regel\nTweede regel" and back.opening_hours == "vrijdag 10u"


def test_search_finds_words_in_any_text_field_as_typed_prefixes(db):
    _fill(db)
    assert _names(neighbourhood_repo.list_entries(db, EntryFilter(search="soep"))) == [
        "Buurthuis De Linde"]
    assert _names(neighbourhood_repo.list_entries(db, EntryFilter(search="kent straat"))) == [
        "Bakker Mohamed"]
    # Accents do not matter, and every word must match.
    assert _names(neighbourhood_repo.list_entries(db, EntryFilter(search="cafe"))) == [
        "Repair Café Marollen", "Vereniging Café Élan"]
    assert _names(neighbourhood_repo.list_entries(db, EntryFilter(search="elan"))) == [
        "Vereniging Café Élan"]
    assert neighbourhood_repo.list_entries(db, EntryFilter(search="!!!")) == []


def test_filters_by_kind_and_neighbourhood_combine_with_search(db):
    _fill(db)
    laken = neighbourhood_repo.list_entries(db, EntryFilter(neighbourhood="LAKEN"))
    assert _names(laken) == ["Bakker Mohamed", "Buurthuis De Linde"]
    places = neighbourhood_repo.list_entries(db, EntryFilter(kind="place", neighbourhood="Laken"))
    assert _names(places) == ["Buurthuis De Linde"]
    assert neighbourhood_repo.list_entries(
        db, EntryFilter(search="café", kind="organisation"))[0].name == "Vereniging Café Élan"
    assert neighbourhood_repo.neighbourhoods(db) == ["Laken", "Marollen", "Molenbeek"]


def test_an_edit_updates_the_search_index_and_delete_removes_it(db):
    ids = _fill(db)
    entry = neighbourhood_repo.get_entry(db, ids["Bakker Mohamed"])
    entry.notes = "Verkoopt ook taart"
    neighbourhood_repo.save_entry(db, entry)
    assert neighbourhood_repo.list_entries(db, EntryFilter(search="straat")) == []
    assert _names(neighbourhood_repo.list_entries(db, EntryFilter(search="taart"))) == [
        "Bakker Mohamed"]
    neighbourhood_repo.delete_entry(db, ids["Bakker Mohamed"])
    assert neighbourhood_repo.list_entries(db, EntryFilter(search="taart")) == []
    assert db.execute("SELECT count(*) FROM neighbourhood_entries_fts").fetchone()[0] == 3
    with pytest.raises(NotFoundError):
        neighbourhood_repo.get_entry(db, ids["Bakker Mohamed"])


def test_the_register_is_not_part_of_any_client(db):
    """Erasing or exporting a client follows foreign keys from clients: the register is apart."""
    from resokit_desktop.storage.client_rows_repo import client_tables

    assert "neighbourhood_entries" not in {t.name for t in client_tables(db)}
