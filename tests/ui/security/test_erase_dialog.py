"""Deleting a client for good from the window: the dialog names what stays in backups, and
afterwards the file holds no trace of the client."""

from __future__ import annotations

import subprocess
from pathlib import Path

from privacy_ui_steps import click, when_dialog_opens
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox

from resokit_desktop.domain.client import Client
from resokit_desktop.security import audit
from resokit_desktop.storage import clients_repo

TOKEN = "cnryui7d41c0ffee"


def _raw(path: Path) -> bytes:
    # Read from a child process: our own close() would drop SQLite's locks on the file.
    return subprocess.run(["cat", str(path)], capture_output=True, check=True).stdout


def test_delete_dialog_mentions_backups_and_erase_leaves_no_trace(qtbot, dossier, db_path):
    from resokit_desktop.ui.main_window import MainWindow

    gone = clients_repo.save_client(dossier.db, Client(
        name=f"Weg {TOKEN}", notes=f"notitie {TOKEN}", neighbourhood=f"buurt {TOKEN}"))
    kept = clients_repo.save_client(dossier.db, Client(name="Blijft"))
    dossier.backup_now()
    window = MainWindow(dossier)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    table = window.client_list.table
    row = next(r for r in range(table.model().rowCount())
               if TOKEN in table.model().index(r, 0).data())
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.current_client_id() == gone)

    seen: list[str] = []

    def confirm(dialog: QMessageBox) -> None:
        seen.append(dialog.informativeText())
        click(qtbot, dialog.findChild(QAbstractButton, "confirm_delete"))

    when_dialog_opens(qtbot, confirm)
    window.action_registry.get("delete_client").trigger()

    assert seen and "back-ups" in seen[0] and "(nu 1, de oudste van" in seen[0]
    assert "verdwijnen naarmate er nieuwe back-ups bijkomen" in seen[0]
    assert not clients_repo.client_exists(dossier.db, gone)
    assert clients_repo.client_exists(dossier.db, kept)
    names = [table.model().index(r, 0).data() for r in range(table.model().rowCount())]
    assert names == ["Blijft"]
    for path in (db_path, Path(str(db_path) + "-wal")):
        if path.exists():
            assert TOKEN.encode() not in _raw(path)
    assert audit.entries(dossier.db)[0].event == "deleted"
    window.overview.saver.stop()
