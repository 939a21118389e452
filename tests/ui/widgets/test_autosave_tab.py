"""The editing-tab base: a tab built as its docstring says saves after a pause, says whether it
is stored, keeps the input and retries when the write fails; every dossier tab has every hook."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout

from resokit_desktop.storage.errors import WriteFailedError
from resokit_desktop.ui import dossier_tabs
from resokit_desktop.ui.widgets.autosave_tab import AutosaveTab
from resokit_desktop.ui.widgets.save_status import SaveStatus


class NotesFile:
    """A real SQLite file with one note per client; ``full`` makes the next writes fail as a
    full disk does (the storage layer's WriteFailedError)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.full = False
        with sqlite3.connect(path) as conn:
            conn.execute("CREATE TABLE notes(client_id INTEGER PRIMARY KEY, text TEXT)")

    def load(self, client_id: int) -> str:
        with sqlite3.connect(self.path) as conn:
            row = conn.execute("SELECT text FROM notes WHERE client_id = ?",
                               [client_id]).fetchone()
        return row[0] if row else ""

    def save(self, client_id: int, text: str) -> None:
        if self.full:
            raise WriteFailedError("database or disk is full")
        with sqlite3.connect(self.path) as conn:
            conn.execute("INSERT OR REPLACE INTO notes VALUES (?, ?)", [client_id, text])


class NotesTab(AutosaveTab):
    """The minimal tab of autosave_tab's docstring, step by step."""

    def __init__(self, notes: NotesFile, parent=None) -> None:
        super().__init__(parent)
        self._notes, self._client_id = notes, None
        self.notes = QPlainTextEdit(self)
        self.notes.textChanged.connect(self.mark_edited)
        self.status = SaveStatus("notes", self)
        self.status.retry_requested.connect(self.save_now)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notes)
        layout.addWidget(self.status)
        self.start_autosave(self.notes)

    def set_client(self, client_id):
        self._client_id = client_id
        self.notes.blockSignals(True)
        self.notes.setPlainText(self._notes.load(client_id) if client_id else "")
        self.notes.blockSignals(False)
        self.forget_edits()
        self.show_saved()

    def discard_changes(self):
        self.set_client(self._client_id)

    def can_save(self):
        return self._client_id is not None

    def store(self):
        self._notes.save(self._client_id, self.notes.toPlainText())
        self.mark_stored()
        return True


def test_a_tab_built_from_the_docstring_saves_after_a_pause_and_retries(qtbot, tmp_path):
    notes = NotesFile(tmp_path / "notes.sqlite")
    tab = NotesTab(notes)
    qtbot.addWidget(tab)
    tab.show()
    tab.set_client(7)
    assert tab.status.text() == "✓ Alles is bewaard."

    qtbot.keyClicks(tab.notes, "belt maandag terug")
    assert tab.status.text() == "… Wijzigingen worden bewaard."
    qtbot.waitUntil(lambda: notes.load(7) == "belt maandag terug", timeout=3000)
    assert tab.status.text() == "✓ Alles is bewaard."
    assert not tab.has_pending_edits()

    # The disk fills up: the input stays, the line says why, the file keeps the last good text.
    notes.full = True
    qtbot.keyClicks(tab.notes, " om tien uur")
    qtbot.waitUntil(lambda: tab.status.state == "failed", timeout=3000)
    assert "de schijf is vol" in tab.status.text()
    assert tab.notes.toPlainText() == "belt maandag terug om tien uur"
    assert notes.load(7) == "belt maandag terug"
    assert tab.has_pending_edits() and tab.last_error is not None

    # Room again: "Opnieuw proberen" stores it.
    notes.full = False
    qtbot.mouseClick(tab.status.retry_button, Qt.MouseButton.LeftButton)
    assert notes.load(7) == "belt maandag terug om tien uur"
    assert tab.status.text() == "✓ Alles is bewaard."
    assert tab.flush() and tab.last_error is None


def test_an_automatic_lock_takes_unstored_input_and_stops_saving(qtbot, tmp_path):
    notes = NotesFile(tmp_path / "notes.sqlite")
    tab = NotesTab(notes)
    qtbot.addWidget(tab)
    tab.set_client(3)
    assert tab.release_unsaved() is None  # nothing pending: nothing to keep
    qtbot.keyClicks(tab.notes, "x")
    # The base's default keeps nothing for a tab without kept_input(); saving still stops.
    assert tab.release_unsaved() is None
    assert not tab.saver.is_pending()


def test_every_registered_tab_is_a_dossier_tab_with_every_hook(qtbot, dossier):
    built = []  # qtbot holds widgets weakly: keep each tab until the test ends
    for spec in dossier_tabs.registered_tabs():
        widget = spec.factory(dossier, None)
        qtbot.addWidget(widget)
        built.append(widget)
        assert isinstance(widget, dossier_tabs.DossierTabBase), spec.key
        if spec.key in ("overview", "sessions", "inclusion_web"):
            assert isinstance(widget, AutosaveTab), spec.key
        widget.set_client(None)
        assert widget.flush()
        assert widget.release_unsaved() is None
        widget.delete_selection()
