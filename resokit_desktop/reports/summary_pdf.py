"""Public entry points: data in, PDF bytes out (fpdf2 is imported on the first call only)."""

from __future__ import annotations

from resokit_desktop.domain.summary import SummaryData, SummaryOptions
from resokit_desktop.reports.blocks import Document
from resokit_desktop.reports.summary_document import summary_document
from resokit_desktop.reports.texts import ReportTexts


def render(document: Document) -> bytes:
    # lazy: fpdf2 (and the PDF code) load when a PDF is first made, not at start-up
    from resokit_desktop.reports.pdf_render import render_pdf

    return render_pdf(document)


def build_summary_pdf(data: SummaryData, options: SummaryOptions) -> bytes:
    """The session summary as PDF bytes, in options.lang, for options.copy."""
    return render(summary_document(data, options, ReportTexts(options.lang)))

