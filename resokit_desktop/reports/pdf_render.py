"""Draw a report Document onto PDF pages with fpdf2: embedded DejaVu fonts, header, footer, flow."""

from __future__ import annotations

import io
import logging

from resokit_desktop.domain.text_hygiene import cleaned
from resokit_desktop.reports.blocks import (
    Bullets,
    Document,
    Facts,
    Heading,
    PageBreak,
    Paragraph,
    Picture,
    Table,
)
from resokit_desktop.reports.fpdf_loading import FPDF, FontFace, XPos, YPos
from resokit_desktop.resources import (
    FONT_BOLD,
    FONT_FAMILY,
    FONT_ITALIC,
    FONT_REGULAR,
    fonts_dir,
)

# Qt's SVG carries <title>/<desc>; fpdf2 warns about each one, which says nothing to a user.
logging.getLogger("fpdf.svg").setLevel(logging.ERROR)

FONT = FONT_FAMILY  # the same name Qt writes into SVG text, so fpdf2 finds it
ACCENT = (38, 92, 98)
MUTED = (100, 100, 100)
PRIVATE_FILL = (240, 236, 226)
QUOTE_FILL = (232, 241, 242)
LINE = (190, 190, 190)
BODY_SIZE = 10
LINE_HEIGHT = 5.0
MIN_PICTURE_MM = 110.0


