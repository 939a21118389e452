"""Locking: Ctrl+L and idle time hide every client detail, close the file, clear our clipboard;
the passphrase brings the window back."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from resokit_desktop.ui.security.dossier_session import DossierSession
from resokit_desktop.ui.security.idle_lock import IdleWatcher

sys.path.insert(0, str(Path(__file__).parents[2] / "security"))
from dossier_factory import CANARY, make_dossier  # noqa: E402

PASSPHRASE = "vergrendel mij maar eens"


def _open_fds_on(path: Path) -> list[str]:
    names = {str(path), str(path) + "-wal", str(path) + "-shm"}
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target in names:
            found.append(target)
    return found


def _visible_texts() -> str:
    parts = []
    for widget in QApplication.allWidgets():
        for getter in ("text", "toPlainText", "windowTitle"):
            value = getattr(widget, getter, None)
            if callable(value):
                try:
                    parts.append(str(value()))
                except TypeError:
                    continue
    return "\n".join(parts)


def _flush_deletes() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def _started(tmp_path, monkeypatch, idle_ms: int = 3_600_000) -> DossierSession:
    monkeypatch.setenv("RESOKIT_PASSPHRASE", PASSPHRASE)
    path = make_dossier(tmp_path / "d.resokit", PASSPHRASE, clients=3)
    session = DossierSession(path, idle_ms=idle_ms)
    assert session.start()
    return session


def test_ctrl_l_locks_hides_client_data_closes_file_and_unlocks(qtbot, tmp_path, monkeypatch):
    session = _started(tmp_path, monkeypatch)
    try:
        window = session.window
        qtbot.waitExposed(window)
        window.activateWindow()
        client_id = session.dossier.db.execute("SELECT min(id) FROM clients").fetchone()[0]
        assert window.open_client(client_id)
        assert CANARY in _visible_texts()
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
        field = QLineEdit(window)  # a field of ours the worker copies from
        field.setText(CANARY + " telefoon")
        field.selectAll()
        field.copy()
        assert QGuiApplication.clipboard().text() == CANARY + " telefoon"
        assert _open_fds_on(session.path)

        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_L,
                       Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: session.is_locked, timeout=5000)
        _flush_deletes()
        assert session.window is None and session.lock_screen.isVisible()
        assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [
            session.lock_screen]
        assert CANARY not in _visible_texts()
        assert _open_fds_on(session.path) == []
        assert QGuiApplication.clipboard().text() == ""
        assert "vergrendeld" in session.lock_screen.windowTitle()

        qtbot.keyClicks(session.lock_screen.panel.field, "niet de goede")
        qtbot.keyClick(session.lock_screen.panel.field, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not session.lock_screen.panel.busy, timeout=20000)
        assert session.is_locked
        assert "Verkeerde wachtwoordzin" in session.lock_screen.panel.message.text()
        session.throttle.record_success()  # skip the growing wait in this test
        session.lock_screen.panel.field.clear()
        qtbot.keyClicks(session.lock_screen.panel.field, PASSPHRASE)
        qtbot.keyClick(session.lock_screen.panel.field, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not session.lock_screen.panel.busy, timeout=20000)
        qtbot.waitUntil(lambda: not session.is_locked, timeout=5000)
        assert session.window.isVisible() and not session.lock_screen.isVisible()
        assert session.window.current_client_id() == client_id
    finally:
        session.shutdown()


def test_idle_time_locks_by_itself(qtbot, tmp_path, monkeypatch):
    session = _started(tmp_path, monkeypatch, idle_ms=300)
    try:
        qtbot.waitUntil(lambda: session.is_locked, timeout=10000)
        _flush_deletes()
        assert _open_fds_on(session.path) == []
        assert CANARY not in _visible_texts()
    finally:
        session.shutdown()


def test_clipboard_copied_elsewhere_after_our_copy_is_kept(qtbot, tmp_path, monkeypatch):
    session = _started(tmp_path, monkeypatch)
    try:
        QGuiApplication.clipboard().setText("van een andere toepassing")
        session.clipboard._ours = False  # as if another program had copied it
        session.lock()
        assert QGuiApplication.clipboard().text() == "van een andere toepassing"
    finally:
        session.shutdown()
        QGuiApplication.clipboard().clear()


class FakeClock:
    def __init__(self) -> None:
        self.now = 50.0

    def __call__(self) -> float:
        return self.now


def test_activity_postpones_the_lock_and_time_asleep_counts(qtbot):
    clock = FakeClock()
    watcher = IdleWatcher(1000, clock=clock)
    target = QWidget()
    qtbot.addWidget(target)
    target.show()
    fired = []
    watcher.idle.connect(lambda: fired.append(clock.now))
    watcher.start()
    try:
        clock.now += 0.8
        qtbot.keyClick(target, Qt.Key.Key_A)  # the worker types: the idle period restarts
        clock.now += 0.8
        watcher.check_now()
        assert fired == []
        qtbot.mouseMove(target, target.rect().center())
        clock.now += 0.9
        watcher.check_now()
        assert fired == []
        clock.now += 8 * 3600  # the laptop slept overnight; the boot clock kept counting
        watcher.check_now()
        assert fired == [clock.now]
    finally:
        watcher.stop()


def test_start_makes_a_verified_backup_beside_the_window(qtbot, tmp_path, monkeypatch):
    from resokit_desktop.security import backups

    session = _started(tmp_path, monkeypatch)
    try:
        assert session.window.isVisible()
        session.wait_for_backup()
        infos = backups.list_backups(session.path, PASSPHRASE)
        assert len(infos) == 1 and infos[0].ok and infos[0].clients == 3
        assert session.last_backup_error is None
    finally:
        session.shutdown()
