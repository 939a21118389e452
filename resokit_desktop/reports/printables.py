"""The smaller printables: the inclusieweb alone, one role plan, and two web versions compared."""

from __future__ import annotations

from dataclasses import dataclass, field

from resokit_desktop.domain.summary import Indicator, RolePlanLine, WebChange, WebImage
from resokit_desktop.reports.blocks import (
    Document,
    Heading,
    PageBreak,
    Paragraph,
    Picture,
    Table,
)
from resokit_desktop.reports.summary_document import (
    _change_part,
    footer_text,
    page_label,
    role_plan_blocks,
)
from resokit_desktop.reports.texts import ReportTexts

CONTEXT = "PrintablesReport"


@dataclass
class SheetHeader:
    """What every printable names at the top: organisation, logo, client label (name/initials)."""

    organisation_name: str = ""
    logo_png: bytes | None = None
    client_label: str = ""
    worker_name: str = ""


def _document(title: str, lines: list[str], header: SheetHeader, texts: ReportTexts,
              paper: str = "A4", landscape: bool = False) -> Document:
    return Document(
        title=title, header_lines=tuple(lines), organisation_name=header.organisation_name,
        logo_png=header.logo_png, footer_text=footer_text(texts), page_label=page_label(texts),
        paper=paper, landscape=landscape, document_language=texts.lang,
    )


def web_sheet_document(image: WebImage, web_date: str | None, header: SheetHeader,
                       texts: ReportTexts, paper: str = "A4",
                       landscape: bool = False) -> Document:
    """The inclusieweb alone, scaled to fit the chosen paper (A4 or A3, either orientation)."""
    def t(text: str) -> str:
        return texts.translate(CONTEXT, text)

    lines = [t("Van: {name}").format(name=header.client_label)]
    if web_date:
        lines.append(t("Getekend op {date}").format(date=texts.date(web_date)))
    doc = _document(t("Inclusieweb"), lines, header, texts, paper, landscape)
    doc.add(Picture(image, t("Legende")))
    return doc


def role_plan_document(plan: RolePlanLine, header: SheetHeader, texts: ReportTexts) -> Document:
    """One role plan in plain language, meant to fit on one page."""
    def t(text: str) -> str:
        return texts.translate(CONTEXT, text)

    lines = [t("Van: {name}").format(name=header.client_label)]
    doc = _document(t("Mijn rol: {title}").format(title=plan.title), lines, header, texts)
    role_plan_blocks(doc, plan, plain=True, texts=texts, all_steps=True)
    return doc


@dataclass
class WebComparison:
    earlier: WebImage | None
    later: WebImage | None
    change: WebChange
    earlier_indicators: list[Indicator] = field(default_factory=list)
    later_indicators: list[Indicator] = field(default_factory=list)


def comparison_document(comparison: WebComparison, header: SheetHeader,
                        texts: ReportTexts) -> Document:
    """Two web versions side by side in figures, each drawing on its own half page."""
    def t(text: str) -> str:
        return texts.translate(CONTEXT, text)

    change = comparison.change
    lines = [
        t("Van: {name}").format(name=header.client_label),
        t("Versie van {earlier} vergeleken met {later}").format(
            earlier=texts.date(change.earlier_date), later=texts.date(change.later_date)),
    ]
    doc = _document(t("Inclusieweb: vergelijking"), lines, header, texts)
    _change_part(doc, change, plain=False, texts=texts)
    later_values = {i.key: i.value for i in comparison.later_indicators}
    rows = []
    for figure in comparison.earlier_indicators:
        rows.append((figure.label or figure.key, figure.value,
                     later_values.get(figure.key, "–")))
    if rows:
        doc.add(Heading(t("Kerncijfers"), 2))
        doc.add(Table(
            headers=(t("Cijfer"), texts.date(change.earlier_date),
                     texts.date(change.later_date)),
            rows=tuple(rows), widths=(0.5, 0.25, 0.25),
        ))
    for image, when in ((comparison.earlier, change.earlier_date),
                        (comparison.later, change.later_date)):
        if image is not None:
            doc.add(PageBreak())  # each drawing on a page of its own, under its own heading
            doc.add(Heading(t("Het web op {date}").format(date=texts.date(when))))
            doc.add(Picture(image, t("Legende")))
    if not rows and comparison.earlier is None and comparison.later is None:
        doc.add(Paragraph(t("Geen gegevens om te vergelijken."), "muted"))
    return doc


def empty_document(kind: str, header: SheetHeader, texts: ReportTexts) -> Document:
    """A one-line page saying there is nothing to print yet ("web", "comparison", "role_plan")."""
    def t(text: str) -> str:
        return texts.translate(CONTEXT, text)

    titles = {
        "web": (t("Inclusieweb"), t("Er is nog geen inclusieweb getekend.")),
        "comparison": (t("Inclusieweb: vergelijking"),
                       t("Er zijn nog geen twee webversies om te vergelijken.")),
        "role_plan": (t("Rolplan"), t("Er is nog geen rolplan.")),
    }
    title, message = titles[kind]
    lines = [t("Van: {name}").format(name=header.client_label)]
    doc = _document(title, lines, header, texts)
    doc.add(Paragraph(message, "muted"))
    return doc
