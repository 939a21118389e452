"""The one-page PDF of team totals from an anonymous export: counts only, small cells hidden."""

from __future__ import annotations

from collections.abc import Sequence

from resokit_desktop.domain.aggregate import SMALL_CELL, suppressed
from resokit_desktop.reports.blocks import Document, Heading, Paragraph, Table
from resokit_desktop.reports.texts import ReportTexts

CONTEXT = "AggregateExport"
def row_texts(texts: ReportTexts | None = None) -> dict[str, str]:
    """Each team-total row's words, in the document's language (Dutch without ``texts``)."""
    texts = texts or ReportTexts("nl")

    def t(text: str) -> str:
        return texts.translate(CONTEXT, text)

    return {
        "clients_with_a_web": t("Cliënten met een web in deze periode"),
        "size_0_5": t("Netwerk van 0 tot 5 leden"),
        "size_6_15": t("Netwerk van 6 tot 15 leden"),
        "size_16_29": t("Netwerk van 16 tot 29 leden"),
        "size_30_plus": t("Netwerk van 30 leden of meer"),
        "practical_paid_only": t("Praktische hulp: alleen betaald"),
        "practical_nobody": t("Praktische hulp: niemand"),
        "emotional_paid_only": t("Emotionele steun: alleen betaald"),
        "emotional_nobody": t("Emotionele steun: niemand"),
        "advice_paid_only": t("Advies: alleen betaald"),
        "advice_nobody": t("Advies: niemand"),
        "companionship_paid_only": t("Gezelschap: alleen betaald"),
        "companionship_nobody": t("Gezelschap: niemand"),
        "has_sleeping_ties": t("Met slapende banden"),
    }


def aggregate_pdf(totals: Sequence[tuple[str, int]], period: tuple[str, str], versions: int,
                  lang: str = "nl") -> bytes:
    """Team totals over each client's latest version in the period, as PDF bytes."""
    texts = ReportTexts(lang)

    def t(text: str) -> str:
        return texts.translate(CONTEXT, text)

    clients = dict(totals).get("clients_with_a_web", 0)
    doc = Document(title=t("Teamcijfers (anoniem)"),
                   footer_text=t("Anonieme telling: geen namen, geen vrije tekst."))
    doc.add(Heading(t("Teamcijfers (anoniem)")))
    doc.add(Paragraph(t("Periode: {start} tot en met {end}. Per cliënt telt de laatste versie "
                        "van het web in deze periode.").format(
        start=texts.date(period[0]), end=texts.date(period[1]))))
    doc.add(Paragraph(t("Een aantal van 1 of 2 cliënten wordt niet getoond (“<3”), zodat "
                        "niemand te herkennen is."), "muted"))
    words = row_texts(texts)
    rows = tuple((words.get(key, key), suppressed(n)) for key, n in totals)
    if clients < SMALL_CELL:
        rows = tuple((label, "<3" if clients else "0") for label, _ in rows)
    rows += ((t("Versies van het web in deze periode"),
              str(versions) if clients >= SMALL_CELL else ("<3" if clients else "0")),)
    doc.add(Table((t("Wat"), t("Aantal cliënten")), rows, (0.75, 0.25)))
    from resokit_desktop.reports.pdf_render import render_pdf  # lazy: fpdf2 on first use

    return render_pdf(doc)
