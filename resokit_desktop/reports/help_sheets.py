"""The help's printables: a conversation guide as a one-page crib sheet, the reflection list."""

from __future__ import annotations

from dataclasses import dataclass

from resokit_desktop.domain.help_text import HelpBlock, parse_blocks
from resokit_desktop.reports.blocks import Block, Bullets, Document, Heading, Paragraph, Table
from resokit_desktop.reports.summary_document import page_label
from resokit_desktop.reports.texts import ReportTexts


def _grouped(blocks: list[HelpBlock]) -> list[Block]:
    """Help blocks as report blocks: runs of bullets become one bullet list."""
    out: list[Block] = []
    bullets: list[str] = []
    for block in blocks:
        if block.kind == "bullet":
            bullets.append(block.text)
            continue
        if bullets:
            out.append(Bullets(tuple(bullets)))
            bullets = []
        if block.kind == "heading":
            out.append(Heading(block.text, level=min(block.level, 2), keep=20))
        else:
            out.append(Paragraph(block.text))
    if bullets:
        out.append(Bullets(tuple(bullets)))
    return out


def crib_sheet_document(markdown: str, texts: ReportTexts, organisation_name: str = "") -> Document:
    """A conversation guide page as a sheet to keep beside the worker during the conversation."""
    blocks = parse_blocks(markdown)
    title = blocks[0].text if blocks and blocks[0].kind == "heading" else ""
    doc = Document(title=title, organisation_name=organisation_name, footer_text="Resokit Desktop",
                   page_label=page_label(texts), document_language=texts.lang)
    for block in _grouped(blocks[1:] if title else blocks):
        doc.add(block)
    return doc


@dataclass(frozen=True)
class ChecklistLine:
    """One question with the team's answer as printed (labels already in the sheet's language)."""

    question: str
    answer: str
    date: str
    note: str


@dataclass(frozen=True)
class ChecklistTopic:
    title: str
    lines: tuple[ChecklistLine, ...]


@dataclass(frozen=True)
class ChecklistSection:
    title: str
    topics: tuple[ChecklistTopic, ...]


@dataclass(frozen=True)
class ChecklistSheet:
    """The reflection checklist with the answers, in one language, ready to print."""

    title: str
    intro: str
    header_lines: tuple[str, ...]
    columns: tuple[str, str, str, str]
    sections: tuple[ChecklistSection, ...]


def checklist_document(sheet: ChecklistSheet, texts: ReportTexts,
                       organisation_name: str = "") -> Document:
    """The team's reflection: each topic a small table of question, answer, date and note."""
    doc = Document(title=sheet.title, header_lines=sheet.header_lines,
                   organisation_name=organisation_name, footer_text="Resokit Desktop",
                   page_label=page_label(texts), document_language=texts.lang)
    if sheet.intro:
        doc.add(Paragraph(sheet.intro, style="muted"))
    for section in sheet.sections:
        doc.add(Heading(section.title, level=1, keep=40))
        for topic in section.topics:
            doc.add(Heading(topic.title, level=2, keep=30))
            rows = tuple((line.question, line.answer, line.date, line.note)
                         for line in topic.lines)
            doc.add(Table(sheet.columns, rows, (0.46, 0.14, 0.14, 0.26)))
    return doc
