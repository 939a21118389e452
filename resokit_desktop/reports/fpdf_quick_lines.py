"""A line-breaking helper for fpdf2 that keeps each line's running width instead of re-measuring it.

fpdf2 breaks text into lines one character at a time, and before each character it measures the
whole line so far again (``CurrentLine.width``: every character's width summed anew), so a line
of n characters costs n²/2 look-ups; a summary spends about a third of its text layout there.
``QuickLine`` gives the same number from a running sum per piece of the line: a TrueType piece's
width is its characters' integer widths (``TTFFont.cw``) summed, times the size, times 0.001,
divided by the scale, so adding only the characters appended since the last call yields the very
same float. Pieces it cannot sum that way (core fonts, symbol fonts, text shaping, character
spacing or stretching) are measured by fpdf2 itself, as before. ``quick_character_width`` does
the same for the width of each single character the line breaking asks for.

It replaces fpdf2's class only for the fpdf2 versions it was checked against (``PROVEN``;
tests/reports/test_fpdf_quick_lines.py compares the two on the same texts).
"""

from __future__ import annotations

from typing import Any

import fpdf
import fpdf.line_break as line_break
from fpdf.fonts import TTFFont

PROVEN = ("2.8.9",)  # fpdf2 versions whose CurrentLine.width this gives word for word

_FpdfLine: type = line_break.CurrentLine
_fpdf_character_width = line_break.Fragment.get_character_width


def _measured_by_sum(fragment: Any) -> bool:
    """A TrueType piece with no shaping, spacing or stretching: its width is a plain sum."""
    state = fragment.graphics_state
    font = state.current_font
    return (type(font) is TTFFont and not font.is_symbol and not state.text_shaping
            and state.char_spacing == 0 and state.font_stretching == 100)


def quick_character_width(fragment: Any, character: str, print_sh: bool = False,
                          initial_cs: bool = True) -> float:
    """fpdf2's Fragment.get_character_width (one character's width, asked for each character
    as a line is broken) without building a one-character string and measuring it."""
    if not _measured_by_sum(fragment):
        return _fpdf_character_width(fragment, character, print_sh, initial_cs)
    if character == line_break.SOFT_HYPHEN and not print_sh:
        character = line_break.HYPHEN  # what fpdf2 measures (and prints) in its place
    font = fragment.graphics_state.current_font
    size = fragment.font_size_pt
    if size > font.biggest_size_pt:  # what fpdf2's own measuring records
        font.biggest_size_pt = size
    return font.cw[ord(character)] * size * 0.001 / fragment.k


class QuickLine(_FpdfLine):  # type: ignore[misc, valid-type]
    """fpdf2's CurrentLine, with ``width`` from running sums (see the module docstring)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # id(piece) -> (piece, its characters list, characters summed, integer width sum); the
        # piece is held so its id is not reused while the entry lives.
        self._sums: dict[int, tuple[Any, list[str], int, int]] = {}

    @property
    def width(self) -> float:
        width: float = 0
        for index, fragment in enumerate(self.fragments):
            width += self._piece_width(fragment, index > 0)
        return width

    def _piece_width(self, fragment: Any, initial_cs: bool) -> float:
        if not _measured_by_sum(fragment):
            return fragment.get_width(initial_cs=initial_cs)
        font = fragment.font
        characters = fragment.characters
        entry = self._sums.get(id(fragment))
        if entry is not None and entry[0] is fragment and entry[1] is characters \
                and entry[2] <= len(characters):
            counted, total = entry[2], entry[3]
        else:  # new piece, or fpdf2 gave it a new list (trimmed): sum it from the start
            counted, total = 0, 0
        if counted < len(characters):
            widths = font.cw
            for character in characters[counted:]:  # added in the same order as fpdf2 does
                total += widths[ord(character)]
            self._sums[id(fragment)] = (fragment, characters, len(characters), total)
        size = fragment.font_size_pt
        if size > font.biggest_size_pt:  # what fpdf2's own measuring records
            font.biggest_size_pt = size
        return total * size * 0.001 / fragment.k


def use_quick_lines() -> bool:
    """Put QuickLine and quick_character_width in fpdf2's place for the proven versions; True
    when it did."""
    if fpdf.FPDF_VERSION not in PROVEN or not isinstance(
            getattr(_FpdfLine, "width", None), property):
        return False
    line_break.CurrentLine = QuickLine  # type: ignore[misc]
    line_break.Fragment.get_character_width = quick_character_width  # type: ignore[method-assign]
    return True
