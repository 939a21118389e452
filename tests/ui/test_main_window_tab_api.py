"""The tab registry API other features use: a registered tab appears, gets the client, is
flushed before leaving, and its undo stack drives Ctrl+Z / Ctrl+Shift+Z."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QLabel, QVBoxLayout

from resokit_desktop.domain.client import Client
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.storage import clients_repo
from resokit_desktop.ui import dossier_tabs
from resokit_desktop.ui.main_window import MainWindow


class CountTab(dossier_tabs.DossierTabBase):
    """A minimal feature tab: counts with undoable steps, records the calls it gets (and has no
    Del, no kept input: the base's defaults)."""

    def __init__(self, dossier, parent=None) -> None:
        super().__init__(parent)
        self.clients: list[int | None] = []
        self.flushes = 0
        self.allow_leaving = True
        self.count = 0
        self.stack = QUndoStack(self)
        QVBoxLayout(self).addWidget(QLabel("teller", self))

    def set_client(self, client_id):
        self.clients.append(client_id)

    def flush(self) -> bool:
        self.flushes += 1
        return self.allow_leaving

    def undo_stack(self):
        return self.stack

    def add_one(self) -> None:
        tab = self

        class AddOne(QUndoCommand):
            def redo(self):
                tab.count += 1

            def undo(self):
                tab.count -= 1

        self.stack.push(AddOne())


@pytest.fixture
def count_tab_registered():
    dossier_tabs.register_tab("test_count", 990, lambda: "Teller",
                              lambda dossier, parent: CountTab(dossier, parent))
    yield
    del dossier_tabs._REGISTRY["test_count"]


def test_a_registered_tab_takes_part(qtbot, db_path, count_tab_registered):
    dossier = DossierFile.open(db_path)
    first = clients_repo.save_client(dossier.db, Client(name="Eerste"))
    second = clients_repo.save_client(dossier.db, Client(name="Tweede"))
    window = MainWindow(dossier)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    try:
        tab = window.tab_widget("test_count")
        assert window.tabs.tabText(window.tabs.indexOf(tab)) == "Teller"
        assert window.tabs.indexOf(tab) == window.tabs.count() - 1  # order 990: last
        window.refresh_clients()
        assert window.open_client(first)
        assert tab.clients[-1] == first

        window.tabs.setCurrentWidget(tab)
        tab.add_one()
        tab.add_one()
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert tab.count == 1
        qtbot.keyClick(window, Qt.Key.Key_Z,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        assert tab.count == 2

        # A tab that refuses to be left keeps the client where it is.
        tab.allow_leaving = False
        assert window.open_client(second) is False
        assert window.current_client_id() == first
        tab.allow_leaving = True
        assert window.open_client(second)
        assert tab.clients[-1] == second
        assert tab.flushes >= 2

        # Hooks the tab does not implement are the base's do-nothing defaults: Del and an
        # automatic lock's hand-over pass over it without a probe (and without an error).
        window.tabs.setCurrentWidget(tab)
        qtbot.keyClick(window, Qt.Key.Key_Delete)
        assert tab.count == 2
        assert window.release_unsaved() == {}
    finally:
        window.close()
        window.deleteLater()
        dossier.close()
