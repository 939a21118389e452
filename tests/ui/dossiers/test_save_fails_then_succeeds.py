"""A save the file refuses shows "Niet bewaard", keeps the input, and succeeds on the next try.

The failure is real, not mocked: a second connection holds the file's write lock (as another
program would), so storage raises WriteFailedError; once it lets go, the next save goes through.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from ui_steps import click_row

from resokit_desktop.domain.client import Client
from resokit_desktop.storage import clients_repo, sessions_repo
from resokit_desktop.storage.connection import connect_raw


@pytest.fixture
def write_lock(db_path):
    """Another connection that can take (and release) the write lock on the file."""
    other = connect_raw(db_path)

    class Lock:
        def take(self) -> None:
            other.execute("BEGIN IMMEDIATE")

        def release(self) -> None:
            other.execute("ROLLBACK")

    yield Lock()
    if other.in_transaction:
        other.execute("ROLLBACK")
    other.close()


@pytest.fixture
def short_wait(dossier):
    # Only to keep the test quick: give up on a held lock after 50 ms instead of 5 s.
    dossier.db.execute("PRAGMA busy_timeout = 50")


def test_client_form_keeps_input_when_the_file_refuses_and_saves_later(
        qtbot, window, dossier, write_lock, short_wait):
    client_id = clients_repo.save_client(dossier.db, Client(name="Anna Claes"))
    window.refresh_clients()
    click_row(qtbot, window.client_list.table, 0)
    field = window.overview.form.phone_field
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(field, "0470 11 22 33")

    write_lock.take()
    assert window.overview.save_now() is False
    status = window.overview.status
    assert status.isVisible()
    assert status.text().startswith("⚠ Niet bewaard: ")
    assert "Wat eerder bewaard was, blijft intact" in status.text()
    assert status.retry_button.isVisible()
    assert field.text() == "0470 11 22 33"
    write_lock.release()
    assert clients_repo.get_client(dossier.db, client_id).phone == ""

    qtbot.mouseClick(status.retry_button, Qt.MouseButton.LeftButton)
    assert clients_repo.get_client(dossier.db, client_id).phone == "0470 11 22 33"
    assert status.text() == "✓ Alles is bewaard."


def test_session_editor_keeps_input_when_the_file_refuses_and_saves_later(
        qtbot, window, dossier, write_lock, short_wait):
    client_id = clients_repo.save_client(dossier.db, Client(name="Bert Janssens"))
    window.refresh_clients()
    click_row(qtbot, window.client_list.table, 0)
    sessions = window.tab_widget("sessions")
    window.tabs.setCurrentWidget(sessions)
    notes = sessions.editor.worked_on_field
    qtbot.mouseClick(notes.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(notes, "Over de buren gepraat")

    write_lock.take()
    assert sessions.save_now() is False
    assert "Niet bewaard" in sessions.status.text()
    assert notes.toPlainText() == "Over de buren gepraat"
    write_lock.release()
    assert sessions_repo.list_sessions(dossier.db, client_id) == []

    assert sessions.save_now() is True
    stored = sessions_repo.list_sessions(dossier.db, client_id)
    assert [s.worked_on for s in stored] == ["Over de buren gepraat"]
