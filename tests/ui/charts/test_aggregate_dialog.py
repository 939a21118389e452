"""The anonymous export dialog: a period typed in, both files written, a wrong period refused."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate

from resokit_desktop.domain.client import Client
from resokit_desktop.services import web_service
from resokit_desktop.storage import clients_repo
from resokit_desktop.ui.charts.aggregate_dialog import AggregateDialog


def test_export_writes_csv_and_pdf(qtbot, dossier, tmp_path):
    client_id = clients_repo.save_client(dossier.db, Client(name="Geheim"))
    web_service.new_version(dossier.db, client_id, "2026-03-03")
    dialog = AggregateDialog(dossier, today=date(2026, 6, 1))
    qtbot.addWidget(dialog)
    assert dialog.period() == ("2026-01-01", "2026-06-01")
    assert dialog.export_to(tmp_path / "cijfers")
    dialog.wait()  # written in the background (test_aggregate_export_responsive.py)
    assert (tmp_path / "cijfers.csv").exists() and (tmp_path / "cijfers.pdf").exists()
    assert "1 cliënten, 1 versies" in dialog.message.text()
    assert b"Geheim" not in (tmp_path / "cijfers.csv").read_bytes()
    dialog.start_edit.setDate(QDate(2026, 7, 1))
    assert not dialog.export_to(tmp_path / "ander.csv")
    assert dialog.message.text() == "De begindatum ligt na de einddatum."
    assert not (tmp_path / "ander.csv").exists()
