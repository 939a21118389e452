"""Public entry points: data in, PDF bytes out (fpdf2 is imported on the first call only)."""

from __future__ import annotations

from resokit_desktop.domain.summary import RolePlanLine, SummaryData, SummaryOptions, WebImage
from resokit_desktop.reports.blocks import Document
from resokit_desktop.reports.printables import (
    SheetHeader,
    WebComparison,
    comparison_document,
    role_plan_document,
    web_sheet_document,
)
from resokit_desktop.reports.summary_document import summary_document
from resokit_desktop.reports.texts import ReportTexts


def render(document: Document) -> bytes:
    from resokit_desktop.reports.pdf_render import render_pdf

    return render_pdf(document)


def build_summary_pdf(data: SummaryData, options: SummaryOptions) -> bytes:
    """The session summary as PDF bytes, in options.lang, for options.copy."""
    return render(summary_document(data, options, ReportTexts(options.lang)))


def build_web_pdf(image: WebImage, web_date: str | None, header: SheetHeader, lang: str = "nl",
                  paper: str = "A4", landscape: bool = False) -> bytes:
    return render(web_sheet_document(image, web_date, header, ReportTexts(lang), paper, landscape))


def build_role_plan_pdf(plan: RolePlanLine, header: SheetHeader, lang: str = "nl") -> bytes:
    return render(role_plan_document(plan, header, ReportTexts(lang)))


def build_comparison_pdf(comparison: WebComparison, header: SheetHeader,
                         lang: str = "nl") -> bytes:
    return render(comparison_document(comparison, header, ReportTexts(lang)))
