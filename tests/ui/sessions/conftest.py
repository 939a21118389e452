"""Fixtures for the sessions UI tests: a dossier file with one client and the Gesprekken tab."""

from __future__ import annotations

from pathlib import Path

import pytest

from resokit_desktop.domain.client import Client
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.storage import clients_repo


@pytest.fixture
def dossier(db_path: Path):
    opened = DossierFile.open(db_path)
    yield opened
    opened.close()


@pytest.fixture
def client_id(dossier) -> int:
    return clients_repo.save_client(dossier.db, Client(name="Marie Dubois"))


@pytest.fixture
def sessions_tab(qtbot, dossier, client_id):
    from resokit_desktop.ui.sessions.sessions_tab import SessionsTab

    tab = SessionsTab(dossier)
    tab.resize(1000, 900)
    tab.show()
    qtbot.waitExposed(tab)
    tab.set_client(client_id)
    yield tab
    if tab.has_pending_edits():
        tab.discard_changes()
    tab.close()
    tab.deleteLater()


@pytest.fixture
def window(qtbot, dossier):
    """A main window on the dossier; dialogs a failing test leaves open are closed and reported."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from resokit_desktop.ui.main_window import MainWindow

    main = MainWindow(dossier)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()  # shortcuts such as Del work in the active window only
    qtbot.waitUntil(main.isActiveWindow)
    yield main
    left_open: list[str] = []

    def close_dialogs() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            left_open.append(dialog.objectName())
            dialog.reject()

    guard = QTimer()
    guard.timeout.connect(close_dialogs)
    guard.start(200)
    for tab in main.tab_widgets():
        if getattr(tab, "has_pending_edits", lambda: False)():
            tab.discard_changes()
    main.close()
    guard.stop()
    main.deleteLater()
    assert not left_open, f"dialogs left open: {left_open}"
