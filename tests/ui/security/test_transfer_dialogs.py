"""Handover through the dialogs: export with its own passphrase, check, preview, import."""

from __future__ import annotations

from pathlib import Path

import pytest
from privacy_ui_steps import clear_and_type, click
from PySide6.QtCore import QPoint, Qt

from resokit_desktop.domain.client import Client
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.storage import clients_repo

PASS = "collega-zin-2026"


@pytest.fixture
def colleague(tmp_path: Path):
    opened = DossierFile.open(tmp_path / "collega.resokit", "collega dossier zin")
    yield opened
    opened.close()


def _export(qtbot, shown, dossier, client_id: int, target: Path) -> None:
    from resokit_desktop.ui.security.transfer_export_dialog import TransferExportDialog

    dialog = shown(TransferExportDialog(dossier, client_id))
    assert "overdracht-" in dialog.target_field.text()  # a neutral default name
    clear_and_type(qtbot, dialog.target_field, str(target))
    qtbot.keyClicks(dialog.pass_field, PASS)
    qtbot.keyClicks(dialog.repeat_field, PASS + "x")
    click(qtbot, dialog.export_button)
    assert "niet gelijk" in dialog.message.text() and not target.exists()
    clear_and_type(qtbot, dialog.repeat_field, PASS)
    click(qtbot, dialog.export_button)
    assert target.exists() and "Klaar" in dialog.message.text()
    assert dialog.pass_field.text() == ""


def test_export_then_import_with_preview_and_conflict(qtbot, shown, dossier, colleague,
                                                      tmp_path: Path) -> None:
    from resokit_desktop.ui.security.transfer_import_dialog import TransferImportDialog

    client_id = clients_repo.save_client(dossier.db, Client(name="Tomasz Nowak",
                                                            neighbourhood="Anderlecht"))
    target = tmp_path / "naar-collega.resokit-overdracht"
    _export(qtbot, shown, dossier, client_id, target)

    dialog = shown(TransferImportDialog(colleague))
    qtbot.keyClicks(dialog.file_field, str(target))
    qtbot.keyClicks(dialog.pass_field, "verkeerde zin")
    click(qtbot, dialog.check_button)
    assert "opent niet met deze wachtwoordzin" in dialog.message.text()
    assert "niets veranderd" in dialog.message.text()
    assert not dialog.import_button.isEnabled()

    clear_and_type(qtbot, dialog.pass_field, PASS)
    click(qtbot, dialog.check_button)
    assert "Tomasz Nowak" in dialog.preview_label.text()
    assert not dialog.skip.isVisible()
    click(qtbot, dialog.import_button)
    assert dialog.imported_id is not None
    assert clients_repo.get_client(colleague.db, dialog.imported_id).neighbourhood == "Anderlecht"

    # Second time: same name exists -> choose 'skip' -> nothing added.
    again = shown(TransferImportDialog(colleague))
    qtbot.keyClicks(again.file_field, str(target))
    qtbot.keyClicks(again.pass_field, PASS)
    click(qtbot, again.check_button)
    assert again.skip.isVisible() and "bestaat al" in again.message.text()
    # Click on the radio's indicator (its label does not fill the dialog's width).
    qtbot.mouseClick(again.skip, Qt.MouseButton.LeftButton,
                     pos=QPoint(6, again.skip.height() // 2))
    assert again.skip.isChecked()
    click(qtbot, again.import_button)
    assert again.imported_id is None and clients_repo.count_clients(colleague.db) == 1


def test_garbage_file_is_refused_in_the_dialog(qtbot, shown, colleague, tmp_path) -> None:
    from resokit_desktop.ui.security.transfer_import_dialog import TransferImportDialog

    garbage = tmp_path / "rommel.resokit-overdracht"
    garbage.write_bytes(b"\x00garbage" * 1000)
    dialog = shown(TransferImportDialog(colleague))
    qtbot.keyClicks(dialog.file_field, str(garbage))
    qtbot.keyClicks(dialog.pass_field, PASS)
    click(qtbot, dialog.check_button)
    assert "niets veranderd" in dialog.message.text()
    assert not dialog.import_button.isEnabled()
    assert clients_repo.count_clients(colleague.db) == 0


def test_a_bad_value_is_refused_in_the_dialog_naming_the_field(qtbot, shown, dossier, colleague,
                                                                tmp_path) -> None:
    import sqlcipher3

    from resokit_desktop.domain.session import Session
    from resokit_desktop.security import transfer
    from resokit_desktop.storage import sessions_repo
    from resokit_desktop.ui.security.transfer_import_dialog import TransferImportDialog

    client_id = clients_repo.save_client(dossier.db, Client(name="Tomasz Nowak"))
    sessions_repo.save_session(dossier.db, Session(client_id=client_id, date="2026-10-01"))
    target = tmp_path / "ontvangen.resokit-overdracht"
    transfer.export_client(dossier.db, client_id, target, PASS)
    conn = sqlcipher3.connect(str(target), isolation_level=None)
    conn.execute(f"PRAGMA key = '{PASS}'")
    conn.execute("UPDATE sessions SET type = 'feestje'")
    conn.close()

    dialog = shown(TransferImportDialog(colleague))
    qtbot.keyClicks(dialog.file_field, str(target))
    qtbot.keyClicks(dialog.pass_field, PASS)
    click(qtbot, dialog.check_button)
    text = dialog.message.text()
    assert "sessions.type" in text and "deze keuze kent Resokit Desktop niet" in text
    assert "niets veranderd" in text and not dialog.import_button.isEnabled()
    assert clients_repo.count_clients(colleague.db) == 0


def test_a_weak_or_pasted_nul_handover_passphrase_is_refused(qtbot, shown, dossier,
                                                             tmp_path: Path) -> None:
    from PySide6.QtGui import QGuiApplication

    from resokit_desktop.ui.security.transfer_export_dialog import TransferExportDialog

    client_id = clients_repo.save_client(dossier.db, Client(name="Tomasz Nowak"))
    target = tmp_path / "zwak.resokit-overdracht"
    dialog = shown(TransferExportDialog(dossier, client_id))
    clear_and_type(qtbot, dialog.target_field, str(target))
    for field in (dialog.pass_field, dialog.repeat_field):
        qtbot.keyClicks(field, "12345678")
    click(qtbot, dialog.export_button)
    assert dialog.message.text().startswith("Te makkelijk te raden")
    QGuiApplication.clipboard().setText("collega\x00zin-2026")
    for field in (dialog.pass_field, dialog.repeat_field):
        field.selectAll()
        qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    click(qtbot, dialog.export_button)
    assert "onzichtbaar stuurteken" in dialog.message.text()
    assert not target.exists()
