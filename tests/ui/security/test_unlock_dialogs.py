"""Start-up dialogs driven by keyboard: unlock (wrong, slowed down, right), a new passphrase,
a second instance refused, and a damaged file restored from the newest backup."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from modal_helper import ModalScript, accept_welcome
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from resokit_desktop.security.passphrase import AttemptThrottle
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.storage.connection import file_kind, open_database
from resokit_desktop.ui.security.dossier_session import DossierSession

sys.path.insert(0, str(Path(__file__).parents[2] / "security"))
from dossier_factory import add_clients, make_dossier  # noqa: E402

PASSPHRASE = "lange zin om te ontgrendelen"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _session(path: Path, clock: FakeClock | None = None) -> DossierSession:
    session = DossierSession(path, idle_ms=3_600_000)
    if clock is not None:
        session.throttle = AttemptThrottle(clock=clock)
    return session


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_unlock_wrong_twice_waits_then_right_opens(qtbot, tmp_path, monkeypatch):
    monkeypatch.delenv("RESOKIT_PASSPHRASE", raising=False)
    path = make_dossier(tmp_path / "d.resokit", PASSPHRASE)
    before = _sha(path)
    clock = FakeClock()
    session = _session(path, clock)
    seen: dict[str, object] = {}

    def unlock(dialog):
        panel = dialog.panel
        qtbot.keyClicks(panel.field, "verkeerde zin")
        qtbot.keyClick(panel.field, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not panel.busy, timeout=20000)
        seen["message"] = panel.message.text()
        seen["same_bytes"] = _sha(path) == before
        seen["files"] = sorted(p.name for p in tmp_path.iterdir())
        qtbot.keyClick(panel.field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(panel.field, PASSPHRASE + "x")
        qtbot.keyClick(panel.field, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not panel.busy, timeout=20000)
        seen["wait"] = panel.wait_label.text()
        seen["button_enabled_while_waiting"] = panel.button.isEnabled()
        clock.now += 1.5
        qtbot.waitUntil(panel.button.isEnabled, timeout=3000)
        panel.field.clear()
        qtbot.keyClicks(panel.field, PASSPHRASE)
        qtbot.keyClick(panel.field, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not panel.busy, timeout=20000)

    script = ModalScript().expect("unlock_dialog", unlock)
    script.start()
    assert session.start()
    script.check()
    try:
        assert "Verkeerde wachtwoordzin" in seen["message"]
        assert seen["same_bytes"] is True
        # Nothing beside the file but the one-writer lock (its record and Qt's lock file).
        assert seen["files"] == ["d.resokit", "d.resokit.lock", "d.resokit.writer.lock"]
        assert seen["wait"] == "Volgende poging over 1 s."
        assert seen["button_enabled_while_waiting"] is False
        assert session.window.isVisible() and session.dossier.encrypted
    finally:
        session.shutdown()


def test_first_start_asks_a_new_passphrase_twice_with_messages(qtbot, tmp_path, monkeypatch):
    monkeypatch.delenv("RESOKIT_PASSPHRASE", raising=False)
    path = tmp_path / "nieuw.resokit"
    session = _session(path)
    seen: dict[str, str] = {}

    def choose(dialog):
        form = dialog.form
        qtbot.keyClicks(form.first, "kort")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        seen["short"] = form.first_message.message()
        seen["weak"] = form.strength_label.text()
        form.first.clear()
        qtbot.keyClicks(form.first, "fiets regen tulp zevenhonderd")
        seen["strong"] = form.strength_label.text()
        qtbot.keyClicks(form.second, "fiets regen tulp")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        seen["mismatch"] = form.second_message.message()
        seen["warning"] = dialog.findChild(QLabel, "passphrase_warning").text()
        qtbot.keyClicks(form.second, " zevenhonderd")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    script = ModalScript().expect("welcome_dialog", accept_welcome).expect(
        "new_passphrase_dialog", choose)
    script.start()
    assert session.start()
    script.check()
    session.shutdown()
    assert seen["short"] == "Te kort: gebruik minstens 8 tekens."
    assert seen["weak"].startswith("Zeer zwak")
    assert seen["strong"] in ("Goed.", "Sterk.")
    assert seen["mismatch"] == "De twee wachtwoordzinnen zijn niet gelijk."
    assert "Niemand kan hem herstellen" in seen["warning"]
    assert file_kind(path) == "encrypted"
    open_database(path, "fiets regen tulp zevenhonderd").conn.close()


def test_second_instance_is_refused_naming_since_when(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("RESOKIT_PASSPHRASE", PASSPHRASE)
    path = make_dossier(tmp_path / "d.resokit", PASSPHRASE)
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys,time; from pathlib import Path;"
         "from resokit_desktop.security.instance_lock import InstanceLock;"
         "InstanceLock(Path(sys.argv[1])).acquire(); print('READY', flush=True); time.sleep(60)",
         str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "READY"
        seen = {}

        def read_and_close(box: QMessageBox):
            seen["text"] = box.text()
            box.accept()

        script = ModalScript().expect("session_message", read_and_close)
        script.start()
        assert not _session(path).start()
        script.check()
        assert "al geopend in Resokit Desktop, sinds " in seen["text"]
        assert f"proces {holder.pid}" in seen["text"]
        holder.kill()
        holder.wait()
        session = _session(path)
        assert session.start()  # the stale lock of the killed process is taken over
        assert session.instance_lock.was_stale
        session.shutdown()
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()


def test_damaged_file_offers_the_newest_backup_and_keeps_it_aside(qtbot, tmp_path, monkeypatch):
    monkeypatch.delenv("RESOKIT_PASSPHRASE", raising=False)
    path = make_dossier(tmp_path / "d.resokit", PASSPHRASE, clients=5, notes="n " * 3000)
    dossier = DossierFile.open(path, PASSPHRASE)
    dossier.backup_now()
    dossier.close()
    add_clients(path, PASSPHRASE, 2)
    data = bytearray(path.read_bytes())
    data[3 * 4096 + 100: 3 * 4096 + 103] = b"\x00\x01\x02"
    path.write_bytes(bytes(data))
    seen: dict[str, str] = {}

    def unlock(dialog):
        qtbot.keyClicks(dialog.panel.field, PASSPHRASE)
        qtbot.keyClick(dialog.panel.field, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.panel.busy, timeout=20000)

    def damage_found(box):
        # The file opens (one key derivation); the full check after the first paint finds
        # the damage and offers the restore flow.
        seen["found"] = box.text()
        qtbot.mouseClick(box.buttons()[0], Qt.MouseButton.LeftButton)

    def restore(dialog):
        seen["intro"] = dialog.findChild(QLabel, "restore_intro").text()
        seen["item"] = dialog.list.currentItem().text()
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    def done(box):
        seen["done"] = box.text()
        box.findChild(QPushButton).click()

    script = (ModalScript().expect("unlock_dialog", unlock).expect("damage_found", damage_found)
              .expect("restore_dialog", restore).expect("session_message", done))
    script.start()
    session = _session(path)
    assert session.start()
    qtbot.waitUntil(lambda: not script.steps or bool(script.errors), timeout=30000)
    script.check()
    try:
        assert "beschadiging gevonden" in seen["found"]
        assert "beschadigd" in seen["intro"] and "niet overschreven" in seen["intro"]
        assert seen["item"].endswith("5 cliënten")
        assert "apart bewaard" in seen["done"]
        count = session.dossier.db.execute("SELECT count(*) FROM clients").fetchone()[0]
        assert count == 5
    finally:
        session.shutdown()
    kept = [p for p in tmp_path.iterdir() if ".damaged-" in p.name]
    # The file was open (and recorded the opening) before the check found the damage: the
    # copy kept aside holds the damaged page exactly as it was.
    page = slice(3 * 4096, 4 * 4096)
    assert len(kept) == 1 and kept[0].read_bytes()[page] == bytes(data)[page]
    assert os.path.getsize(path) > 0


def test_a_folder_or_an_unwritable_place_gives_a_clear_message(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("RESOKIT_PASSPHRASE", PASSPHRASE)
    seen = []
    script = ModalScript().expect("session_message", lambda box: (seen.append(box.text()),
                                                                  box.accept()))
    script.start()
    assert not _session(tmp_path).start()
    script.check()
    assert seen == [f"{tmp_path} is een map, geen dossierbestand."]
    fresh = _session(tmp_path / "nieuwe map" / "d.resokit")
    assert fresh.start()  # a missing folder is made
    fresh.shutdown()


def test_the_growing_wait_survives_a_restart(qtbot, tmp_path, monkeypatch):
    monkeypatch.delenv("RESOKIT_PASSPHRASE", raising=False)
    path = make_dossier(tmp_path / "d.resokit", PASSPHRASE)

    def three_wrong_then_quit(dialog):
        for attempt in range(3):
            dialog.panel.throttle._not_before = 0.0  # do not wait inside this test
            dialog.panel.field.clear()
            qtbot.keyClicks(dialog.panel.field, f"fout {attempt}")
            qtbot.keyClick(dialog.panel.field, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: not dialog.panel.busy, timeout=20000)
        dialog.reject()

    script = ModalScript().expect("unlock_dialog", three_wrong_then_quit)
    script.start()
    assert not _session(path).start()
    script.check()
    again = DossierSession(path, idle_ms=3_600_000)
    assert again.throttle.failures == 3
    assert again.throttle.seconds_left() > 1  # the 2 s wait starts anew after a restart
    again.throttle.record_success()
    assert DossierSession(path).throttle.failures == 0
