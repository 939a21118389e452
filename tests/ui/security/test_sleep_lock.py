"""Screen lock or suspend announced on D-Bus locks the dossier (a private bus, a real signal)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[2] / "security"))
from dossier_factory import make_dossier  # noqa: E402

PASSPHRASE = "slaap zacht en vergrendel"

CHILD = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from resokit_desktop.app import create_application
from resokit_desktop.ui.security.dossier_session import DossierSession

app = create_application()
session = DossierSession(Path(sys.argv[1]), idle_ms=3_600_000)
assert session.start()
print("listening", ",".join(session.sleep_watch.listening), flush=True)
screensaver = QDBusConnection.connectToBus(sys.argv[2], "fake-screensaver")
screensaver.registerService("org.freedesktop.ScreenSaver")

def announce():
    print("locked before", session.is_locked, flush=True)
    signal = QDBusMessage.createSignal(
        "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged")
    signal.setArguments([True])
    screensaver.send(signal)

def report():
    print("locked after", session.is_locked, flush=True)
    session.shutdown()
    app.quit()

QTimer.singleShot(200, announce)
QTimer.singleShot(1500, report)
app.exec()
"""


@pytest.mark.skipif(shutil.which("dbus-daemon") is None, reason="no dbus-daemon to run a bus")
def test_screensaver_activation_locks(tmp_path):
    path = make_dossier(tmp_path / "d.resokit", PASSPHRASE, clients=1)
    bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address"],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        address = bus.stdout.readline().strip()
        env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS=address, RESOKIT_PASSPHRASE=PASSPHRASE,
                   QT_QPA_PLATFORM="offscreen")
        result = subprocess.run([sys.executable, "-c", CHILD, str(path), address], env=env,
                                capture_output=True, text=True, timeout=60)
    finally:
        bus.kill()
        bus.wait()
    lines = result.stdout.splitlines()
    assert "listening screensaver" in lines[0] or "listening sleep,screensaver" in lines[0], (
        result.stdout, result.stderr)
    assert "locked before False" in lines and "locked after True" in lines, result.stdout
