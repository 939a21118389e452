"""The main window shell: menus from the action registry, shortcuts, title, remembered layout."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMainWindow

from resokit_desktop.domain.client import Client
from resokit_desktop.storage import clients_repo
from resokit_desktop.ui.actions import RESERVED_SHORTCUTS, ActionRegistry
from resokit_desktop.ui.dossier_tabs import register_tab, registered_tabs
from resokit_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, dossier):
    main = MainWindow(dossier)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()  # shortcuts work in the active window only
    qtbot.waitUntil(main.isActiveWindow)
    yield main
    main.close()
    main.deleteLater()


def test_menus_hold_the_registered_actions(window):
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles == ["Bestand", "Bewerken", "Dossier", "Beeld", "Help"]
    dossier_menu = window.menuBar().actions()[2].menu()
    texts = [a.text().replace("&", "") for a in dossier_menu.actions() if not a.isSeparator()]
    assert texts[0] == "Nieuwe cliënt"
    assert "Cliënt definitief verwijderen…" in texts
    registry = window.action_registry
    for shortcut, key in {"Ctrl+N": "new_client", "Ctrl+F": "search", "Ctrl+Z": "undo",
                          "Ctrl+Shift+Z": "redo", "Del": "delete", "Ctrl+Q": "quit"}.items():
        assert registry.shortcut_owner(shortcut) == key
    # Dossier actions wait for a client.
    assert not registry.get("delete_client").isEnabled()


def test_reserved_and_duplicate_shortcuts_are_refused(qapp):
    registry = ActionRegistry(QMainWindow())
    registry.add("new_client", "Nieuw", "Ctrl+N", "dossier")
    with pytest.raises(ValueError, match="already used"):
        registry.add("other", "Ander", "Ctrl+N", "file")
    with pytest.raises(ValueError, match="reserved"):
        registry.add("export", "Exporteren", "Ctrl+P", "file")
    registry.add(RESERVED_SHORTCUTS["Ctrl+P"], "Afdrukken", "Ctrl+P", "file")
    with pytest.raises(ValueError, match="unknown menu"):
        registry.add("x", "x", None, "tools")


def test_tabs_come_from_the_registry_in_order(window):
    keys = [w.property("tab_key") for w in window.tab_widgets()]
    specs = registered_tabs()
    assert keys == [s.key for s in specs]
    assert keys[:2] == ["overview", "sessions"]
    with pytest.raises(ValueError):
        register_tab("clash", 10, lambda: "x", lambda d, p: None)


def test_ctrl_f_focuses_search_and_title_never_names_the_client(qtbot, window, dossier):
    clients_repo.save_client(dossier.db, Client(name="Zora Vermeulen"))
    window.refresh_clients()
    window.open_client(window.client_list.model.client_id_at(0))
    assert window.overview.form.name_field.text() == "Zora Vermeulen"
    assert window.windowTitle() == "Resokit Desktop"
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.client_list.search_field.hasFocus()


def test_layout_is_remembered_and_settings_hold_no_client_data(qtbot, dossier):
    clients_repo.save_client(dossier.db, Client(name="Zora Vermeulen", neighbourhood="Evere"))
    first = MainWindow(dossier)
    first.show()
    qtbot.waitExposed(first)
    first.resize(780, 560)
    first.splitter.setSizes([300, 480])
    first.open_client(first.client_list.model.client_id_at(0))
    sizes = first.splitter.sizes()
    size = (first.width(), first.height())
    assert first.close()
    first.deleteLater()

    settings = QSettings()
    stored = " ".join(str(settings.value(k)) for k in settings.allKeys())
    assert "Zora" not in stored and "Evere" not in stored
    with open(settings.fileName(), "rb") as handle:
        raw = handle.read()
    assert b"Zora" not in raw and b"Evere" not in raw

    second = MainWindow(dossier)
    second.show()
    qtbot.waitExposed(second)
    try:
        assert (second.width(), second.height()) == size
        assert second.splitter.sizes() == sizes
    finally:
        second.close()
        second.deleteLater()


def test_del_edits_text_in_a_field_and_removes_a_selected_agreement(qtbot, window, dossier):
    from resokit_desktop.domain.session import Agreement, Session
    from resokit_desktop.storage import sessions_repo

    client_id = clients_repo.save_client(dossier.db, Client(name="Xavier"))
    sessions_repo.save_session(dossier.db, Session(
        client_id=client_id, date="2026-11-02",
        agreements=[Agreement(what="Eerste"), Agreement(what="Tweede")]))
    window.refresh_clients()
    window.open_client(client_id)
    name = window.overview.form.name_field
    qtbot.mouseClick(name, Qt.MouseButton.LeftButton)
    qtbot.keyClick(name, Qt.Key.Key_Home)
    qtbot.keyClick(name, Qt.Key.Key_Delete)
    assert name.text() == "avier"  # the window's Del action does not steal the key

    sessions = window.tab_widget("sessions")
    window.tabs.setCurrentWidget(sessions)
    table = sessions.editor.agreements.table
    rect = table.visualRect(table.model().index(0, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert [table.item(r, 1).text() for r in range(table.rowCount())] == ["Tweede"]
    assert sessions.flush()
    assert [a.what for a in sessions_repo.list_sessions(dossier.db, client_id)[0].agreements] == [
        "Tweede"]


def test_text_size_grows_and_resets_from_the_keyboard(qtbot, window):
    from PySide6.QtWidgets import QApplication

    before = QApplication.font().pointSize()
    try:
        qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
        assert QApplication.font().pointSize() == before + 2
        field = window.client_list.search_field
        qtbot.waitUntil(lambda: field.font().pointSize() == before + 2)
        assert int(QSettings().value("ui/text_point_size")) == before + 2
        qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
        assert QApplication.font().pointSize() == 11
    finally:
        from resokit_desktop.ui import text_size

        text_size.apply_size(before)
        QSettings().remove("ui/text_point_size")


def test_a_new_client_without_a_name_keeps_the_other_tabs_closed(qtbot, window, dossier):
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    bar = window.tabs.tabBar()
    sessions_index = window.tabs.indexOf(window.tab_widget("sessions"))
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(sessions_index).center())
    assert window.tabs.currentWidget() is window.overview
    assert "naam" in window.statusBar().currentMessage()
    assert clients_repo.count_clients(dossier.db) == 0

    qtbot.keyClicks(window.overview.form.name_field, "Nina")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(sessions_index).center())
    assert window.tabs.currentWidget() is window.tab_widget("sessions")
    assert window.current_client_id() is not None
    assert clients_repo.get_client(dossier.db, window.current_client_id()).name == "Nina"
