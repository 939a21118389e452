"""The right-of-access dialog: type a folder, export, and find a readable PDF and JSON there."""

from __future__ import annotations

import json
from pathlib import Path

from privacy_ui_steps import clear_and_type, click

from resokit_desktop.domain.client import Client
from resokit_desktop.domain.session import Agreement, Session
from resokit_desktop.storage import clients_repo, sessions_repo


def test_export_writes_both_files_and_says_so(qtbot, dossier, shown, tmp_path: Path) -> None:
    from resokit_desktop.ui.security.access_export_dialog import AccessExportDialog

    client_id = clients_repo.save_client(dossier.db, Client(name="Hélène Dubois"))
    sessions_repo.save_session(dossier.db, Session(
        client_id=client_id, date="2026-11-02",
        agreements=[Agreement(what="Samen naar het buurthuis", who="Josée Lambert")]))
    out = tmp_path / "inzage"
    out.mkdir()
    dialog = shown(AccessExportDialog(dossier, client_id))

    clear_and_type(qtbot, dialog.folder_field, str(tmp_path / "bestaat-niet"))
    click(qtbot, dialog.export_button)
    assert "bestaat niet" in dialog.message.text()
    assert list(out.iterdir()) == []

    clear_and_type(qtbot, dialog.folder_field, str(out))
    assert dialog.initials_box.isChecked()
    click(qtbot, dialog.export_button)

    names = sorted(p.name for p in out.iterdir())
    assert len(names) == 2 and names[0].endswith(".json") and names[1].endswith(".pdf")
    assert all("Dubois" not in n for n in names)
    assert names[1] in dialog.message.text()
    data = json.loads((out / names[0]).read_text(encoding="utf-8"))
    assert data["tables"]["clients"][0]["name"] == "Hélène Dubois"
    assert data["tables"]["agreements"][0]["who"] == "J. L."
    assert (out / names[1]).read_bytes().startswith(b"%PDF")
