"""Dossier tabs by keyboard: Ctrl+Tab / Ctrl+PgDn and back, from anywhere; Alt+letter per tab."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from resokit_desktop.domain.client import Client
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.storage import clients_repo
from resokit_desktop.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(qtbot, db_path):
    dossier = DossierFile.open(db_path)
    client_id = clients_repo.save_client(dossier.db, Client(name="Tina Tabs"))
    main = MainWindow(dossier)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    main.refresh_clients()
    main.open_client(client_id)
    yield main
    main.close()
    main.deleteLater()
    # Gone (with its timers) before the file closes.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    dossier.close()


def _current_key(window) -> str:
    return window.tabs.currentWidget().property("tab_key")


def _press(qtbot, key, modifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_ctrl_tab_and_ctrl_page_keys_switch_tabs_from_the_client_list(qtbot, window):
    window.client_list.table.setFocus()
    assert _current_key(window) == "overview"
    _press(qtbot, Qt.Key.Key_Tab, CTRL)
    assert _current_key(window) == "sessions"
    _press(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert _current_key(window) == "inclusion_web"
    keys = [w.property("tab_key") for w in window.tab_widgets()]
    for _ in range(len(keys) - 3):  # on to the last tab, however many features add one
        _press(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert _current_key(window) == keys[-1]
    _press(qtbot, Qt.Key.Key_PageDown, CTRL)  # wraps around
    assert _current_key(window) == "overview"
    _press(qtbot, Qt.Key.Key_PageUp, CTRL)
    assert _current_key(window) == keys[-1]
    _press(qtbot, Qt.Key.Key_Backtab, CTRL | SHIFT)
    assert _current_key(window) == keys[-2]


def test_ctrl_tab_moves_on_from_inside_a_form(qtbot, window):
    window.overview.form.name_field.setFocus()
    _press(qtbot, Qt.Key.Key_Tab, CTRL)
    assert _current_key(window) == "sessions"
    # The focus follows into the tab just shown, not left behind on a hidden field.
    focused = QApplication.focusWidget()
    assert focused is not None and focused.isVisible()
    assert window.tab_widget("sessions").isAncestorOf(focused)


def test_every_tab_has_its_own_alt_letter(qtbot, window):
    letters = []
    for index in range(window.tabs.count()):
        found = re.findall(r"&([^&\s])", window.tabs.tabText(index))
        assert len(found) == 1, window.tabs.tabText(index)
        letters.append(found[0].lower())
    assert len(set(letters)) == len(letters)
    window.client_list.table.setFocus()
    for index, letter in enumerate(letters):
        qtbot.keyClick(QApplication.focusWidget(), getattr(Qt.Key, f"Key_{letter.upper()}"), ALT)
        assert window.tabs.currentIndex() == index


def test_ctrl_tab_from_a_new_client_stores_it_and_moves_on(qtbot, window):
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_N, CTRL)
    qtbot.keyClicks(QApplication.focusWidget(), "Nina Nieuw")
    window.client_list.table.setFocus()  # Ctrl+PgDn works from the list as well
    _press(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert _current_key(window) == "sessions"
    qtbot.waitUntil(lambda: window.current_client_id() is not None)
    names = [window.client_list.model.index(r, 0).data()
             for r in range(window.client_list.model.rowCount())]
    assert "Nina Nieuw" in names
