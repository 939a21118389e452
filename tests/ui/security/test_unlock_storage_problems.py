"""The window tells a full disk, a read-only file or folder and a wrong passphrase apart, and
only a wrong passphrase counts as a wrong try (the growing wait).

Real file systems: a tiny tmpfs filled to ENOSPC or remounted read-only, and a read-only bind
mount of the dossier file (tests/security/disk_states.py; skipped where mounting is impossible).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from modal_helper import ModalScript
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from resokit_desktop.ui.security.dossier_session import DossierSession

sys.path.insert(0, str(Path(__file__).parents[2] / "security"))
from disk_states import fill, make_read_only, read_only_file, tiny_disk  # noqa: E402
from dossier_factory import make_dossier  # noqa: E402

PASSPHRASE = "een zin voor een volle schijf"


@pytest.fixture
def disk(tmp_path):
    with tiny_disk(tmp_path) as folder:
        yield folder


def _submit(qtbot, panel, text: str) -> None:
    panel.field.clear()
    qtbot.keyClicks(panel.field, text)
    qtbot.keyClick(panel.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not panel.busy, timeout=20000)


def test_lock_screen_on_a_full_disk_says_so_and_does_not_count(qtbot, tmp_path, disk,
                                                                  monkeypatch):
    monkeypatch.setenv("RESOKIT_PASSPHRASE", PASSPHRASE)
    path = disk / "d.resokit"
    shutil.copyfile(make_dossier(tmp_path / "d.resokit", PASSPHRASE, clients=2), path)
    session = DossierSession(path, idle_ms=3_600_000)
    assert session.start()
    try:
        session.wait_for_backup()
        assert session.lock()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        fill(disk)
        panel = session.lock_screen.panel
        _submit(qtbot, panel, PASSPHRASE)
        assert session.is_locked
        assert "schijf is vol" in panel.message.text()
        assert "Verkeerde" not in panel.message.text()
        assert session.throttle.failures == 0 and session.throttle.seconds_left() == 0
        _submit(qtbot, panel, PASSPHRASE)  # trying again is not slowed down either
        assert session.throttle.failures == 0

        _submit(qtbot, panel, "niet de goede zin")  # a wrong passphrase still counts
        assert "Verkeerde wachtwoordzin" in panel.message.text()
        assert session.throttle.failures == 1
        session.throttle.record_success()

        for filler in disk.glob("filler*.bin"):
            filler.unlink()  # room again: the same passphrase opens
        _submit(qtbot, panel, PASSPHRASE)
        qtbot.waitUntil(lambda: not session.is_locked, timeout=10000)
    finally:
        session.shutdown()


def _start_expecting_message(path: Path) -> tuple[bool, list[str], DossierSession]:
    seen: list[str] = []
    script = ModalScript().expect("session_message", lambda box: (seen.append(box.text()),
                                                                  box.accept()))
    script.start()
    session = DossierSession(path, idle_ms=3_600_000)
    started = session.start()
    script.check()
    return started, seen, session


def test_start_on_a_full_disk_says_full_not_unwritable(tmp_path, disk, monkeypatch, qtbot):
    monkeypatch.delenv("RESOKIT_PASSPHRASE", raising=False)
    path = disk / "d.resokit"
    shutil.copyfile(make_dossier(tmp_path / "d.resokit", PASSPHRASE, clients=2), path)
    fill(disk)
    started, seen, session = _start_expecting_message(path)
    assert not started
    assert len(seen) == 1 and "schijf is vol" in seen[0] and "schrijfbaar" not in seen[0]
    assert session.throttle.failures == 0


def test_start_in_a_read_only_folder_says_so(tmp_path, disk, monkeypatch, qtbot):
    monkeypatch.delenv("RESOKIT_PASSPHRASE", raising=False)
    path = disk / "d.resokit"
    shutil.copyfile(make_dossier(tmp_path / "d.resokit", PASSPHRASE, clients=2), path)
    make_read_only(disk)
    started, seen, session = _start_expecting_message(path)
    assert not started
    assert len(seen) == 1 and "niet schrijfbaar" in seen[0] and "vol" not in seen[0]
    assert session.throttle.failures == 0


def test_unlock_of_a_read_only_file_says_read_only_and_does_not_count(qtbot, tmp_path,
                                                                        monkeypatch):
    monkeypatch.delenv("RESOKIT_PASSPHRASE", raising=False)
    path = make_dossier(tmp_path / "d.resokit", PASSPHRASE, clients=2)
    seen: dict[str, object] = {}

    def unlock(dialog):
        panel = dialog.panel
        _submit(qtbot, panel, PASSPHRASE)
        seen["message"] = panel.message.text()
        seen["failures"] = panel.throttle.failures
        seen["open"] = dialog.isVisible()
        dialog.reject()

    with read_only_file(path):
        script = ModalScript().expect("unlock_dialog", unlock)
        script.start()
        session = DossierSession(path, idle_ms=3_600_000)
        started = session.start()
        script.check()
        session.shutdown()
    assert not started
    assert "alleen-lezen" in seen["message"] and "Verkeerde" not in seen["message"]
    assert seen["failures"] == 0 and seen["open"]
