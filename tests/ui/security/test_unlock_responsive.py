"""Enter in the unlock dialog: a busy state while the key is derived off the UI thread, one key
derivation, then the main window; the full check afterwards finds damage and offers restore."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from modal_helper import ModalScript
from PySide6.QtCore import Qt, QTimer

from resokit_desktop.security import backups
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.storage.connection import keyed_connection_count
from resokit_desktop.ui.security.dossier_session import DossierSession

sys.path.insert(0, str(Path(__file__).parents[2] / "security"))
from dossier_factory import make_dossier  # noqa: E402

PASSPHRASE = "een lange zin om snel te openen"


def test_enter_shows_busy_keeps_the_loop_running_and_derives_the_key_once(
        qtbot, tmp_path, monkeypatch):
    monkeypatch.delenv("RESOKIT_PASSPHRASE", raising=False)
    path = make_dossier(tmp_path / "d.resokit", PASSPHRASE, clients=3)
    dossier = DossierFile.open(path, PASSPHRASE)
    dossier.backup_now()  # no backup is due, so none runs beside the unlock
    dossier.close()
    # A gate held by the test: the attempt waits for it wherever it runs. On the UI thread no
    # tick could happen while it waits; off the UI thread the timer keeps firing.
    gate = threading.Event()
    real_attempt = DossierSession.attempt_open

    def gated_attempt(self, text):
        gate.wait(timeout=5)
        return real_attempt(self, text)

    monkeypatch.setattr(DossierSession, "attempt_open", gated_attempt)
    session = DossierSession(path, idle_ms=3_600_000)
    seen: dict[str, object] = {"ticks_while_busy": 0}

    def unlock(dialog):
        panel = dialog.panel
        timer = QTimer()
        timer.setInterval(10)

        def tick():
            if panel.busy:
                seen["ticks_while_busy"] += 1
                if seen["ticks_while_busy"] >= 3:
                    gate.set()

        timer.timeout.connect(tick)
        timer.start()
        qtbot.keyClicks(panel.field, PASSPHRASE)
        seen["keyed_before"] = keyed_connection_count()
        qtbot.keyClick(panel.field, Qt.Key.Key_Return)
        seen["busy_shown"] = panel.busy_label.isVisible() and panel.busy_label.text()
        seen["field_off"] = not panel.field.isEnabled()
        seen["button_off"] = not panel.button.isEnabled()
        qtbot.waitUntil(lambda: not panel.busy, timeout=20000)
        timer.stop()

    def on_window():
        seen["keyed_at_window"] = keyed_connection_count()

    script = ModalScript().expect("unlock_dialog", unlock)
    script.start()
    assert session.start()
    on_window()
    script.check()
    try:
        assert seen["busy_shown"] == "Bezig met openen…"
        assert seen["field_off"] and seen["button_off"]
        assert seen["ticks_while_busy"] >= 3
        assert session.window.isVisible() and session.dossier.encrypted
        # One key derivation from Enter to the main window (no integrity.diagnose first).
        assert seen["keyed_at_window"] - seen["keyed_before"] == 1
        # The full check runs afterwards, on its own connection, and finds the file whole.
        qtbot.waitUntil(lambda: session.integrity_watch.last_problems is not None,
                        timeout=20000)
        assert session.integrity_watch.last_problems == []
    finally:
        session.shutdown()


def test_damage_found_after_opening_says_so_and_later_keeps_working(
        qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("RESOKIT_PASSPHRASE", PASSPHRASE)
    path = make_dossier(tmp_path / "d.resokit", PASSPHRASE, clients=5, notes="n " * 3000)
    dossier = DossierFile.open(path, PASSPHRASE)
    dossier.backup_now()
    dossier.close()
    data = bytearray(path.read_bytes())
    data[3 * 4096 + 100: 3 * 4096 + 103] = b"\x00\x01\x02"  # a damaged page the open never reads
    path.write_bytes(bytes(data))
    seen: dict[str, object] = {}

    def later(box):
        seen["text"] = box.text()
        seen["buttons"] = [b.text() for b in box.buttons()]
        later_button = next(b for b in box.buttons() if b.text() == "&Later")
        qtbot.mouseClick(later_button, Qt.MouseButton.LeftButton)

    script = ModalScript().expect("damage_found", later)
    script.start()
    session = DossierSession(path, idle_ms=3_600_000)
    assert session.start()
    try:
        qtbot.waitUntil(lambda: not script.steps or bool(script.errors), timeout=30000)
        script.check()
        assert "beschadiging gevonden" in seen["text"]
        assert "Back-up &terugzetten…" in seen["buttons"]
        assert session.window.isVisible() and session.integrity_watch.last_problems
        assert len(backups.backup_files(path)) == 1
    finally:
        session.shutdown()
