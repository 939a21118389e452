"""Disk full seen by the user: the Overzicht form says 'Niet bewaard… blijft intact', keeps what
was typed, and the retry button stores it once there is room again."""

from __future__ import annotations

from pathlib import Path

import sqlite_utils
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from resokit_desktop.domain.client import Client
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.storage import clients_repo
from resokit_desktop.storage.connection import connect_plainly

PASSPHRASE = "schijf vol in het formulier"
PASTED = "Gesprek over de buurt en de moestuin. " * 8000  # ~300 kB: needs new pages


def _stored_notes(path: Path, client_id: int) -> str:
    """Read what the FILE holds, through a separate connection (no Python open()/close() of
    the file in this process: that would drop the POSIX locks of the form's connection)."""
    conn = connect_plainly(path, PASSPHRASE)
    try:
        return clients_repo.get_client(sqlite_utils.Database(conn), client_id).notes
    finally:
        conn.close()


def test_full_disk_message_keeps_input_and_retry_saves(qtbot, tmp_path: Path) -> None:
    from resokit_desktop.ui.dossiers.overview_tab import OverviewTab

    path = tmp_path / "dossiers.resokit"
    dossier = DossierFile.open(path, PASSPHRASE)
    client_id = clients_repo.save_client(dossier.db, Client(name="Fatou", notes="eerste notitie"))
    tab = OverviewTab(dossier)
    qtbot.addWidget(tab)
    tab.resize(900, 700)
    tab.show()
    qtbot.waitExposed(tab)
    tab.set_client(client_id)

    # The disk is full: not one more page may be added to the file.
    pages = dossier.db.execute("PRAGMA page_count").fetchone()[0]
    dossier.db.execute(f"PRAGMA max_page_count = {pages}")

    QApplication.clipboard().setText(PASTED)
    notes = tab.form.notes_field
    qtbot.mouseClick(notes.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(notes, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(notes, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    # Leaving the field saves; the save fails.
    qtbot.mouseClick(tab.form.phone_field, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.status.state == "failed", timeout=5000)

    message = tab.status.text()
    assert "Niet bewaard" in message
    assert "Wat eerder bewaard was, blijft intact" in message
    assert "schijf is vol" in message
    assert tab.status.retry_button.isVisible()
    assert notes.toPlainText().endswith(PASTED)  # the input is still in the form
    assert _stored_notes(path, client_id) == "eerste notitie"  # the file holds the old text

    # Room again: the retry button stores what is in the form.
    dossier.db.execute("PRAGMA max_page_count = 1073741823")
    qtbot.mouseClick(tab.status.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.status.state == "saved", timeout=5000)
    assert not tab.status.retry_button.isVisible()
    assert _stored_notes(path, client_id) == "eerste notitie" + PASTED
    tab.saver.stop()
    dossier.close()
