"""The client list by keyboard: Tab leaves it, arrows move, Enter or a short pause opens."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from resokit_desktop.domain.client import Client
from resokit_desktop.storage import clients_repo


def _three_clients(window, dossier) -> list[int]:
    ids = [clients_repo.save_client(dossier.db, Client(name=name))
           for name in ("Anna Aerts", "Bram Bos", "Cora Claes")]
    window.refresh_clients()
    return ids


def _focus_first_row(qtbot, window) -> None:
    # From the search field (Ctrl+F), Tab reaches the status filter, then the table.
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.client_list.table


def test_tab_leaves_the_list_without_opening_a_dossier(qtbot, window, dossier):
    _three_clients(window, dossier)
    _focus_first_row(qtbot, window)
    table = window.client_list.table
    qtbot.keyClick(table, Qt.Key.Key_Return)  # opens the first client
    qtbot.waitUntil(lambda: window.current_client_id() is not None)
    first = window.current_client_id()
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table
    assert not window.client_list.isAncestorOf(QApplication.focusWidget())
    qtbot.wait(600)  # longer than the pause after which an arrow move opens a dossier
    assert window.current_client_id() == first


def test_arrows_move_and_enter_opens(qtbot, window, dossier):
    anna, bram, cora = _three_clients(window, dossier)
    _focus_first_row(qtbot, window)
    table = window.client_list.table
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_client_id() == anna)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    # Moving through the list does not open every dossier on the way ...
    assert window.current_client_id() == anna
    assert window.client_list.current_client_id() == cora
    # ... Enter opens the one the selection is on, at once.
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.current_client_id() == cora
    assert QApplication.focusWidget() is table


def test_a_short_pause_after_arrows_opens_the_selected_dossier(qtbot, window, dossier):
    anna, bram, _cora = _three_clients(window, dossier)
    _focus_first_row(qtbot, window)
    table = window.client_list.table
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_client_id() == anna)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.current_client_id() == bram, timeout=3000)
    assert QApplication.focusWidget() is table
