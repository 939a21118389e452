"""Deleting a session: asked first (naming its date and its agreements), only that session goes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu
from session_steps import answer_next_dialog, type_notes

from resokit_desktop.domain.client import Client
from resokit_desktop.domain.session import Agreement, Session
from resokit_desktop.storage import clients_repo, sessions_repo
from resokit_desktop.storage.connection import open_database


@pytest.fixture
def caseload(dossier):
    """Marie with three sessions (the middle one has two agreements), Jan with one."""
    db = dossier.db
    marie = clients_repo.save_client(db, Client(name="Marie Dubois", notes="Houdt van koken."))
    jan = clients_repo.save_client(db, Client(name="Jan Peeters"))
    ids = {}
    for day, worked_on, agreements in [
        ("2026-09-07", "Kennismaking", []),
        ("2026-10-05", "Netwerk in kaart", [Agreement("Buurthuis bellen", "Marie"),
                                            Agreement("Folder meebrengen", "Begeleider")]),
        ("2026-11-02", "Koffieochtend besproken", [Agreement("Koffieochtend proberen", "Marie")]),
    ]:
        ids[day] = sessions_repo.save_session(
            db, Session(client_id=marie, date=day, worked_on=worked_on, agreements=agreements))
    sessions_repo.save_session(db, Session(
        client_id=jan, date="2026-10-05", worked_on="Intake",
        agreements=[Agreement("Huisarts bellen", "Jan")]))
    return {"marie": marie, "jan": jan, "sessions": ids}


def _fresh(db_path):
    fresh = open_database(db_path)
    try:
        clients = {c: clients_repo.get_client(fresh, c) for c in
                   [r[0] for r in fresh.execute("SELECT id FROM clients ORDER BY id")]}
        sessions = {c: sessions_repo.list_sessions(fresh, c) for c in clients}
        orphans = fresh.execute(
            "SELECT count(*) FROM agreements WHERE session_id NOT IN (SELECT id FROM sessions)"
        ).fetchone()[0]
        return clients, sessions, orphans
    finally:
        fresh.conn.close()


def _open_sessions_tab(qtbot, window, client_id):
    window.refresh_clients()
    table = window.client_list.table
    model = table.model()
    row = next(r for r in range(model.rowCount())
               if model.index(r, 0).data() == clients_repo.get_client(window.dossier.db,
                                                                      client_id).name)
    rect = table.visualRect(model.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_client_id() == client_id
    tab = window.tab_widget("sessions")
    bar = window.tabs.tabBar()
    index = window.tabs.indexOf(tab)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert window.tabs.currentWidget() is tab
    return tab


def _click_list_row(qtbot, tab, row):
    lst = tab.session_list
    rect = lst.visualItemRect(lst.item(row))
    qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert lst.currentRow() == row


def test_deleting_a_session_asks_then_removes_it_and_its_agreements_only(
        qtbot, window, caseload, db_path):
    before_clients, before_sessions, _ = _fresh(db_path)
    tab = _open_sessions_tab(qtbot, window, caseload["marie"])
    assert tab.session_list.count() == 3
    _click_list_row(qtbot, tab, 1)  # 05-10-2026, the one with two agreements
    assert tab.editor.worked_on_field.toPlainText() == "Netwerk in kaart"

    seen: list[str] = []
    answer_next_dialog(qtbot, "confirm_delete_session", seen)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)

    text = " ".join(seen)
    assert "05-10-2026" in text
    assert "2 afspraken" in text and "mee weg" in text
    # The list now shows the next (older) session.
    assert tab.session_list.count() == 2
    assert tab.session_list.currentItem().text().startswith("07-09-2026")
    assert tab.editor.worked_on_field.toPlainText() == "Kennismaking"

    clients, sessions, orphans = _fresh(db_path)
    assert clients == before_clients  # nothing else of the client (or anyone) changed
    assert [s.date for s in sessions[caseload["marie"]]] == ["2026-11-02", "2026-09-07"]
    assert sessions[caseload["marie"]] == [s for s in before_sessions[caseload["marie"]]
                                           if s.date != "2026-10-05"]
    assert sessions[caseload["jan"]] == before_sessions[caseload["jan"]]
    assert orphans == 0


def test_cancel_keeps_the_session(qtbot, window, caseload, db_path):
    before = _fresh(db_path)
    tab = _open_sessions_tab(qtbot, window, caseload["marie"])
    _click_list_row(qtbot, tab, 0)
    seen: list[str] = []
    answer_next_dialog(qtbot, "cancel_delete_session", seen)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert "02-11-2026" in seen[0]
    assert "De afspraak van dit gesprek gaat mee weg." in seen[1]
    assert tab.session_list.count() == 3
    assert tab.editor.worked_on_field.toPlainText() == "Koffieochtend besproken"
    assert _fresh(db_path) == before


def test_the_dossier_menu_entry_deletes_the_shown_session_down_to_none(
        qtbot, window, caseload, db_path):
    action = window.action_registry.get("delete_session")
    assert action in window.findChild(QMenu, "menu_dossier").actions()
    assert action.text() == "&Gesprek verwijderen…"
    tab = _open_sessions_tab(qtbot, window, caseload["marie"])
    # From another tab, the entry brings the Gesprekken tab forward and deletes its session.
    window.tabs.setCurrentWidget(window.overview)
    _click_list_row(qtbot, tab, 2)  # the oldest: afterwards the list shows the one above it
    answer_next_dialog(qtbot, "confirm_delete_session")
    action.trigger()
    assert window.tabs.currentWidget() is tab
    assert tab.session_list.currentItem().text().startswith("05-10-2026")
    for _ in range(2):
        answer_next_dialog(qtbot, "confirm_delete_session")
        action.trigger()
    assert tab.session_list.count() == 0
    assert not tab.delete_button.isEnabled()
    assert "Nieuw gesprek" in tab.editor.heading.text()
    clients, sessions, orphans = _fresh(db_path)
    assert sessions[caseload["marie"]] == []
    assert len(sessions[caseload["jan"]]) == 1
    assert clients[caseload["marie"]].notes == "Houdt van koken."
    assert orphans == 0


def test_the_delete_key_in_the_session_list_asks_too(qtbot, window, caseload, db_path):
    tab = _open_sessions_tab(qtbot, window, caseload["marie"])
    _click_list_row(qtbot, tab, 0)
    seen: list[str] = []
    answer_next_dialog(qtbot, "confirm_delete_session", seen)
    qtbot.keyClick(tab.session_list, Qt.Key.Key_Delete)
    assert "02-11-2026" in seen[0]
    assert [s.date for s in _fresh(db_path)[1][caseload["marie"]]] == ["2026-10-05", "2026-09-07"]
    assert tab.session_list.currentItem().text().startswith("05-10-2026")


def test_typing_then_deleting_leaves_no_trace_and_cancel_keeps_the_typing(
        qtbot, window, caseload, db_path):
    tab = _open_sessions_tab(qtbot, window, caseload["marie"])
    _click_list_row(qtbot, tab, 0)
    type_notes(qtbot, tab.editor.worked_on_field, " Extra zin.")
    answer_next_dialog(qtbot, "cancel_delete_session")
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert tab.editor.worked_on_field.toPlainText() == "Koffieochtend besproken Extra zin."
    answer_next_dialog(qtbot, "confirm_delete_session")
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert not tab.has_pending_edits()
    assert tab.flush()
    sessions = _fresh(db_path)[1][caseload["marie"]]
    assert [s.date for s in sessions] == ["2026-10-05", "2026-09-07"]
    assert all("Extra zin" not in s.worked_on for s in sessions)
