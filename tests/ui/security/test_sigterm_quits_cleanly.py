"""SIGTERM (logout, shutdown) ends the real app like Quit: pending input is saved, the dossier is
closed (WAL checkpointed, one-writer lock file gone) and the exit code is 0.

The app runs in a child process (offscreen) through the real entry point; a test hook types
into the real session editor with the autosave delay made long, so the text is still pending
when the signal arrives.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import sqlite_utils

from resokit_desktop.security.instance_lock import lock_path_for
from resokit_desktop.storage import sessions_repo
from resokit_desktop.storage.connection import connect_plainly

sys.path.insert(0, str(Path(__file__).parents[2] / "security"))
from dossier_factory import make_dossier  # noqa: E402

PASSPHRASE = "afmelden is ook afsluiten"
TYPED = "Gesprek over werk zoeken in de buurt"

CHILD = """
import sys
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from resokit_desktop.ui.widgets import autosave
autosave.DEBOUNCE_MS = 600_000  # test hook: the typed text stays pending until the signal
from resokit_desktop.cli.main import main

def type_note():
    windows = [w for w in QApplication.topLevelWidgets()
               if w.objectName() == "main_window" and w.isVisible()]
    if not windows:
        QTimer.singleShot(50, type_note)
        return
    window = windows[0]
    client_id = window.dossier.db.execute("SELECT min(id) FROM clients").fetchone()[0]
    window.open_client(client_id)
    tab = window.tab_widget("sessions")
    window.tabs.setCurrentWidget(tab)
    QTest.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    QTest.keyClicks(tab.editor.worked_on_field, sys.argv[2])
    mode = sys.argv[3]
    if mode == "locked":
        window.session.lock(auto=True)
    if mode == "dialog":  # a modal dialog is open (its own event loop) when the signal comes
        def report_open():
            modal = QApplication.activeModalWidget()
            if modal is None:
                QTimer.singleShot(50, report_open)
                return
            print("ready", tab.has_pending_edits(), "dialog", flush=True)
        QTimer.singleShot(0, report_open)
        window.about()
        return
    print("ready", tab.has_pending_edits() if mode != "locked" else "locked", flush=True)

QTimer.singleShot(0, type_note)
sys.exit(main(["--data", sys.argv[1]]))
"""


def _run_until_signal(path: Path, mode: str, signum: int) -> tuple[int, str, str]:
    env = dict(os.environ)
    env["RESOKIT_PASSPHRASE"] = PASSPHRASE
    env["QT_QPA_PLATFORM"] = "offscreen"
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(path), TYPED, mode],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        first = child.stdout.readline()
        child.send_signal(signum)
        out, err = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    return child.returncode, first + out, err


def _stored_notes(path: Path) -> list[str]:
    conn = connect_plainly(path, PASSPHRASE)
    try:
        db = sqlite_utils.Database(conn)
        client_id = db.execute("SELECT min(id) FROM clients").fetchone()[0]
        return [s.worked_on for s in sessions_repo.list_sessions(db, client_id)]
    finally:
        conn.close()


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_sigterm_saves_pending_input_and_closes_the_file(tmp_path, signum):
    path = make_dossier(tmp_path / "d.resokit", PASSPHRASE, clients=2)
    code, out, err = _run_until_signal(path, "typing", signum)
    assert out.startswith("ready True"), (out, err)  # the text was pending when signalled
    assert code == 0, (out, err)
    assert "Traceback" not in err
    assert _stored_notes(path) == [TYPED]
    assert not lock_path_for(path).exists()
    wal = Path(str(path) + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # checkpointed on close


def test_sigterm_while_locked_ends_cleanly(tmp_path):
    path = make_dossier(tmp_path / "d.resokit", PASSPHRASE, clients=2)
    code, out, err = _run_until_signal(path, "locked", signal.SIGTERM)
    assert out.startswith("ready locked"), (out, err)
    assert code == 0, (out, err)
    assert "Traceback" not in err
    assert _stored_notes(path) == [TYPED]  # the lock stored it (the disk had room)
    assert not lock_path_for(path).exists()


def test_sigterm_with_a_modal_dialog_open_still_saves_and_ends(tmp_path):
    path = make_dossier(tmp_path / "d.resokit", PASSPHRASE, clients=2)
    code, out, err = _run_until_signal(path, "dialog", signal.SIGTERM)
    assert out.startswith("ready True dialog"), (out, err)
    assert code == 0, (out, err)
    assert "Traceback" not in err
    assert _stored_notes(path) == [TYPED]
    assert not lock_path_for(path).exists()
