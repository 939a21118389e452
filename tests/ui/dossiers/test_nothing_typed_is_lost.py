"""Pending edits are saved when the worker switches client or closes the window, and on a pause."""

from __future__ import annotations

from PySide6.QtCore import Qt
from ui_steps import answer_next_dialog, click_row

from resokit_desktop.domain.client import Client, ClientStatus
from resokit_desktop.storage import clients_repo
from resokit_desktop.storage.connection import open_database


def _stored(db_path, client_id) -> Client:
    fresh = open_database(db_path)
    try:
        return clients_repo.get_client(fresh, client_id)
    finally:
        fresh.conn.close()


def _two(dossier, window) -> tuple[int, int]:
    first = clients_repo.save_client(dossier.db, Client(name="Anna Claes"))
    second = clients_repo.save_client(dossier.db, Client(name="Bert Janssens"))
    window.refresh_clients()
    return first, second


def test_switching_client_saves_what_was_just_typed(qtbot, window, dossier, db_path):
    first, second = _two(dossier, window)
    click_row(qtbot, window.client_list.table, 0)
    notes = window.overview.form.notes_field
    qtbot.mouseClick(notes.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(notes, "Belt liever dan te mailen.")
    assert window.overview.saver.is_pending()  # not yet saved by the timer
    click_row(qtbot, window.client_list.table, 1)
    assert window.current_client_id() == second
    assert _stored(db_path, first).notes == "Belt liever dan te mailen."


def test_closing_the_window_saves_what_was_just_typed(qtbot, window, dossier, db_path):
    first, _ = _two(dossier, window)
    click_row(qtbot, window.client_list.table, 0)
    field = window.overview.form.phone_field
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(field, "0470 12 34 56")
    assert window.close()
    assert _stored(db_path, first).phone == "0470 12 34 56"


def test_a_pause_in_typing_saves(qtbot, window, dossier, db_path):
    first, _ = _two(dossier, window)
    click_row(qtbot, window.client_list.table, 0)
    field = window.overview.form.languages_field
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(field, "Pools")
    qtbot.waitUntil(lambda: _stored(db_path, first).languages == "Pools")
    assert "bewaard" in window.overview.status.text()


def test_closing_with_invalid_input_asks_and_go_back_keeps_the_window(qtbot, window, dossier):
    _two(dossier, window)
    click_row(qtbot, window.client_list.table, 0)
    field = window.overview.form.birth_year_field
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(field, "19x8")
    answer_next_dialog(qtbot, "leave_back")
    assert window.close() is False
    assert window.isVisible()
    assert field.text() == "19x8"
    assert "cijfers" in window.overview.form.messages["birth_year"].text()


def test_close_archive_and_delete_from_the_dossier_menu(qtbot, window, dossier, db_path):
    first, second = _two(dossier, window)
    from resokit_desktop.domain.session import Agreement, Session
    from resokit_desktop.storage import sessions_repo

    sessions_repo.save_session(dossier.db, Session(
        client_id=first, date="2026-11-02", agreements=[Agreement(what="Bellen")]))
    click_row(qtbot, window.client_list.table, 0)
    window.action_registry.get("close_client").trigger()
    assert _stored(db_path, first).status == ClientStatus.CLOSED
    # The Actief filter no longer lists a closed client; Alle does.
    assert window.client_list.model.rowCount() == 1
    window.client_list.status_filter.setCurrentIndex(
        window.client_list.status_filter.findData("all"))
    assert window.client_list.model.rowCount() == 2
    window.action_registry.get("archive_client").trigger()
    assert _stored(db_path, first).status == ClientStatus.ARCHIVED
    assert window.overview.form.status_field.currentData() == "archived"

    # Cancel keeps everything; confirming removes every row of this client.
    answer_next_dialog(qtbot, "cancel_delete")
    window.action_registry.get("delete_client").trigger()
    assert clients_repo.client_exists(dossier.db, first)
    seen: list[str] = []
    answer_next_dialog(qtbot, "confirm_delete", seen)
    window.action_registry.get("delete_client").trigger()
    assert "Alles van Anna Claes" in seen[0]
    fresh = open_database(db_path)
    try:
        assert not clients_repo.client_exists(fresh, first)
        assert fresh.execute("SELECT count(*) FROM sessions").fetchone()[0] == 0
        assert fresh.execute("SELECT count(*) FROM agreements").fetchone()[0] == 0
        assert clients_repo.client_exists(fresh, second)
    finally:
        fresh.conn.close()
    assert window.current_client_id() is None
    assert window.client_list.model.rowCount() == 1
