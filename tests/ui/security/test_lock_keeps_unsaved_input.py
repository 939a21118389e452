"""An automatic lock never throws input away: when the quiet save fails (a full disk), what was
typed is kept in memory while locked and is back in the form after unlocking, with the
"Niet bewaard" message; once there is room it is stored.

The full disk is simulated at the SQLite level (``PRAGMA max_page_count`` on the window's
connection: not one more page may be added to the file), as in test_disk_full_overview.
"""

from __future__ import annotations

import sys
from pathlib import Path

import sqlite_utils
from modal_helper import ModalScript
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from resokit_desktop.storage import sessions_repo
from resokit_desktop.storage.connection import connect_plainly
from resokit_desktop.ui.security.dossier_session import DossierSession

sys.path.insert(0, str(Path(__file__).parents[2] / "security"))
from dossier_factory import CANARY, make_dossier  # noqa: E402

PASSPHRASE = "vergrendel zonder iets te verliezen"
TYPED = "Gesprek over de moestuin en de buurvrouw. " * 40
PASTED = "Lange tekst uit het verslag van de school. " * 8000  # ~350 kB: needs new pages


def _fill_disk(session: DossierSession) -> None:
    pages = session.dossier.db.execute("PRAGMA page_count").fetchone()[0]
    session.dossier.db.execute(f"PRAGMA max_page_count = {pages}")


def _stored_sessions(path: Path, client_id: int) -> list:
    conn = connect_plainly(path, PASSPHRASE)
    try:
        return sessions_repo.list_sessions(sqlite_utils.Database(conn), client_id)
    finally:
        conn.close()


def _visible_texts() -> str:
    parts = []
    for widget in QApplication.allWidgets():
        for getter in ("text", "toPlainText"):
            value = getattr(widget, getter, None)
            if callable(value):
                try:
                    parts.append(str(value()))
                except TypeError:
                    continue
    return "\n".join(parts)


def _unlock(qtbot, session: DossierSession) -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    field = session.lock_screen.panel.field
    qtbot.keyClicks(field, PASSPHRASE)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not session.is_locked, timeout=10000)


def _started(qtbot, tmp_path, monkeypatch) -> DossierSession:
    monkeypatch.setenv("RESOKIT_PASSPHRASE", PASSPHRASE)
    path = make_dossier(tmp_path / "d.resokit", PASSPHRASE, clients=2)
    session = DossierSession(path, idle_ms=3_600_000)
    assert session.start()
    qtbot.waitExposed(session.window)
    session.wait_for_backup()
    return session


def test_idle_lock_with_a_full_disk_keeps_a_new_session_typed(qtbot, tmp_path, monkeypatch):
    session = _started(qtbot, tmp_path, monkeypatch)
    try:
        window = session.window
        client_id = session.dossier.db.execute("SELECT min(id) FROM clients").fetchone()[0]
        assert window.open_client(client_id)
        tab = window.tab_widget("sessions")
        window.tabs.setCurrentWidget(tab)
        qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
        _fill_disk(session)
        field = tab.editor.worked_on_field
        qtbot.mouseClick(field.viewport(), Qt.MouseButton.LeftButton)
        qtbot.keyClicks(field, TYPED)
        QApplication.clipboard().setText(PASTED)
        qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        QApplication.clipboard().clear()

        # The worker walks away: the idle watch locks by itself.
        session.idle.set_timeout(200)
        session.idle.start()
        qtbot.waitUntil(lambda: session.is_locked, timeout=10000)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert session.window is None
        assert CANARY not in _visible_texts() and TYPED not in _visible_texts()
        notice = session.lock_screen.notice
        assert notice.isVisible() and "niet bewaard" in notice.text()
        assert _stored_sessions(session.path, client_id) == []  # the disk was full

        _unlock(qtbot, session)
        tab = session.window.tab_widget("sessions")
        assert session.window.current_client_id() == client_id
        assert session.window.tabs.currentWidget() is tab
        assert tab.editor.worked_on_field.toPlainText() == TYPED + PASTED
        assert "Niet bewaard" in tab.status.text() and "schijf is vol" in tab.status.text()
        assert "niet bewaard" in session.window.statusBar().currentMessage()
        assert not session.lock_screen.notice.isVisible()

        # There is room again after the reopen: the retry stores what was kept.
        qtbot.waitUntil(lambda: tab.status.state == "saved", timeout=15000)
        stored = _stored_sessions(session.path, client_id)
        assert [s.worked_on for s in stored] == [TYPED + PASTED]
    finally:
        session.shutdown()


