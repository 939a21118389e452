"""QuickLine (running line widths) and quick_character_width break and place text exactly as
fpdf2's own CurrentLine and Fragment.get_character_width:
the same lines and the same PDF bytes, for TrueType and core fonts, styles mixed in one
paragraph, soft hyphens, no-break spaces, character spacing, stretching and narrow columns."""

from __future__ import annotations

from datetime import UTC, datetime

import fpdf
import fpdf.line_break as line_break
import pytest

from resokit_desktop.reports.fpdf_loading import FPDF
from resokit_desktop.reports.fpdf_quick_lines import (
    PROVEN,
    QuickLine,
    quick_character_width,
    use_quick_lines,
)
from resokit_desktop.reports.fpdf_quick_lines import (
    _fpdf_character_width as FPDF_CHARACTER_WIDTH,
)
from resokit_desktop.reports.fpdf_quick_lines import _FpdfLine as FPDF_LINE
from resokit_desktop.resources import FONT_BOLD, FONT_ITALIC, FONT_REGULAR, fonts_dir

FIXED_DATE = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)

TEXTS = [
    "Kort.",
    "Samenvatting van het gesprek met de cliënt: 'ik wil weer naar de voetbalclub' é ë ç ’ € "
    * 6,
    "Een heel lang woord zonder spaties: " + "netwerkversterkingsgesprekken" * 5,
    "Ver\u00adster\u00adking van het net\u00adwerk met zacht af\u00adbreek\u00adstreep\u00adjes "
    * 8,
    "Vaste\u00a0spaties\u00a0tussen\u00a0woorden die\u00a0samen\u00a0blijven " * 6,
    "Regel één\nRegel twee is langer dan de eerste en breekt misschien\n\nNa een lege regel " * 3,
    "**Vet** en __cursief__ en gewoon, **vet __en cursief__ samen** in één alinea " * 7,
    "   Spaties vooraan en achteraan   " * 9 + "   ",
    "漢字 and ☃ and emoji-less symbols → ← ✓ " * 5,
]


def _pdf_with(quick: bool, font: str, **settings) -> tuple[bytes, list]:
    original = line_break.CurrentLine, line_break.Fragment.get_character_width
    line_break.CurrentLine = QuickLine if quick else FPDF_LINE
    line_break.Fragment.get_character_width = (quick_character_width if quick
                                               else FPDF_CHARACTER_WIDTH)
    try:
        pdf = FPDF()
        pdf.set_creation_date(FIXED_DATE)
        if font != "Helvetica":
            folder = fonts_dir()
            pdf.add_font(font, "", str(folder / FONT_REGULAR))
            pdf.add_font(font, "B", str(folder / FONT_BOLD))
            pdf.add_font(font, "I", str(folder / FONT_ITALIC))
            pdf.add_font(font, "BI", str(folder / FONT_BOLD))
        pdf.add_page()
        pdf.set_font(font, "", settings.pop("size", 10))
        if "spacing" in settings:
            pdf.set_char_spacing(settings.pop("spacing"))
        if "stretching" in settings:
            pdf.set_stretching(settings.pop("stretching"))
        width = settings.pop("width", 0)
        lines = []
        for text in TEXTS:
            if font == "Helvetica":
                text = text.encode("latin-1", "replace").decode("latin-1")
            lines.append(pdf.multi_cell(width, 5, text, markdown=True, dry_run=True,
                                        output="LINES", **settings))
            pdf.multi_cell(width, 5, text, markdown=True, new_x="LMARGIN", new_y="NEXT",
                           **settings)
        return bytes(pdf.output()), lines
    finally:
        line_break.CurrentLine, line_break.Fragment.get_character_width = original


CASES = {
    "dejavu": ("DejaVu Sans", {}),
    "dejavu narrow": ("DejaVu Sans", {"width": 31}),
    "dejavu very narrow": ("DejaVu Sans", {"width": 9}),
    "dejavu large": ("DejaVu Sans", {"size": 17.5}),
    "dejavu justified": ("DejaVu Sans", {"align": "J", "width": 83}),
    "dejavu padded": ("DejaVu Sans", {"padding": (1.5, 3, 1.5, 3), "width": 120}),
    "dejavu char wrap": ("DejaVu Sans", {"wrapmode": "CHAR", "width": 57}),
    "dejavu spaced": ("DejaVu Sans", {"spacing": 1.3}),
    "dejavu stretched": ("DejaVu Sans", {"stretching": 80}),
    "core font": ("Helvetica", {"width": 70}),
}


@pytest.mark.parametrize("case", CASES)
def test_quick_lines_break_and_draw_text_as_fpdf2_does(case: str) -> None:
    font, settings = CASES[case]
    own_pdf, own_lines = _pdf_with(False, font, **dict(settings))
    quick_pdf, quick_lines = _pdf_with(True, font, **dict(settings))
    assert quick_lines == own_lines
    assert quick_pdf == own_pdf


def test_quick_line_width_equals_fpdf2_width_at_every_step() -> None:
    pdf = FPDF()
    pdf.add_font("DejaVu Sans", "", str(fonts_dir() / FONT_REGULAR))
    pdf.add_page()
    pdf.set_font("DejaVu Sans", "", 10)
    fragments = pdf._preload_font_styles(TEXTS[1] + TEXTS[3], markdown=False)
    own, quick = FPDF_LINE(max_width=1000.0), QuickLine(max_width=1000.0)
    for index, character in enumerate(fragments[0].characters):
        for line in (own, quick):
            line.add_character(character, 1.0, fragments[0], 0, index, 5.0)
        assert quick.width == own.width
    for line in (own, quick):
        line.trim_trailing_spaces()
        line._apply_automatic_hint(line.space_break_hint)
    assert quick.width == own.width


def test_the_quick_lines_are_used_with_the_locked_fpdf2() -> None:
    # When this fails after an fpdf2 update, run this file against the new version and, when it
    # passes, add the version to fpdf_quick_lines.PROVEN.
    assert fpdf.FPDF_VERSION in PROVEN
    assert use_quick_lines()
    assert line_break.CurrentLine is QuickLine
    assert line_break.Fragment.get_character_width is quick_character_width


def test_each_character_width_equals_fpdf2s() -> None:
    pdf = FPDF()
    pdf.add_font("DejaVu Sans", "", str(fonts_dir() / FONT_REGULAR))
    pdf.add_page()
    for size in (8, 9.5, 10, 17.5):
        pdf.set_font("DejaVu Sans", "", size)
        fragment = pdf._preload_font_styles("x", markdown=False)[0]
        for character in "".join(TEXTS) + "\u00ad\u00a0\U0001f600":
            for print_sh in (False, True):
                assert (quick_character_width(fragment, character, print_sh)
                        == FPDF_CHARACTER_WIDTH(fragment, character, print_sh))