class ReportPdf(FPDF):
    """FPDF with our fonts, a first-page letterhead, a running header and a confidential footer."""

    def __init__(self, document: Document) -> None:
        super().__init__(
            orientation="L" if document.landscape else "P", unit="mm", format=document.paper
        )
        self.document = document
        folder = fonts_dir()
        # Regular and bold are on every page; italic (quotes only) is parsed and embedded when
        # first used (see set_font): about 45 ms less for a summary without quotes.
        self.add_font(FONT, "", str(folder / FONT_REGULAR))
        self.add_font(FONT, "B", str(folder / FONT_BOLD))
        self.set_margins(18, 16, 18)
        self.set_auto_page_break(True, margin=20)
        self.set_title(document.title)
        self.set_lang(document.document_language)
        self.set_creator("Resokit Desktop")
        self.set_author(document.organisation_name or "Resokit Desktop")

    def set_font(self, family: str | None = None, style: str = "", size: float = 0) -> None:
        """fpdf2's set_font; our italic font is registered on its first use."""
        if "I" in str(style).upper() and (family or self.font_family).lower() == FONT.lower():
            self._italic_font()
        super().set_font(family, style, size)

    def _italic_font(self) -> None:
        if FONT.lower() + "I" not in self.fonts:
            self.add_font(FONT, "I", str(fonts_dir() / FONT_ITALIC))

    # Running parts ----------------------------------------------------------------------------
    def header(self) -> None:
        doc = self.document
        if self.page_no() == 1:
            self._letterhead(doc)
            return
        self.set_font(FONT, "", 8)
        self.set_text_color(*MUTED)
        running = " · ".join(p for p in (doc.organisation_name, doc.title) if p)
        self.cell(0, 4, running, new_x=XPos.LMARGIN, new_y=YPos.NEXT, align="L")
        self._rule(self.get_y() + 1)
        self.set_y(self.get_y() + 5)
        self.set_text_color(0, 0, 0)

    def footer(self) -> None:
        self.set_y(-14)
        self._rule(self.get_y() - 1)
        self.set_font(FONT, "", 8)
        self.set_text_color(*MUTED)
        self.cell(self.epw * 0.75, 5, self.document.footer_text)
        label = self.document.page_label.format(page=self.page_no(), pages="{nb}")
        self.cell(self.epw * 0.25, 5, label, align="R")
        self.set_text_color(0, 0, 0)

    def _letterhead(self, doc: Document) -> None:
        top = self.t_margin
        text_x = self.l_margin
        if doc.logo_png:
            try:
                info = self.image(io.BytesIO(doc.logo_png), x=self.l_margin, y=top, h=16)
                text_x = self.l_margin + float(info.rendered_width) + 4
            except Exception:  # noqa: BLE001 - a broken logo must never stop the summary
                text_x = self.l_margin
        self.set_xy(text_x, top)
        self.set_font(FONT, "B", 12)
        self.set_text_color(*ACCENT)
        self.cell(0, 6, doc.organisation_name, new_x=XPos.LEFT, new_y=YPos.NEXT, align="L")
        self.set_font(FONT, "B", 16)
        self.set_text_color(0, 0, 0)
        self.multi_cell(self.w - self.r_margin - text_x, 8, doc.title,
                        new_x=XPos.LEFT, new_y=YPos.NEXT, align="L")
        self.set_font(FONT, "", 9)
        self.set_text_color(*MUTED)
        for line in doc.header_lines:
            self.multi_cell(self.w - self.r_margin - text_x, 4.6, line,
                            new_x=XPos.LEFT, new_y=YPos.NEXT, align="L")
        self.set_text_color(0, 0, 0)
        bottom = max(self.get_y(), top + 17)
        self._rule(bottom + 2, ACCENT, 0.6)
        self.set_xy(self.l_margin, bottom + 6)

    def _rule(self, y: float, colour: tuple[int, int, int] = LINE, width: float = 0.2) -> None:
        self.set_draw_color(*colour)
        self.set_line_width(width)
        self.line(self.l_margin, y, self.w - self.r_margin, y)
        self.set_draw_color(0, 0, 0)

    # Blocks -----------------------------------------------------------------------------------
    def heading(self, block: Heading) -> None:
        size = 13 if block.level == 1 else 11
        needed = max(30 if block.level == 1 else 40, block.keep)
        if self.will_page_break(needed):
            self.add_page()
        elif self.get_y() > self.t_margin + 30:
            self.ln(3 if block.level == 1 else 1.5)
        self.set_font(FONT, "B", size)
        self.set_text_color(*(ACCENT if block.level == 1 else (0, 0, 0)))
        self.multi_cell(0, 7 if block.level == 1 else 6, block.text,
                        new_x=XPos.LMARGIN, new_y=YPos.NEXT, align="L")
        if block.level == 1:
            self._rule(self.get_y() + 0.5, ACCENT, 0.3)
            self.ln(2.5)
        self.set_text_color(0, 0, 0)

    def paragraph(self, block: Paragraph) -> None:
        if not block.text.strip() and not block.label:
            return
        if block.label:
            if self.will_page_break(LINE_HEIGHT * 3):
                self.add_page()
            self.set_font(FONT, "B", BODY_SIZE - 1)
            self.set_text_color(*(MUTED if block.style != "quote" else ACCENT))
            self.multi_cell(0, LINE_HEIGHT, block.label, new_x=XPos.LMARGIN, new_y=YPos.NEXT,
                            align="L")
            self.set_text_color(0, 0, 0)
        if not block.text.strip():
            return
        style = {"quote": "I", "muted": "", "private": "", "body": ""}.get(block.style, "")
        self.set_font(FONT, style, BODY_SIZE)
        if block.style == "muted":
            self.set_text_color(*MUTED)
        if block.style in ("quote", "private"):
            fill = QUOTE_FILL if block.style == "quote" else PRIVATE_FILL
            self.set_fill_color(*fill)
            self.multi_cell(0, LINE_HEIGHT, block.text, fill=True, padding=(1.5, 3, 1.5, 3),
                            new_x=XPos.LMARGIN, new_y=YPos.NEXT, align="L")
        else:
            self.multi_cell(0, LINE_HEIGHT, block.text, new_x=XPos.LMARGIN, new_y=YPos.NEXT,
                            align="L")
        self.set_text_color(0, 0, 0)
        self.ln(1.5)

    def bullets(self, block: Bullets) -> None:
        self.set_font(FONT, "", BODY_SIZE)
        for item in block.items:
            if self.will_page_break(LINE_HEIGHT):
                self.add_page()
            self.set_x(self.l_margin + 2)
            self.cell(4, LINE_HEIGHT, "•")
            self.multi_cell(0, LINE_HEIGHT, item, new_x=XPos.LMARGIN, new_y=YPos.NEXT, align="L")
        self.ln(1.5)

    def facts(self, block: Facts) -> None:
        label_width = min(62.0, self.epw * 0.36)
        for index, (label, value) in enumerate(block.pairs):
            note = block.notes[index] if index < len(block.notes) else ""
            if self.will_page_break(LINE_HEIGHT * (3 if note else 2)):
                self.add_page()
            page, y = self.page, self.get_y()
            self.set_font(FONT, "", BODY_SIZE - 1)
            self.set_text_color(*MUTED)
            # The label's lines come back from drawing it (no second, dry-run layout of it).
            label_lines = self.multi_cell(label_width, LINE_HEIGHT, label, new_x=XPos.RIGHT,
                                          new_y=YPos.TOP, align="L", output="LINES")
            label_bottom = y + LINE_HEIGHT * len(label_lines)
            self.set_xy(self.l_margin + label_width + 2, y)
            self.set_font(FONT, "", BODY_SIZE)
            self.set_text_color(0, 0, 0)
            self.multi_cell(0, LINE_HEIGHT, value, new_x=XPos.LMARGIN, new_y=YPos.NEXT, align="L")
            if note:
                self.set_x(self.l_margin + label_width + 2)
                self.set_font(FONT, "", BODY_SIZE - 2)
                self.set_text_color(*MUTED)
                self.multi_cell(0, LINE_HEIGHT - 1, note, new_x=XPos.LMARGIN, new_y=YPos.NEXT,
                                align="L")
                self.set_text_color(0, 0, 0)
            if self.page == page:
                self.set_y(max(self.get_y(), label_bottom))
            self.ln(0.8)
        self.ln(1.5)

    def table_block(self, block: Table) -> None:
        if self.will_page_break(LINE_HEIGHT * 4):
            self.add_page()
        self.set_font(FONT, "", BODY_SIZE - 0.5)
        self.set_draw_color(*LINE)
        self.set_line_width(0.2)
        self.set_fill_color(246, 246, 243)
        headings = FontFace(emphasis="BOLD", color=ACCENT, fill_color=(236, 242, 243))
        with self.table(
            col_widths=block.widths, headings_style=headings, line_height=LINE_HEIGHT,
            text_align="LEFT", borders_layout="HORIZONTAL_LINES", padding=(1.2, 1.5),
            width=self.epw, align="LEFT", v_align="TOP",
            cell_fill_color=(248, 248, 246), cell_fill_mode="ROWS",
        ) as table:
            table.row(block.headers)
            for values in block.rows:
                table.row(values)
        self.ln(3)

    def picture(self, block: Picture) -> None:
        image = block.image
        legend_rows = (len(image.legend) + 2) // 3
        legend_height = (legend_rows * 4.6 + 7) if image.legend else 0
        page_bottom = self.h - self.b_margin
        available = page_bottom - self.get_y() - legend_height - 2
        # A short, wide picture (a chart) needs only its own height, not a web's minimum.
        if available < min(MIN_PICTURE_MM, self.epw * image.aspect):
            self.add_page()
            available = page_bottom - self.get_y() - legend_height - 2
        width = self.epw
        height = width * image.aspect
        if height > available:
            height = available
            width = height / image.aspect
        if not block.fill_page:
            width, height = min(width, 120.0), min(height, 120.0 * image.aspect)
        x = self.l_margin + (self.epw - width) / 2
        y = self.get_y()
        if image.fmt == "svg" and b'font-style="italic"' in image.data:
            self._italic_font()  # fpdf2 looks an SVG's fonts up without set_font
        self.image(io.BytesIO(image.data) if image.fmt != "svg" else image.data,
                   x=x, y=y, w=width, h=height, keep_aspect_ratio=True)
        self.set_y(y + height + 2)
        if image.legend:
            self._legend(block.legend_title, image.legend)

    def _legend(self, title: str, entries: tuple[tuple[str, str], ...]) -> None:
        self.set_font(FONT, "B", 8.5)
        self.set_text_color(*MUTED)
        if title:
            self.cell(0, 5, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT, align="L")
        self.set_font(FONT, "", 8.5)
        self.set_text_color(0, 0, 0)
        column = self.epw / 3
        for index, (symbol, label) in enumerate(entries):
            if index % 3 == 0 and index:
                self.ln(4.6)
            self.set_x(self.l_margin + column * (index % 3))
            self.cell(5, 4.6, symbol)
            self.cell(column - 5, 4.6, label)
        self.ln(6)

    def render(self) -> bytes:
        self.add_page()
        blocks = self.document.blocks
        for index, block in enumerate(blocks):
            if isinstance(block, Heading):
                following = blocks[index + 1] if index + 1 < len(blocks) else None
                if isinstance(following, Heading) and following.keep:
                    # A section title stays with the first item of its section.
                    block = Heading(block.text, block.level, block.keep + following.keep + 12)
                self.heading(block)
            elif isinstance(block, Paragraph):
                self.paragraph(block)
            elif isinstance(block, Bullets):
                self.bullets(block)
            elif isinstance(block, Facts):
                self.facts(block)
            elif isinstance(block, Table):
                self.table_block(block)
            elif isinstance(block, Picture):
                self.picture(block)
            elif isinstance(block, PageBreak):
                self.add_page()
        return bytes(self.output())


def render_pdf(document: Document) -> bytes:
    """The document as PDF bytes."""
    return ReportPdf(cleaned(document)).render()
