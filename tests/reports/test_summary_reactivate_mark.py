"""The summary's web drawing marks a sleeping tie to reactivate (↻) and its legend explains it."""

from __future__ import annotations

from datetime import date

from pdf_reading import pdf_text

from resokit_desktop.domain.summary import SummaryOptions
from resokit_desktop.services import web_service
from resokit_desktop.services.demo_service import fill_demo
from resokit_desktop.services.summary_pipeline import build_pdf, prepare_summary
from resokit_desktop.storage.connection import open_database


def test_the_printed_web_marks_the_tie_to_reactivate_and_the_legend_says_so(qt_fonts,
                                                                            tmp_path):
    db = open_database(tmp_path / "demo.resokit")
    try:
        ids = fill_demo(db, date(2026, 3, 16))
        client_id = ids[0]  # Marie-Louise: the church, asleep, to take up again
        members = web_service.load_version(db, client_id).members.values()
        marked = [m.name for m in members if m.tie.reactivate]
        assert marked == ["Sint-Lambertuskerk"]
        options = SummaryOptions()
        text = pdf_text(build_pdf(prepare_summary(db, client_id, options), options))
    finally:
        db.conn.close()
    assert "Slapend, om te reactiveren (↻)" in text  # the printed legend
    assert text.count("↻") >= 2  # the legend's symbol and the church's mark
