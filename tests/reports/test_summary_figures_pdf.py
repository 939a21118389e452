"""The figures in the printed summary: the window's names, a one-line explanation each, NDTi's
paid-staff choice stated, no negative zero, and the figures never split over two pages."""

from __future__ import annotations

import re

from pdf_reading import pdf_pages

from resokit_desktop.domain.summary import SummaryCopy, SummaryOptions
from resokit_desktop.reports.figure_texts import figure_explanation, figure_name
from resokit_desktop.reports.texts import ReportTexts
from resokit_desktop.services import web_service
from resokit_desktop.services.summary_pipeline import build_pdf, prepare_summary

NL = ReportTexts("nl")
WORKER_KEYS = ("size", "people_score", "places_score", "domains_used", "unpaid_active_people",
               "rings", "paid_share", "capital", "sleeping", "density", "splitting_members")


def summary(db, client_id: int, **options) -> bytes:
    chosen = SummaryOptions(**options)
    return build_pdf(prepare_summary(db, client_id, chosen), chosen)


def _with_webs(db) -> list[int]:
    return [c for c in db.demo_ids if len(web_service.list_versions(db, c)) >= 2]


def test_printed_figures_carry_the_windows_names_and_explanations(qt_fonts, demo_db) -> None:
    client_id = _with_webs(demo_db)[0]
    pages = pdf_pages(summary(demo_db, client_id))
    text = " ".join(pages)
    for key in WORKER_KEYS:
        assert figure_name(NL, key) in text, key
        assert figure_explanation(NL, key) in text, key
    assert "Brugfiguren" not in text and "Personenscore" not in text
    assert "Betaalde hulpverleners en diensten tellen mee in de NDTi-scores" in text
    assert "niet de levensdomeinen van NDTi" in text  # the demo uses Resokit's own domains
    assert not re.search(r"-0(,0+)?\b", text)


def test_paid_staff_choice_is_stated_on_the_printout(qt_fonts, demo_db) -> None:
    client_id = _with_webs(demo_db)[0]
    web_service.set_count_paid_staff(demo_db, False)
    text = " ".join(pdf_pages(summary(demo_db, client_id)))
    assert "Betaalde hulpverleners en diensten tellen niet mee in de NDTi-scores" in text
    client_text = " ".join(pdf_pages(summary(demo_db, client_id, copy=SummaryCopy.CLIENT)))
    assert "tellen niet mee in de NDTi-scores" in client_text
    assert figure_name(NL, "people_score") in client_text


def test_figures_are_never_split_over_two_pages(qt_fonts, demo_db) -> None:
    first, last = figure_name(NL, "size"), figure_name(NL, "splitting_members")
    checked = 0
    for client_id in _with_webs(demo_db):
        pages = pdf_pages(summary(demo_db, client_id))
        start = [n for n, page in enumerate(pages) if first in page]
        end = [n for n, page in enumerate(pages) if last in page]
        assert start and start == end, (client_id, start, end)
        # A short "what changed" section follows the figures on their page, not on a page alone.
        change = [n for n, page in enumerate(pages) if "Wat is er veranderd sinds" in page]
        assert change == end, (client_id, change, end)
        # The last page is never a handful of lines carried over from the page before.
        if len(pages) > 1:
            body = pages[-1].split("Vertrouwelijk")[0]
            assert len(body.split()) > 25, (client_id, body)
        checked += 1
    assert checked >= 4
