"""Draw the "Mijn talenten" sheet with fpdf2 in large type, shrunk only as far as one page needs."""

from __future__ import annotations

from resokit_desktop.domain.text_hygiene import cleaned
from resokit_desktop.reports.blocks import Bullets, Document, Heading, Paragraph
from resokit_desktop.reports.pdf_render import ACCENT, FONT, MUTED, ReportPdf, XPos, YPos

LARGEST = 18.0   # body text in points: about twice a letter's, readable at arm's length
SMALLEST = 12.0  # in one column; a long sort then goes to two columns, down to 9 pt


class LargeTypePdf(ReportPdf):
    """ReportPdf whose headings, lists and notes are drawn at ``size`` points."""

    def __init__(self, document: Document, size: float, columns: int = 1) -> None:
        super().__init__(document)
        self.size = size
        self.step = size * 0.5
        self.columns = columns

    def heading(self, block: Heading) -> None:
        if self.will_page_break(self.step * 3):
            self.add_page()
        self.ln(self.step * 0.4)
        self.set_font(FONT, "B", self.size + 3)
        self.set_text_color(*ACCENT)
        self.multi_cell(0, self.step * 1.2, block.text, new_x=XPos.LMARGIN, new_y=YPos.NEXT,
                        align="L")
        self._rule(self.get_y() + 0.5, ACCENT, 0.4)
        self.ln(self.step * 0.4)
        self.set_text_color(0, 0, 0)

    def bullets(self, block: Bullets) -> None:
        self.set_font(FONT, "", self.size)
        if self.columns == 1 or len(block.items) < 2:
            self._column(block.items, self.l_margin, self.epw)
            return
        half = (len(block.items) + 1) // 2
        width = (self.epw - 6) / 2
        top, top_page = self.get_y(), self.page
        self._column(block.items[:half], self.l_margin, width)
        left_bottom = self.get_y()
        if self.page == top_page:  # (a column that ran over a page: the right one follows it)
            self.set_y(top)
        self._column(block.items[half:], self.l_margin + width + 6, width)
        self.set_y(max(left_bottom, self.get_y()) if self.page == top_page else self.get_y())

    def _column(self, items: tuple[str, ...], left: float, width: float) -> None:
        bullet = self.size * 0.45
        for item in items:
            if self.will_page_break(self.step):
                self.add_page()
            self.set_x(left + 2)
            self.cell(bullet, self.step, "•")
            self.multi_cell(width - bullet - 2, self.step, item, new_x=XPos.LMARGIN,
                            new_y=YPos.NEXT, align="L")

    def paragraph(self, block: Paragraph) -> None:
        self.ln(self.step * 0.5)
        self.set_font(FONT, "", self.size - 3)
        if block.style == "muted":
            self.set_text_color(*MUTED)
        self.multi_cell(0, self.step * 0.85, block.text, new_x=XPos.LMARGIN, new_y=YPos.NEXT,
                        align="L")
        self.set_text_color(0, 0, 0)


def render_large(document: Document) -> tuple[bytes, int, float, int]:
    """The largest type that keeps the sheet on one page: 18 to 12 pt in one column, then two
    columns from 14 pt down to 10 pt. Returns the PDF, its page count, the type size and the
    number of columns (the print preview draws the same)."""
    document = cleaned(document)
    tries = [(float(size), 1) for size in range(int(LARGEST), int(SMALLEST) - 1, -1)]
    tries += [(float(size), 2) for size in range(14, 9, -1)]
    data, pages, size, columns = b"", 0, LARGEST, 1
    for size, columns in tries:
        pdf = LargeTypePdf(document, size, columns)
        data = pdf.render()
        pages = pdf.pages_count
        if pages <= 1:
            break
    return data, pages, size, columns
