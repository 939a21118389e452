"""The "Mijn talenten" sheet: the client's sorted cards per pile, on one page, in large type."""

from __future__ import annotations

from dataclasses import dataclass, field

from resokit_desktop.reports.blocks import Bullets, Document, Heading, Paragraph
from resokit_desktop.reports.printables import SheetHeader
from resokit_desktop.reports.summary_document import footer_text, page_label
from resokit_desktop.reports.talent_labels import pile_titles
from resokit_desktop.reports.texts import ReportTexts

CONTEXT = "TalentsSheet"


@dataclass(frozen=True)
class SheetCard:
    label: str
    example: str = ""
    focus: bool = False
    gives_energy: bool | None = None


@dataclass
class TalentSheet:
    sort_date: str = ""
    piles: list[tuple[str, list[SheetCard]]] = field(default_factory=list)  # (pile key, cards)


def card_line(card: SheetCard, texts: ReportTexts, example: bool = True) -> str:
    """'★ Koken – soep voor de buren (geeft energie)'."""
    line = ("★ " if card.focus else "") + card.label
    if card.example and example:
        line += " – " + card.example
    if card.gives_energy:
        line += " " + texts.translate(CONTEXT, "(geeft energie)")
    return line


def talents_sheet_document(sheet: TalentSheet, header: SheetHeader, texts: ReportTexts,
                           all_examples: bool = True) -> Document:
    """One page for the person: each pile with its cards; focus talents marked with a star.

    Without ``all_examples`` only the focus talents keep their example (a long sort, one page).
    """
    def t(text: str) -> str:
        return texts.translate(CONTEXT, text)

    lines = [t("Van: {name}").format(name=header.client_label)]
    if sheet.sort_date:
        lines.append(t("Gesorteerd op {date}").format(date=texts.date(sheet.sort_date)))
    doc = Document(
        title=t("Mijn talenten"), header_lines=tuple(lines),
        organisation_name=header.organisation_name, logo_png=header.logo_png,
        footer_text=footer_text(texts), page_label=page_label(texts), document_language=texts.lang,
    )
    titles = pile_titles(texts)
    any_card = False
    for pile, cards in sheet.piles:
        if not cards:
            continue
        any_card = True
        doc.add(Heading(titles.get(pile, pile), 1, keep=20))
        doc.add(Bullets(tuple(card_line(card, texts, all_examples or card.focus)
                              for card in cards)))
    if not any_card:
        doc.add(Paragraph(t("Er zijn nog geen kaarten gesorteerd."), "muted"))
    elif any(card.focus for _, cards in sheet.piles for card in cards):
        doc.add(Paragraph(t("★ = een van mijn drie focustalenten"), "muted"))
    return doc


@dataclass(frozen=True)
class PrintedSheet:
    """The sheet as printed: the document laid out (examples left out when they did not fit),
    its type size and columns, and the PDF."""

    document: Document
    size: float
    columns: int
    pdf: bytes


def printed_sheet(sheet: TalentSheet, header: SheetHeader, texts: ReportTexts) -> PrintedSheet:
    """The sheet on one page, in large type so the person reads it easily.

    When every example does not fit, the examples of the cards that are not focus talents are
    left out before the type gets small. fpdf2 is imported on the first call only.
    """
    # lazy: fpdf2 loads on the first print only
    from resokit_desktop.reports.talents_sheet_pdf import render_large

    document = talents_sheet_document(sheet, header, texts)
    data, pages, size, columns = render_large(document)
    if pages > 1:
        document = talents_sheet_document(sheet, header, texts, False)
        data, pages, size, columns = render_large(document)
    return PrintedSheet(document, size, columns, data)


def talents_sheet_pdf(sheet: TalentSheet, header: SheetHeader, texts: ReportTexts) -> bytes:
    """The sheet as PDF bytes on one page, in large type (``printed_sheet``)."""
    return printed_sheet(sheet, header, texts).pdf
