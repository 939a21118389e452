"""An empty dossier file with backups beside it (a file truncated to 0 bytes) gets one verdict:
`resokit check` and the window both call it damaged, and the window restores the newest backup."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from modal_helper import ModalScript
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.ui.security.dossier_session import DossierSession

sys.path.insert(0, str(Path(__file__).parents[2] / "security"))
sys.path.insert(0, str(Path(__file__).parents[2] / "cli"))
from cli_runner import run_resokit  # noqa: E402
from dossier_factory import make_dossier  # noqa: E402

PASSPHRASE = "leeg bestand met back-ups ernaast"


def _emptied_with_backup(tmp_path: Path) -> Path:
    path = make_dossier(tmp_path / "d.resokit", PASSPHRASE, clients=4)
    dossier = DossierFile.open(path, PASSPHRASE)
    dossier.backup_now()
    dossier.close()
    os.truncate(path, 0)
    return path


def test_check_calls_an_emptied_file_with_backups_damaged(tmp_path):
    path = _emptied_with_backup(tmp_path)
    result = run_resokit("check", "--data", str(path), passphrase=PASSPHRASE)
    assert result.returncode == 3, (result.stdout, result.stderr)
    assert "integrity: DAMAGED" in result.stdout
    assert "the file is empty although backups of it exist" in result.stdout
    assert "automatic backups exist" in result.stdout
    assert "not a dossier" not in result.stdout + result.stderr
    assert path.stat().st_size == 0  # check changes nothing


def test_empty_file_without_backups_is_empty_for_check_too(tmp_path):
    path = tmp_path / "nieuw.resokit"
    path.write_bytes(b"")
    result = run_resokit("check", "--data", str(path), passphrase=PASSPHRASE)
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"resokit: {path} is empty: no dossier in it yet and no backups beside it")


def test_window_agrees_and_restores_the_emptied_file(qtbot, tmp_path, monkeypatch):
    monkeypatch.delenv("RESOKIT_PASSPHRASE", raising=False)
    path = _emptied_with_backup(tmp_path)
    cli = run_resokit("check", "--data", str(path), passphrase=PASSPHRASE)
    seen: dict[str, str] = {}

    def damaged(box):
        seen["first"] = box.text()
        box.findChild(QPushButton).click()

    def unlock(dialog):
        qtbot.keyClicks(dialog.panel.field, PASSPHRASE)
        qtbot.keyClick(dialog.panel.field, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.panel.busy, timeout=20000)

    def restore(dialog):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    def done(box):
        seen["done"] = box.text()
        box.findChild(QPushButton).click()

    script = (ModalScript().expect("session_message", damaged)
              .expect("unlock_dialog", unlock).expect("restore_dialog", restore)
              .expect("session_message", done))
    script.start()
    session = DossierSession(path, idle_ms=3_600_000)
    assert session.start()
    script.check()
    try:
        assert "beschadigd" in seen["first"]
        assert "apart bewaard" in seen["done"]
        assert session.dossier.db.execute("SELECT count(*) FROM clients").fetchone()[0] == 4
    finally:
        session.shutdown()
    # Both paths said "damaged": the command line with exit 3, the window by restoring.
    assert cli.returncode == 3 and "integrity: DAMAGED" in cli.stdout
