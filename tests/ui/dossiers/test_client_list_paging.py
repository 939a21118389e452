"""The client list over more clients than one page: typing, scrolling, filters, sorting, selection.

Real widgets driven by real keys and clicks; the list reads its rows a page at a time.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from resokit_desktop.domain.client import Client, ClientStatus
from resokit_desktop.domain.session import Session
from resokit_desktop.storage import clients_repo, sessions_repo
from resokit_desktop.storage.connection import open_database, transaction
from resokit_desktop.ui.dossiers.client_list_panel import ClientListPanel
from resokit_desktop.ui.dossiers.client_table_model import (
    COLUMN_NAME,
    COLUMN_NEIGHBOURHOOD,
    COLUMN_NEXT_APPOINTMENT,
    COLUMN_STATUS,
    PAGE_SIZE,
)

COUNT = 2 * PAGE_SIZE + 300  # three pages
AREAS = ("Jette", "laken", "Molenbeek", "Evere", "anderlecht")
STATUSES = (ClientStatus.ACTIVE, ClientStatus.ACTIVE, ClientStatus.CLOSED, ClientStatus.ARCHIVED)
STATUS_NL = {"active": "Actief", "closed": "Afgesloten", "archived": "Gearchiveerd"}


def _name(i: int) -> str:
    # Scrambled so that id order, name order and neighbourhood order all differ.
    first = ("marie", "Jan", "Marc", "ana", "Martin")[i % 5]
    return f"{first} {(i * 7919) % COUNT:04d}"


def _appointment(i: int) -> str | None:
    return f"2026-{1 + i % 12:02d}-{1 + i % 28:02d} 10:00" if i % 9 == 0 else None


@pytest.fixture(scope="module")
def caseload(tmp_path_factory):
    path = tmp_path_factory.mktemp("paging") / "paging.resokit"
    db = open_database(path)
    db.execute("PRAGMA synchronous = OFF")  # test set-up speed only
    expected = []
    with transaction(db):
        for i in range(COUNT):
            client = Client(name=_name(i), neighbourhood=AREAS[i % len(AREAS)],
                            status=STATUSES[i % len(STATUSES)],
                            notes="speelt gitaar" if i % 50 == 0 else "")
            client_id = clients_repo.save_client(db, client)
            expected.append((client_id, _name(i), AREAS[i % len(AREAS)],
                             str(STATUSES[i % len(STATUSES)]), _appointment(i)))
    for client_id, *_rest, appointment in expected:
        if appointment:
            sessions_repo.save_session(db, Session(client_id=client_id, date="2026-01-02",
                                                   next_appointment=appointment))
    db.conn.close()
    return path, expected


@pytest.fixture
def panel(qtbot, caseload):
    db = open_database(caseload[0])
    widget = ClientListPanel(db)
    qtbot.addWidget(widget)
    widget.resize(700, 600)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    db.conn.close()


def _names_read(panel) -> list[str]:
    model = panel.model
    return [model.index(r, COLUMN_NAME).data() for r in range(model.rowCount())]


def _scroll_to_the_end(qtbot, panel) -> None:
    """Ctrl+End in the table, again and again, as a user does until the list stops growing."""
    table = panel.table
    table.setFocus()
    while True:
        before = panel.model.rowCount()
        qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        QApplication.processEvents()
        at_end = table.currentIndex().row() == panel.model.rowCount() - 1
        if panel.model.rowCount() == before and at_end:
            return


def _choose_status(qtbot, panel, key: str) -> None:
    combo = panel.status_filter
    combo.setFocus()
    target = combo.findData(key)
    while combo.currentIndex() != target:
        down = combo.currentIndex() < target
        qtbot.keyClick(combo, Qt.Key.Key_Down if down else Qt.Key.Key_Up)


def _click_header(qtbot, panel, column: int) -> None:
    header = panel.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_scrolling_to_the_end_reads_the_next_pages(qtbot, panel, caseload):
    _choose_status(qtbot, panel, "all")
    assert panel.model.rowCount() == PAGE_SIZE  # one page read, not all of them
    assert panel.count_label.text() == f"{COUNT} getoond"
    _scroll_to_the_end(qtbot, panel)
    names = _names_read(panel)
    assert len(names) == COUNT
    assert names == sorted((row[1] for row in caseload[1]), key=str.casefold)
    # The last client is on screen.
    last = panel.model.index(COUNT - 1, COLUMN_NAME)
    assert panel.table.viewport().rect().intersects(panel.table.visualRect(last))


def test_typing_in_the_search_filters_the_list(qtbot, panel, caseload):
    _choose_status(qtbot, panel, "all")
    qtbot.mouseClick(panel.search_field, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(panel.search_field, "Mar")
    qtbot.waitUntil(lambda: panel.model.search() == "Mar")
    # A broad search: a page is read, the rest follows while scrolling.
    matching = sorted((row[1] for row in caseload[1] if row[1].casefold().startswith("mar")),
                      key=str.casefold)
    assert len(matching) > PAGE_SIZE
    assert panel.count_label.text() == f"Meer dan {PAGE_SIZE} gevonden"
    _scroll_to_the_end(qtbot, panel)
    assert _names_read(panel) == matching
    assert panel.count_label.text() == f"{len(matching)} getoond"
    qtbot.keyClicks(panel.search_field, "ie gitaar")
    qtbot.waitUntil(lambda: panel.model.search() == "Marie gitaar")
    expected = sorted((row[1] for i, row in enumerate(caseload[1])
                       if i % 50 == 0 and row[1].startswith("marie")), key=str.casefold)
    assert _names_read(panel) == expected
    assert panel.count_label.text() == f"{len(expected)} getoond"


def test_a_word_typed_in_one_go_reads_the_list_once_after_the_last_key(qtbot, panel):
    resets = []
    panel.model.modelReset.connect(lambda: resets.append(panel.model.search()))
    qtbot.mouseClick(panel.search_field, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(panel.search_field, "Marie")
    assert resets == []  # no key waited for a query
    qtbot.waitUntil(lambda: resets != [])
    assert resets == ["Marie"]
    assert {panel.model.index(r, COLUMN_NAME).data().split()[0]
            for r in range(panel.model.rowCount())} == {"marie"}


def test_the_status_filter_shows_the_right_counts(qtbot, panel, caseload):
    for key in ("active", "closed", "archived", "all"):
        _choose_status(qtbot, panel, key)
        expected = [row for row in caseload[1] if key == "all" or row[3] == key]
        assert panel.count_label.text() == f"{len(expected)} getoond"
        _scroll_to_the_end(qtbot, panel)
        statuses = {panel.model.index(r, COLUMN_STATUS).data()
                    for r in range(panel.model.rowCount())}
        assert panel.model.rowCount() == len(expected)
        assert statuses == {STATUS_NL[row[3]] for row in expected}


def _expected_order(rows, column: int, descending: bool) -> list[str]:
    def name_key(row):
        return (row[1].casefold(), row[0])

    if column == COLUMN_NAME:
        return [r[1] for r in sorted(rows, key=name_key, reverse=descending)]
    if column == COLUMN_NEIGHBOURHOOD:
        ordered = sorted(rows, key=lambda r: (r[2].casefold(), *name_key(r)), reverse=descending)
        return [r[1] for r in ordered]
    if column == COLUMN_STATUS:
        ordered = sorted(rows, key=lambda r: (STATUS_NL[r[3]], *name_key(r)), reverse=descending)
        return [r[1] for r in ordered]
    dated = sorted((r for r in rows if r[4]), key=lambda r: (r[4], *name_key(r)),
                   reverse=descending)
    undated = sorted((r for r in rows if not r[4]), key=name_key, reverse=descending)
    return [r[1] for r in dated + undated]  # no appointment: last either way


@pytest.mark.parametrize("column", [COLUMN_NAME, COLUMN_NEIGHBOURHOOD, COLUMN_STATUS,
                                    COLUMN_NEXT_APPOINTMENT])
def test_sorting_by_each_column_holds_across_pages(qtbot, panel, caseload, column):
    _choose_status(qtbot, panel, "all")
    header = panel.table.horizontalHeader()
    for descending in (False, True):
        _click_header(qtbot, panel, column)
        want = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        if header.sortIndicatorOrder() != want:
            _click_header(qtbot, panel, column)
        assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (column, want)
        assert panel.model.rowCount() == PAGE_SIZE
        _scroll_to_the_end(qtbot, panel)
        assert _names_read(panel) == _expected_order(caseload[1], column, descending)


def test_the_shown_client_stays_selected_after_a_reload_and_a_new_order(qtbot, panel, caseload):
    _choose_status(qtbot, panel, "all")
    ordered = _expected_order(caseload[1], COLUMN_NAME, False)
    # A client on the third page: the list has to read up to it.
    wanted_name = ordered[2 * PAGE_SIZE + 17]
    wanted = next(row[0] for row in caseload[1] if row[1] == wanted_name)
    panel.set_shown_client(wanted)
    assert panel.current_client_id() == wanted
    panel.reload(wanted)  # e.g. after a save
    assert panel.model.rowCount() >= 2 * PAGE_SIZE + 18
    assert panel.current_client_id() == wanted
    # Rows read on the way (some as ids only) show their client when scrolled to.
    assert _names_read(panel) == ordered[:panel.model.rowCount()]
    index = panel.table.selectionModel().currentIndex()
    assert panel.table.viewport().rect().intersects(panel.table.visualRect(index))
    _click_header(qtbot, panel, COLUMN_NEIGHBOURHOOD)
    assert panel.current_client_id() == wanted
    _choose_status(qtbot, panel, "active")
    _choose_status(qtbot, panel, "all")
    assert panel.current_client_id() == wanted
