"""Copies kept aside on restore, from the window: the erase notice lists them and removes them
after asking, a passphrase change asks about the ones it could not re-encrypt, and the restore
dialog removes one with a real click."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from modal_helper import ModalScript
from privacy_ui_steps import click, when_dialog_opens
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox

from resokit_desktop.domain.client import Client
from resokit_desktop.security import backups
from resokit_desktop.services.dossier_file import (
    DossierFile,
    kept_aside_copies,
    remove_kept_aside,
    restore_dossier,
)
from resokit_desktop.storage import clients_repo
from resokit_desktop.storage.connection import connect_plainly
from resokit_desktop.storage.errors import StorageError
from resokit_desktop.ui.security.dossier_session import DossierSession
from resokit_desktop.ui.security.restore_dialog import RestoreDialog

sys.path.insert(0, str(Path(__file__).parents[2] / "security"))
from canary_data import hits, raw_bytes  # noqa: E402

OLD = "zeven blauwe fietsen in de regen"
NEW = "acht groene tulpen op het dak"
TOKEN = "cnryaside5e1f00d"
TOKENS = {"name": TOKEN}


def _with_kept_aside(path: Path, passphrase: str | None) -> int:
    """A dossier whose client is also in a copy kept aside by a restore and a damaged copy."""
    dossier = DossierFile.open(path, passphrase)
    client_id = clients_repo.save_client(dossier.db, Client(
        name=f"Weg {TOKEN}", notes=f"notitie {TOKEN}", neighbourhood=f"buurt {TOKEN}"))
    backup = dossier.backup_now()
    dossier.close()
    restore_dossier(path, backup, passphrase)
    damaged = path.with_name(path.name + ".damaged-20261123-103000")
    shutil.copyfile(path, damaged)
    data = bytearray(damaged.read_bytes())
    data[3 * 4096 + 100: 3 * 4096 + 140] = bytes(40)
    damaged.write_bytes(bytes(data))
    return client_id


def test_erase_lists_the_kept_aside_copies_and_removes_them(qtbot, db_path):
    from resokit_desktop.ui.main_window import MainWindow

    client_id = _with_kept_aside(db_path, None)  # plain: the raw scan can see the client
    copies = kept_aside_copies(db_path)
    assert len(copies) == 2 and all(hits(raw_bytes(c.path), TOKENS) for c in copies)
    dossier = DossierFile.open(db_path)
    window = MainWindow(dossier)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.open_client(client_id)
    qtbot.waitUntil(lambda: window.current_client_id() == client_id)
    seen: dict[str, str] = {}

    def confirm(dialog: QMessageBox) -> None:
        seen["delete"] = dialog.informativeText()
        click(qtbot, dialog.findChild(QAbstractButton, "confirm_delete"))
        when_dialog_opens(qtbot, remove_copies)

    def remove_copies(dialog: QMessageBox) -> None:
        seen["question"] = dialog.text() + "\n" + dialog.informativeText()
        click(qtbot, dialog.findChild(QAbstractButton, "remove_kept_aside"))

    when_dialog_opens(qtbot, confirm)
    window.action_registry.get("delete_client").trigger()
    try:
        assert "Er zijn ook 2 apart bewaarde kopieën" in seen["delete"]
        for copy in copies:
            assert copy.path.name in seen["question"]
        assert "vóór het terugzetten" in seen["question"] and "beschadigd" in seen["question"]
        assert not clients_repo.client_exists(dossier.db, client_id)
        assert kept_aside_copies(db_path) == []
        leftovers = [p for p in db_path.parent.iterdir()
                     if ".before-restore-" in p.name or ".damaged-" in p.name]
        assert leftovers == []
        still = [p.name for p in db_path.parent.iterdir() if p.is_file() and p != db_path
                 and not p.name.startswith(db_path.name + "-")
                 and hits(raw_bytes(p), TOKENS)]
        assert still == []
    finally:
        window.overview.saver.stop()
        window.close()
        dossier.close()


def test_passphrase_change_asks_about_copies_still_on_the_old_key(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "d.resokit"
    _with_kept_aside(path, OLD)
    monkeypatch.setenv("RESOKIT_PASSPHRASE", OLD)
    session = DossierSession(path, idle_ms=3_600_000)
    assert session.start()
    session.wait_for_backup()
    seen: dict[str, str] = {}

    def change(dialog):
        qtbot.keyClicks(dialog.current, OLD)
        qtbot.keyClicks(dialog.pair.first, NEW)
        qtbot.keyClicks(dialog.pair.second, NEW)
        qtbot.keyClick(dialog.pair.second, Qt.Key.Key_Return)

    def remove(box):
        seen["question"] = box.text() + "\n" + box.informativeText()
        qtbot.mouseClick(box.findChild(QAbstractButton, "remove_kept_aside"),
                         Qt.MouseButton.LeftButton)

    script = (ModalScript().expect("change_passphrase_dialog", change)
              .expect("kept_aside_question", remove))
    script.start()
    try:
        session.window.action_registry.get("change_passphrase").trigger()
        script.check()
    finally:
        session.shutdown()
    assert "oude wachtwoordzin" in seen["question"] and ".damaged-20261123-103000" in seen[
        "question"]
    copies = [p for p in tmp_path.iterdir() if p.is_file() and not p.name.endswith(".lock")]
    copies += [p for _when, p in backups.backup_files(path)]
    opening_with_old = []
    for copy in copies:
        try:
            connect_plainly(copy, OLD).close()
            opening_with_old.append(copy.name)
        except StorageError:
            pass
    assert opening_with_old == []
    assert [c.label for c in kept_aside_copies(path)] == ["before-restore"]


def test_restore_dialog_removes_a_kept_aside_copy_with_a_real_click(qtbot, shown, db_path):
    _with_kept_aside(db_path, None)
    copies = kept_aside_copies(db_path)
    dialog = RestoreDialog(backups.list_backups(db_path), kept=copies,
                           remove=lambda copy: remove_kept_aside(db_path, copy))
    shown(dialog)
    kept_list = dialog.kept_list
    assert kept_list.isVisible() and kept_list.count() == 2
    assert not dialog.remove_kept_button.isEnabled()
    rect = kept_list.visualItemRect(kept_list.item(0))  # the damaged copy (oldest)
    qtbot.mouseClick(kept_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.remove_kept_button.isEnabled()
    seen = {}

    def confirm(box):
        seen["text"] = box.text()
        click(qtbot, box.findChild(QAbstractButton, "confirm_remove_kept_yes"))

    when_dialog_opens(qtbot, confirm)
    click(qtbot, dialog.remove_kept_button)
    qtbot.waitUntil(lambda: kept_list.count() == 1)
    assert "definitief verwijderen" in seen["text"] and ".damaged-" in seen["text"]
    assert not copies[0].path.exists() and copies[1].path.exists()
    assert [c.path for c in kept_aside_copies(db_path)] == [copies[1].path]
