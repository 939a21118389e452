"""The application opens no socket while starting, editing a client and a session, saving, quitting.

The app runs in a subprocess through its real entry point (``resokit --data FILE``) and is driven
with real key events. Two witnesses: a ``sys.addaudithook`` that records every ``socket.*`` audit
event Python raises, and a thread that samples ``/proc/self/fd`` every few milliseconds (and once
more at the end) for ``socket:`` entries, which also catches sockets opened by C libraries (Qt's
D-Bus or accessibility code would show up there). Unix-domain and internet sockets both count.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

DRIVER = textwrap.dedent('''
    import json, os, sys, threading, time

    audit_events = []

    def audit(event, args):
        if event.startswith(("socket.", "urllib", "http.client")):
            audit_events.append([event, repr(args)[:160]])

    sys.addaudithook(audit)

    fd_sockets = set()
    stop = threading.Event()

    def scan_fds():
        for fd in os.listdir("/proc/self/fd"):
            try:
                target = os.readlink(f"/proc/self/fd/{fd}")
            except OSError:
                continue
            if target.startswith("socket:"):
                fd_sockets.add(target)

    def sampler():
        while not stop.is_set():
            scan_fds()
            time.sleep(0.005)

    threading.Thread(target=sampler, daemon=True).start()

    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from resokit_desktop.app import create_application

    app = create_application()
    steps = []

    def drive():
        windows = [w for w in QApplication.topLevelWidgets()
                   if w.objectName() == "main_window" and w.isVisible()]
        if not windows:
            QTimer.singleShot(50, drive)
            return
        window = windows[0]
        window.activateWindow()
        QTest.qWaitForWindowActive(window, 5000)
        ctrl = Qt.KeyboardModifier.ControlModifier
        QTest.keyClick(window, Qt.Key.Key_N, ctrl)
        form = window.overview.form
        QTest.keyClicks(form.name_field, "Netwerkloze Test")
        QTest.keyClicks(form.neighbourhood_field, "Offline")
        QTest.mouseClick(form.notes_field.viewport(), Qt.MouseButton.LeftButton)
        QTest.keyClicks(form.notes_field, "Geen netwerk nodig.")
        sessions = window.tab_widget("sessions")
        window.tabs.setCurrentWidget(sessions)
        QTest.mouseClick(sessions.editor.worked_on_field.viewport(), Qt.MouseButton.LeftButton)
        QTest.keyClicks(sessions.editor.worked_on_field, "Eerste gesprek")
        QTest.mouseClick(sessions.editor.agreements.add_button, Qt.MouseButton.LeftButton)
        QTest.keyClicks(QApplication.focusWidget(), "Terugbellen")
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        steps.append("typed")
        QTest.keyClick(window, Qt.Key.Key_Q, ctrl)
        steps.append("quit")

    QTimer.singleShot(0, drive)
    QTimer.singleShot(60000, app.quit)  # a safety net, never reached when all goes well

    from resokit_desktop.cli.main import main

    code = main(["--data", sys.argv[1]])
    stop.set()
    scan_fds()

    from resokit_desktop.storage.connection import open_database

    db = open_database(sys.argv[1], os.environ.get("RESOKIT_PASSPHRASE"))
    clients = [r[0] for r in db.execute("SELECT name FROM clients")]
    agreements = [r[0] for r in db.execute("SELECT what FROM agreements")]
    db.conn.close()
    print("RESULT " + json.dumps({
        "code": code, "steps": steps, "clients": clients, "agreements": agreements,
        "audit": audit_events, "fd_sockets": sorted(fd_sockets),
    }))
''')


@pytest.mark.skipif(not Path("/proc/self/fd").exists(), reason="needs /proc (Linux)")
def test_the_app_opens_no_socket(tmp_path: Path) -> None:
    script = tmp_path / "drive_app.py"
    script.write_text(DRIVER, encoding="utf-8")
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["RESOKIT_PASSPHRASE"] = "geen-netwerk-nodig-42"
    result = subprocess.run(
        [sys.executable, str(script), str(tmp_path / "dossiers.resokit")],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("RESULT ")]
    assert lines, f"driver gave no result:\n{result.stdout[-2000:]}\n{result.stderr[-3000:]}"
    report = json.loads(lines[-1].removeprefix("RESULT "))
    # The run really did the work: the client and the agreement are in the file.
    assert report["steps"] == ["typed", "quit"]
    assert report["code"] == 0
    assert report["clients"] == ["Netwerkloze Test"]
    assert report["agreements"] == ["Terugbellen"]
    # And no socket was opened, by Python code or by any library underneath.
    # socket.gethostname() is the one socket-module call made (the instance lock notes which
    # machine holds the file); it reads the local host name (uname) and opens nothing.
    opened = [event for event in report["audit"] if event[0] != "socket.gethostname"]
    assert opened == []
    assert report["fd_sockets"] == []
