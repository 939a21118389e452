"""Draw the "Mijn talenten" sheet with fpdf2 in large type, shrunk only as far as one page needs."""

from __future__ import annotations

from resokit_desktop.domain.text_hygiene import cleaned
from resokit_desktop.reports.blocks import Bullets, Document, Heading, Paragraph
from resokit_desktop.reports.pdf_render import ACCENT, FONT, MUTED, ReportPdf, XPos, YPos

LARGEST = 18.0   # body text in points: about twice a letter's, readable at arm's length
SMALLEST = 11.0


class LargeTypePdf(ReportPdf):
    """ReportPdf whose headings, lists and notes are drawn at ``size`` points."""

    def __init__(self, document: Document, size: float) -> None:
        super().__init__(document)
        self.size = size
        self.step = size * 0.5

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
        for item in block.items:
            if self.will_page_break(self.step):
                self.add_page()
            self.set_x(self.l_margin + 2)
            self.cell(self.size * 0.45, self.step, "•")
            self.multi_cell(0, self.step, item, new_x=XPos.LMARGIN, new_y=YPos.NEXT, align="L")

    def paragraph(self, block: Paragraph) -> None:
        self.ln(self.step * 0.5)
        self.set_font(FONT, "", self.size - 3)
        if block.style == "muted":
            self.set_text_color(*MUTED)
        self.multi_cell(0, self.step * 0.85, block.text, new_x=XPos.LMARGIN, new_y=YPos.NEXT,
                        align="L")
        self.set_text_color(0, 0, 0)


def render_large(document: Document) -> bytes:
    """The largest type (18 pt down to 11 pt) that keeps the sheet on one page."""
    document = cleaned(document)
    size = LARGEST
    while True:
        pdf = LargeTypePdf(document, size)
        data = pdf.render()
        if pdf.pages_count <= 1 or size <= SMALLEST:
            return data
        size -= 1.0
