"""Ctrl++ makes the whole Gesprekken tab larger: the private notes and field messages too."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel
from session_steps import retype

from resokit_desktop.domain.client import Client
from resokit_desktop.domain.session import Session
from resokit_desktop.storage import clients_repo, sessions_repo
from resokit_desktop.ui import text_size


def test_larger_text_reaches_style_sheeted_labels(qtbot, window, dossier):
    client_id = clients_repo.save_client(dossier.db, Client(name="Marie Dubois"))
    sessions_repo.save_session(dossier.db, Session(client_id=client_id, date="2026-11-02"))
    window.refresh_clients()
    window.open_client(client_id)
    tab = window.tab_widget("sessions")
    window.tabs.setCurrentWidget(tab)
    note = tab.findChild(QLabel, "worker_observations_note")
    message = tab.editor.messages["next_appointment"]
    body = tab.editor.worked_on_field
    start = text_size.current_size()
    try:
        before = (note.fontInfo().pointSize(), tab.editor.heading.fontInfo().pointSize(),
                  body.fontInfo().pointSize())
        for _ in range(4):
            qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
        assert text_size.current_size() == start + 4
        retype(qtbot, tab.editor.next_date_field, "31-02-2026")
        assert tab.save_now() is False
        assert message.isVisible()
        qtbot.waitUntil(lambda: body.fontInfo().pointSize() > before[2])
        body_size = body.fontInfo().pointSize()
        assert note.fontInfo().pointSize() == body_size > before[0]
        assert message.fontInfo().pointSize() == body_size
        assert tab.editor.heading.fontInfo().pointSize() > max(before[1], body_size)
    finally:
        # The size is remembered: later tests must start where this one did.
        text_size.apply_size(start)
        QSettings().remove(text_size.SETTINGS_KEY)
