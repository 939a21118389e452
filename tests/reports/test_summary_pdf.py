"""The summary PDF read back as text: what a worker and a client find on the printed pages."""

from __future__ import annotations

import pytest
from pdf_reading import folded, pdf_pages, pdf_text
from pypdf import PdfReader
from rich_client import CLIENT_NAME, OBSERVATION

from resokit_desktop.domain.summary import SummaryCopy, SummaryOptions
from resokit_desktop.services.summary_pipeline import build_pdf, prepare_summary
from resokit_desktop.storage import sessions_repo


def summary(db, client_id: int, **options) -> bytes:
    chosen = SummaryOptions(**options)
    return build_pdf(prepare_summary(db, client_id, chosen), chosen)


def test_demo_clients_agreements_are_printed(qt_fonts, demo_db) -> None:
    checked = 0
    for client_id in demo_db.demo_ids:
        sessions = sessions_repo.list_sessions(demo_db, client_id)
        if not sessions:
            continue
        text = pdf_text(summary(demo_db, client_id))
        for agreement in sessions[0].agreements:
            assert folded(agreement.what) in text
            checked += 1
        assert folded(sessions[0].worked_on) in text
    assert checked >= 10


def test_client_copy_leaves_out_the_observation(qt_fonts, rich_db) -> None:
    worker = pdf_text(summary(rich_db, rich_db.rich_client_id))
    client = pdf_text(summary(rich_db, rich_db.rich_client_id, copy=SummaryCopy.CLIENT))
    assert folded(OBSERVATION) in worker
    assert folded(OBSERVATION) not in client
    assert folded("ik betaal nu €5 voor de soep") in client  # the client's own words stay


# Two PDFs for every session of every demo client (about half a minute): CI runs it, the
# everyday run has the rich client's case above.
@pytest.mark.slow
def test_client_copy_leaves_out_every_observation(qt_fonts, demo_db) -> None:
    for client_id in demo_db.demo_ids:
        for session in sessions_repo.list_sessions(demo_db, client_id):
            worker = pdf_text(summary(demo_db, client_id, session_date=session.date))
            client = pdf_text(summary(demo_db, client_id, copy=SummaryCopy.CLIENT,
                                      session_date=session.date))
            observation = folded(session.worker_observations)
            assert observation in worker
            assert observation not in client
            assert folded(session.client_words) in client


def test_talents_role_steps_web_change_and_accents(qt_fonts, rich_db) -> None:
    pages = pdf_pages(summary(rich_db, rich_db.rich_client_id))
    text = " ".join(pages)
    for expected in ("Koken – Kookte voor het buurtfeest", "Luisteren",
                     "Stap 0 voor plan 1: proeven in de keuken", "Gastvrouw van het soepcafé 3",
                     "Buurtwerk Één – L’Équipe", CLIENT_NAME, "€5", "Sofie Janssens",
                     "Ik ken nu meer mensen in de buurt, dat voelt goed.",
                     "Afspraak 9: bellen naar het café", "Grootte van het netwerk"):
        assert expected in text, expected
    assert OBSERVATION in text
    assert all("Vertrouwelijk" in page for page in pages)
    assert [f"Pagina {n} van {len(pages)}" in page for n, page in enumerate(pages, 1)] == \
        [True] * len(pages)


def test_initials_leave_the_full_name_out_of_every_page(qt_fonts, rich_db) -> None:
    content = summary(rich_db, rich_db.rich_client_id, initials_only=True)
    pages = pdf_pages(content)
    assert pages and "F. N.-D." in pages[0]
    for page in pages:
        for part in ("Françoise", "Noël", "Dubois"):
            assert part not in page
    metadata = PdfReader(__import__("io").BytesIO(content)).metadata or {}
    assert not any("Françoise" in str(value) for value in metadata.values())


HEADINGS = {
    "nl": ("Afspraken", "Het gesprek", "Focustalenten", "Actieve rolplannen", "Pagina 1 van"),
    "fr": ("Engagements", "L’entretien", "Talents clés", "Plans de rôle en cours", "Page 1 sur"),
    "en": ("Agreements", "The conversation", "Focus talents", "Active role plans", "Page 1 of"),
}
CLIENT_HEADINGS = {
    "nl": ("Wat we afspraken", "Waar je sterk in bent"),
    "fr": ("Ce que nous avons convenu", "Vos points forts"),
    "en": ("What we agreed", "What you are good at"),
}


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_each_language_prints_its_own_headings(qt_fonts, rich_db, lang: str) -> None:
    worker = pdf_text(summary(rich_db, rich_db.rich_client_id, lang=lang))
    client = pdf_text(summary(rich_db, rich_db.rich_client_id, lang=lang,
                              copy=SummaryCopy.CLIENT))
    for heading in HEADINGS[lang]:
        assert heading in worker, heading
    for heading in CLIENT_HEADINGS[lang]:
        assert heading in client, heading
