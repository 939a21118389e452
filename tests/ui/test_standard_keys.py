"""Standard actions answer to each platform's own keys: Ctrl+Y redoes, as Ctrl+Shift+Z does."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from resokit_desktop.domain.client import Client
from resokit_desktop.services import web_service
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.storage import clients_repo
from resokit_desktop.storage.connection import open_database
from resokit_desktop.ui.main_window import MainWindow

StandardKey = QKeySequence.StandardKey
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier

# Action key -> the Qt standard key whose platform bindings it must answer to.
STANDARD_ACTIONS = {
    "undo": StandardKey.Undo,
    "redo": StandardKey.Redo,
    "delete": StandardKey.Delete,
    "search": StandardKey.Find,
    "print_summary": StandardKey.Print,
    "quit": StandardKey.Quit,
    "new_client": StandardKey.New,
    "save_web_version": StandardKey.Save,
    "text_larger": StandardKey.ZoomIn,
    "text_smaller": StandardKey.ZoomOut,
}


@pytest.fixture
def dossier(db_path):
    opened = DossierFile.open(db_path)
    yield opened
    opened.close()


@pytest.fixture
def window(qtbot, dossier):
    main = MainWindow(dossier)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()  # shortcuts work in the active window only
    qtbot.waitUntil(main.isActiveWindow)
    yield main
    main.close()
    main.deleteLater()
    # Gone (with its timers) before the file closes.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _portable(sequences) -> set[str]:
    return {s.toString(QKeySequence.SequenceFormat.PortableText) for s in sequences}


@pytest.mark.parametrize("key", sorted(STANDARD_ACTIONS))
def test_standard_actions_answer_to_the_platform_keys(window, key):
    platform_keys = _portable(QKeySequence.keyBindings(STANDARD_ACTIONS[key]))
    assert platform_keys <= _portable(window.action_registry.get(key).shortcuts())


def test_redo_answers_to_ctrl_y_and_ctrl_shift_z_everywhere(window):
    redo = _portable(window.action_registry.get("redo").shortcuts())
    assert {"Ctrl+Y", "Ctrl+Shift+Z"} <= redo
    assert "Ctrl+Q" in _portable(window.action_registry.get("quit").shortcuts())


def _members_on_disk(db_path, client_id) -> int:
    db = open_database(db_path)
    try:
        return len(web_service.load_version(db, client_id).members)
    finally:
        db.conn.close()


def test_ctrl_y_redoes_on_the_web(qtbot, window, dossier, db_path):
    client_id = clients_repo.save_client(dossier.db, Client(name="Ria Redo"))
    web_service.new_version(dossier.db, client_id, date(2026, 3, 2))
    window.refresh_clients()
    window.open_client(client_id)
    tab = window.tab_widget("inclusion_web")
    window.tabs.setCurrentWidget(tab)
    view = tab.editor.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    assert len(tab.editor.document.version.members) == 1
    view.setFocus()  # the new member's name field had the focus
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL)
    assert len(tab.editor.document.version.members) == 0
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Y, CTRL)
    assert len(tab.editor.document.version.members) == 1
    assert tab.flush()
    assert _members_on_disk(db_path, client_id) == 1
    # Ctrl+Shift+Z keeps working too.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL | SHIFT)
    assert len(tab.editor.document.version.members) == 1
