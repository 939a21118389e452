"""The italic font is parsed and embedded only when a document prints italic text (a quote);
the text and the look are the same as with every font registered at the start."""

from __future__ import annotations

import re
import subprocess

from pdf_reading import pdf_pages

from resokit_desktop.reports.blocks import Bullets, Document, Facts, Heading, Paragraph, Table
from resokit_desktop.reports.pdf_render import FONT, ReportPdf
from resokit_desktop.resources import FONT_ITALIC, fonts_dir


class EveryFontAtTheStart(ReportPdf):
    """How the summary registered its fonts before: all three, whether used or not."""

    def __init__(self, document: Document) -> None:
        super().__init__(document)
        if FONT.lower() + "I" not in self.fonts:
            self.add_font(FONT, "I", str(fonts_dir() / FONT_ITALIC))


def _document(with_quote: bool) -> Document:
    doc = Document(title="Samenvatting van het gesprek", header_lines=("Cliënt: Test",),
                   organisation_name="Wijkteam", footer_text="Vertrouwelijk")
    doc.add(Heading("Gesprek"), Paragraph("Wat we bespraken: werk, vrienden en de club."),
            Facts((("Datum", "23 november 2026"), ("Duur", "45 minuten"))),
            Bullets(("Bellen met de club", "Samen naar de markt")),
            Table(("Wie", "Wat"), (("Els", "Steun"), ("Jan", "Advies")), (0.4, 0.6)))
    if with_quote:
        doc.add(Paragraph("Ik wil weer naar de voetbalclub.", "quote", "In eigen woorden"))
    return doc


def _fonts(pdf: bytes) -> set[str]:
    """The fonts embedded in the file (fpdf2 writes their dictionaries uncompressed)."""
    return {name.decode() for name in re.findall(rb"/BaseFont /(?:[A-Z]+\+)?(\w+)", pdf)}


def _pixels(pdf: bytes, tmp_path, name: str) -> list[bytes]:
    (tmp_path / f"{name}.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(tmp_path / f"{name}.pdf"),
                    str(tmp_path / name)], check=True)
    return [p.read_bytes() for p in sorted(tmp_path.glob(f"{name}-*.png"))]


def test_without_italic_text_the_italic_font_is_left_out(tmp_path) -> None:
    pdf = ReportPdf(_document(with_quote=False)).render()
    before = EveryFontAtTheStart(_document(with_quote=False)).render()
    assert _fonts(pdf) == {"DejaVuSansBook", "DejaVuSansBold"}
    assert "DejaVuSansOblique" in _fonts(before)
    assert pdf_pages(pdf) == pdf_pages(before)
    assert _pixels(pdf, tmp_path, "now") == _pixels(before, tmp_path, "before")


def test_a_quote_brings_the_italic_font_in_and_looks_as_before(tmp_path) -> None:
    pdf = ReportPdf(_document(with_quote=True)).render()
    before = EveryFontAtTheStart(_document(with_quote=True)).render()
    assert _fonts(pdf) == {"DejaVuSansBook", "DejaVuSansBold", "DejaVuSansOblique"}
    assert "Ik wil weer naar de voetbalclub." in " ".join(pdf_pages(pdf))
    assert pdf_pages(pdf) == pdf_pages(before)
    assert _pixels(pdf, tmp_path, "now") == _pixels(before, tmp_path, "before")
