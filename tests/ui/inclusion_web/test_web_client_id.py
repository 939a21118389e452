"""The client number shown in the Overzicht tab is the id `resokit export-web --client` takes."""

from __future__ import annotations

from datetime import date

from resokit_desktop.cli.main import main
from resokit_desktop.services import demo_service
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.ui.dossiers.overview_tab import OverviewTab


def test_overview_shows_the_id_that_the_command_line_accepts(qtbot, db_path, tmp_path):
    dossier = DossierFile.open(db_path)
    ids = demo_service.fill_demo(dossier.db, date(2026, 11, 23))
    tab = OverviewTab(dossier)
    qtbot.addWidget(tab)
    tab.set_client(ids[3])
    shown = tab.id_label.text()
    assert shown == f"Cliëntnummer: {ids[3]}"
    dossier.close()
    out = tmp_path / "web.graphml"
    number = shown.rsplit(" ", 1)[-1]
    assert main(["export-web", "--data", str(db_path), "--client", number, "--format",
                 "graphml", "--out", str(out)]) == 0
    assert "Houtatelier De Krul" in out.read_text(encoding="utf-8")
