"""A worker creates a client by typing; it is in the file, in the list, and search finds it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from ui_steps import clear_and_type, click_row

from resokit_desktop.storage import clients_repo
from resokit_desktop.storage.connection import open_database


def _new_client_by_keyboard(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.overview.form
    assert window.focusWidget() is form.name_field
    qtbot.keyClicks(form.name_field, "Rosa Verhoeven")
    qtbot.keyClicks(form.birth_year_field, "1949")
    qtbot.keyClicks(form.neighbourhood_field, "Kuregem")
    qtbot.keyClicks(form.email_field, "rosa@voorbeeld.be")
    qtbot.keyClicks(form.start_date_field, "03-11-2026")
    qtbot.mouseClick(form.notes_field.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.notes_field, "Wil graag opnieuw gaan zwemmen.")


def test_typed_client_is_in_the_file_in_the_list_and_found_by_search(qtbot, window, db_path):
    _new_client_by_keyboard(qtbot, window)
    # Moving to the search field (Ctrl+F) leaves the form: what was typed gets saved.
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.client_list.search_field.hasFocus()
    qtbot.waitUntil(lambda: window.overview.status.state == "saved")

    fresh = open_database(db_path)
    try:
        rows = clients_repo.list_clients(fresh, statuses=None)
        assert [r.name for r in rows] == ["Rosa Verhoeven"]
        stored = clients_repo.get_client(fresh, rows[0].id)
    finally:
        fresh.conn.close()
    assert stored.birth_year == 1949
    assert stored.neighbourhood == "Kuregem"
    assert stored.email == "rosa@voorbeeld.be"
    assert stored.start_date == "2026-11-03"
    assert stored.notes == "Wil graag opnieuw gaan zwemmen."

    model = window.client_list.model
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "Rosa Verhoeven"
    assert window.current_client_id() == rows[0].id
    assert window.client_list.current_client_id() == rows[0].id
    assert "Rosa" not in window.windowTitle()

    search = window.client_list.search_field
    # The list follows once typing pauses (the search is debounced).
    qtbot.keyClicks(search, "zwem")
    qtbot.waitUntil(lambda: model.search() == "zwem")
    assert model.rowCount() == 1
    clear_and_type(qtbot, search, "nergens")
    qtbot.waitUntil(lambda: model.search() == "nergens")
    assert model.rowCount() == 0
    clear_and_type(qtbot, search, "verho")
    qtbot.waitUntil(lambda: model.search() == "verho")
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Rosa Verhoeven"]


def test_search_narrows_the_list_and_a_click_opens_the_dossier(qtbot, window, dossier):
    from resokit_desktop.domain.client import Client

    for name, area in (("Jan Peeters", "Jette"), ("Lea Maes", "Laken"), ("Jana Smits", "Evere")):
        clients_repo.save_client(dossier.db, Client(name=name, neighbourhood=area))
    window.refresh_clients()
    search = window.client_list.search_field
    qtbot.keyClicks(search, "jan")
    model = window.client_list.model
    qtbot.waitUntil(lambda: model.search() == "jan")
    assert sorted(model.index(r, 0).data() for r in range(model.rowCount())) == [
        "Jan Peeters", "Jana Smits"]
    clear_and_type(qtbot, search, "laken")
    qtbot.waitUntil(lambda: model.search() == "laken")
    assert model.rowCount() == 1
    click_row(qtbot, window.client_list.table, 0)
    assert window.overview.form.name_field.text() == "Lea Maes"
    assert window.tabs.isVisible()