def test_suspend_with_invalid_input_keeps_it_and_shows_the_field_message(
        qtbot, tmp_path, monkeypatch):
    session = _started(qtbot, tmp_path, monkeypatch)
    try:
        window = session.window
        client_id = session.dossier.db.execute("SELECT max(id) FROM clients").fetchone()[0]
        assert window.open_client(client_id)
        overview = window.tab_widget("overview")
        field = overview.form.birth_year_field
        qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(field, "negentig")
        notes = overview.form.notes_field
        qtbot.mouseClick(notes.viewport(), Qt.MouseButton.LeftButton)
        qtbot.keyClicks(notes, " en een nieuwe zin")

        session.sleep_watch.going_away.emit()  # as the suspend announcement does
        assert session.is_locked
        _unlock(qtbot, session)

        overview = session.window.tab_widget("overview")
        assert session.window.current_client_id() == client_id
        assert overview.form.birth_year_field.text() == "negentig"
        assert overview.form.notes_field.toPlainText().endswith(" en een nieuwe zin")
        assert overview.has_pending_edits()
        assert "Niet bewaard" in overview.status.text()
        assert overview.form.visible_messages().get("birth_year")
    finally:
        session.shutdown()


def test_quitting_from_the_lock_screen_with_kept_input_asks_first(qtbot, tmp_path, monkeypatch):
    session = _started(qtbot, tmp_path, monkeypatch)
    try:
        window = session.window
        window.new_client()
        form = window.tab_widget("overview").form
        _fill_disk(session)
        qtbot.keyClicks(form.name_field, "Nieuwe client Mo")
        QApplication.clipboard().setText(PASTED)
        qtbot.mouseClick(form.notes_field.viewport(), Qt.MouseButton.LeftButton)
        qtbot.keyClick(form.notes_field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        QApplication.clipboard().clear()
        session.lock(auto=True)
        assert session.is_locked
        seen = []

        def stay(box):
            seen.append(box.text())
            box.button(QMessageBox.StandardButton.No).click()

        script = ModalScript().expect("quit_with_kept_input", stay)
        script.start()
        quit_button = session.lock_screen.findChild(QPushButton, "lock_quit")
        qtbot.mouseClick(quit_button, Qt.MouseButton.LeftButton)
        script.check()
        assert seen and "niet bewaard" in seen[0]
        assert session.lock_screen.isVisible()  # still locked, nothing lost

        _unlock(qtbot, session)
        overview = session.window.tab_widget("overview")
        assert overview.form.name_field.text() == "Nieuwe client Mo"
        assert overview.form.notes_field.toPlainText() == PASTED
        assert overview.is_new() and overview.has_pending_edits()
    finally:
        session.shutdown()


def test_screen_lock_keeps_a_web_move_a_full_disk_refused(qtbot, tmp_path, monkeypatch):
    """A real full disk (tmpfs filled to ENOSPC): the move on the web cannot be stored, the
    screen locks, and after unlocking the member stands where it was dragged; once there is
    room the retry stores it."""
    sys.path.insert(0, str(Path(__file__).parents[1] / "inclusion_web"))
    from disk_states import fill, tiny_disk
    from web_ui_helpers import drag, item_point, viewport_point

    from resokit_desktop.domain.web.model import EntryKind, Position
    from resokit_desktop.services import web_service

    monkeypatch.setenv("RESOKIT_PASSPHRASE", PASSPHRASE)
    with tiny_disk(tmp_path) as disk:
        path = disk / "d.resokit"
        make_dossier(path, PASSPHRASE, clients=1)
        session = DossierSession(path, idle_ms=3_600_000)
        assert session.start()
        try:
            session.wait_for_backup()
            window = session.window
            client_id = session.dossier.db.execute("SELECT min(id) FROM clients").fetchone()[0]
            web_service.new_version(session.dossier.db, client_id, "2026-01-10")
            assert window.open_client(client_id)
            tab = window.tab_widget("inclusion_web")
            window.tabs.setCurrentWidget(tab)
            tab.resize(1300, 850)
            view = tab.editor.view
            drag(view.viewport(), view.palette_slot_center(EntryKind.PERSON).toPoint(),
                 viewport_point(tab, Position("family", 1, 0.5, 0.5)))
            qtbot.waitUntil(lambda: tab.status_label.text() == "Bewaard", timeout=5000)
            (member,) = tab.version.members
            session.dossier.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            fill(disk)

            drag(view.viewport(), item_point(tab, member),
                 viewport_point(tab, Position("friends", 3, 0.3, 0.6)))
            assert not tab.flush()  # the disk is full: not stored
            assert "Niet bewaard" in tab.status_label.text()

            session.sleep_watch.going_away.emit()  # the screen locks
            assert session.is_locked
            assert "niet bewaard" in session.lock_screen.notice.text()
            for filler in disk.glob("filler*.bin"):
                filler.unlink()
            _unlock(qtbot, session)

            tab = session.window.tab_widget("inclusion_web")
            assert session.window.tabs.currentWidget() is tab
            moved = tab.version.members[member].position
            assert (moved.domain, moved.ring) == ("friends", 3)
            assert "Niet bewaard" in tab.status_label.text()
            qtbot.waitUntil(lambda: tab.status_label.text() == "Bewaard", timeout=10000)
            stored = web_service.load_version(session.dossier.db, client_id)
            assert (stored.members[member].position.domain,
                    stored.members[member].position.ring) == ("friends", 3)
        finally:
            session.shutdown()
