"""A small page-independent document model that both the PDF and the Qt print renderers draw."""

from __future__ import annotations

from dataclasses import dataclass, field

from resokit_desktop.domain.summary import WebImage


@dataclass(frozen=True)
class Heading:
    """A section title; ``keep`` (mm) is how much room must follow it on the same page."""

    text: str
    level: int = 1
    keep: float = 0.0


@dataclass(frozen=True)
class Paragraph:
    """Body text; style is "body", "quote" (the client's own words), "muted" or "private"."""

    text: str
    style: str = "body"
    label: str = ""


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Facts:
    """Label/value pairs shown as two columns; ``notes`` (one per pair, may be empty) are printed
    small under the value, e.g. what a figure means."""

    pairs: tuple[tuple[str, str], ...]
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]  # fractions of the text width, summing to 1


@dataclass(frozen=True)
class Picture:
    """The web drawing: scaled to the width, and to the page height left when ``fill_page``."""

    image: WebImage
    legend_title: str = ""
    fill_page: bool = True


@dataclass(frozen=True)
class PageBreak:
    pass


Block = Heading | Paragraph | Bullets | Facts | Table | Picture | PageBreak


@dataclass
class Document:
    """A printable document: running header, confidential footer and a flow of blocks."""

    title: str
    header_lines: tuple[str, ...] = ()
    organisation_name: str = ""
    logo_png: bytes | None = None
    footer_text: str = ""
    page_label: str = "{page}/{pages}"  # translated, e.g. "Pagina {page} van {pages}"
    blocks: list[Block] = field(default_factory=list)
    paper: str = "A4"  # "A4" or "A3"
    landscape: bool = False
    document_language: str = "nl"

    def add(self, *blocks: Block) -> None:
        self.blocks.extend(blocks)
