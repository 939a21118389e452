"""A worker who never touches the mouse: a client and a session with an agreement, keys only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from resokit_desktop.storage import clients_repo, sessions_repo

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def _type(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def test_client_and_session_by_keyboard_only(qtbot, window, dossier):
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    _type(qtbot, "Kees Keyboard")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # to Soort persoon
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # to Geboortejaar
    _type(qtbot, "1961")
    qtbot.keyClick(window, Qt.Key.Key_G, ALT)  # Buurt / &gemeente
    _type(qtbot, "Evere")
    qtbot.keyClick(window, Qt.Key.Key_M, ALT)  # Startdatu&m
    _type(qtbot, "01-10-2026")
    assert window.overview.form.start_date_field.text() == "01-10-2026"

    # Ctrl+Tab to Gesprekken: leaving the form stores the new client.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, CTRL)
    assert window.tabs.currentWidget() is window.tab_widget("sessions")
    qtbot.waitUntil(lambda: window.current_client_id() is not None)
    client_id = window.current_client_id()
    stored = clients_repo.get_client(dossier.db, client_id)
    assert (stored.name, stored.birth_year, stored.neighbourhood, stored.start_date) == (
        "Kees Keyboard", 1961, "Evere", "2026-10-01")

    qtbot.keyClick(window, Qt.Key.Key_G, ALT)  # Waaraan &gewerkt
    _type(qtbot, "Eerste gesprek")
    qtbot.keyClick(window, Qt.Key.Key_T, ALT)  # Afspraak &toevoegen opens the Wat cell
    table = window.tab_widget("sessions").editor.agreements.table
    qtbot.waitUntil(lambda: table.rowCount() == 1)  # a mnemonic "animates" its click
    _type(qtbot, "Buurthuis bellen")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.keyClick(window, Qt.Key.Key_Q, CTRL)
    assert not window.isVisible()
    sessions = sessions_repo.list_sessions(dossier.db, client_id)
    assert [(s.worked_on, [a.what for a in s.agreements]) for s in sessions] == [
        ("Eerste gesprek", ["Buurthuis bellen"])]
