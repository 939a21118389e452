"""The client table model, without a window, over 10,000 clients: counts and filters are right."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from resokit_desktop.domain.client import Client, ClientStatus
from resokit_desktop.storage import clients_repo
from resokit_desktop.storage.connection import transaction
from resokit_desktop.ui.dossiers.client_table_model import CLIENT_ID_ROLE, ClientTableModel

AREAS = ("Jette", "Laken", "Molenbeek", "Schaarbeek", "Evere")
STATUSES = (ClientStatus.ACTIVE, ClientStatus.ACTIVE, ClientStatus.CLOSED, ClientStatus.ARCHIVED)


@pytest.fixture(scope="module")
def big_db(tmp_path_factory):
    from resokit_desktop.storage.connection import open_database

    db = open_database(tmp_path_factory.mktemp("big") / "big.resokit")
    db.execute("PRAGMA synchronous = OFF")  # test set-up speed only
    with transaction(db):
        for i in range(10_000):
            clients_repo.save_client(db, Client(
                name=f"Persoon {i:05d}",
                neighbourhood=AREAS[i % len(AREAS)],
                status=STATUSES[i % len(STATUSES)],
                notes="houdt van zwemmen" if i % 100 == 0 else "",
            ))
    yield db
    db.conn.close()


def _read_all(model: ClientTableModel) -> int:
    """Read every page, as scrolling to the end does; returns the rows read."""
    while model.canFetchMore():
        model.fetchMore()
    return model.rowCount()


def _names(model: ClientTableModel) -> list[str]:
    _read_all(model)
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_status_filters_count_every_client_once(qapp, big_db):
    model = ClientTableModel(big_db)
    counts = {}
    for key in ("active", "closed", "archived", "all"):
        model.set_status_filter(key)
        counts[key] = (model.total_count(), _read_all(model),
                       len({model.client_id_at(r) for r in range(model.rowCount())}))
    assert counts == {"active": (5000,) * 3, "closed": (2500,) * 3, "archived": (2500,) * 3,
                      "all": (10_000,) * 3}
    assert model.columnCount() == 4  # name, neighbourhood, status, next appointment


def test_rows_are_sorted_by_name_and_carry_their_id(qapp, big_db):
    model = ClientTableModel(big_db)
    model.set_status_filter("all")
    names = _names(model)
    assert names == sorted(names)
    row = model.row_of(42)
    assert row is not None
    assert model.index(row, 0).data(CLIENT_ID_ROLE) == 42
    assert model.index(row, 0).data() == "Persoon 00041"
    assert model.index(row, 1).data() == AREAS[41 % 5]
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Naam"


def test_search_matches_names_neighbourhoods_and_notes(qapp, big_db):
    model = ClientTableModel(big_db)
    model.set_status_filter("all")
    model.set_search("zwemmen")
    assert model.rowCount() == 100
    model.set_search("Persoon 0999")
    assert _names(model) == [f"Persoon 0999{d}" for d in range(10)]
    model.set_search("laken")
    assert _read_all(model) == 2000
    model.set_status_filter("active")  # Laken = i % 5 == 1; active = i % 4 in (0, 1)
    assert _read_all(model) == sum(1 for i in range(10_000) if i % 5 == 1 and i % 4 in (0, 1))
    model.set_search("zzz-niemand")
    assert model.rowCount() == 0
    model.set_search("")
    assert model.total_count() == 5000


def test_status_text_is_dutch_and_ids_outside_the_rows_are_none(qapp, big_db):
    model = ClientTableModel(big_db)
    model.set_status_filter("closed")
    assert {model.index(r, 2).data() for r in range(0, model.rowCount(), 97)} == {"Afgesloten"}
    assert model.client_id_at(model.rowCount()) is None
    assert model.index(model.rowCount(), 0).data() is None


def test_a_name_cut_short_by_a_narrow_column_shows_in_full_as_a_tooltip(qapp, db):
    clients_repo.save_client(db, Client(name="Marie-Louise Vandenbroeck", neighbourhood="Laken"))
    model = ClientTableModel(db)
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "Marie-Louise Vandenbroeck"
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == "Laken"
