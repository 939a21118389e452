"""Write a report Document as the rich-text HTML that Qt's print path (QTextDocument) lays out."""

from __future__ import annotations

from html import escape

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

ACCENT = "#265c62"
MUTED = "#646464"
PICTURE_URL = "resokit-picture:{index}"
LOGO_URL = "resokit-logo:0"


def _text(value: str) -> str:
    return escape(value).replace("\n", "<br/>")


def render_html(document: Document, text_width: float, picture_height: float,
                large_type: tuple[float, int] | None = None) -> str:
    """HTML for the body; pictures refer to PICTURE_URL.format(index=n), sized in layout units.

    ``text_width`` and ``picture_height`` are the body width and the largest picture height in
    the units the caller lays the document out in (device pixels of the printer).
    ``large_type`` = (points, columns): headings, lists and notes as the large-type PDF draws
    them ("Mijn talenten", ``reports/talents_sheet_pdf.py``).
    """
    document = cleaned(document)  # no control characters from text an older version stored
    parts = [_letterhead(document, text_width)]
    for index, block in enumerate(document.blocks):
        if large_type is not None and isinstance(block, Heading | Bullets | Paragraph):
            parts.append(_large_block(block, *large_type))
        else:
            parts.append(_block(block, index, text_width, picture_height))
    return "".join(parts)


def _large_block(block: Heading | Bullets | Paragraph, size: float, columns: int) -> str:
    """One block at the large-type PDF's sizes: headings size + 3, lists size, notes size - 3."""
    if isinstance(block, Heading):
        return (f'<p style="color:{ACCENT}; font-size:{size + 3:g}pt; font-weight:bold; '
                f'margin-top:{size * 0.6:g}pt; margin-bottom:0px;">{_text(block.text)}</p>'
                f'<hr style="color:{ACCENT};"/>')
    if isinstance(block, Paragraph):
        colour = f"color:{MUTED}; " if block.style == "muted" else ""
        return (f'<p style="{colour}font-size:{size - 3:g}pt; margin-top:{size * 0.5:g}pt;">'
                f"{_text(block.text)}</p>")

    def items(part: tuple[str, ...]) -> str:
        rows = "".join(f'<li style="font-size:{size:g}pt;">{_text(item)}</li>' for item in part)
        return f'<ul style="margin-top:0px;">{rows}</ul>'

    if columns == 1 or len(block.items) < 2:
        return items(block.items)
    half = (len(block.items) + 1) // 2
    return (f'<table width="100%" cellspacing="0" cellpadding="0"><tr>'
            f'<td width="50%">{items(block.items[:half])}</td>'
            f'<td width="50%">{items(block.items[half:])}</td></tr></table>')


def _letterhead(document: Document, text_width: float) -> str:
    logo = ""
    if document.logo_png:
        size = 60  # CSS pixels: about 16 mm, as in the PDF letterhead, on any paper
        logo = f'<td width="{size + 12}"><img src="{LOGO_URL}" height="{size}"/></td>'
    lines = "".join(f'<div style="color:{MUTED}; font-size:9pt;">{_text(line)}</div>'
                    for line in document.header_lines)
    return (
        f'<table width="100%" cellspacing="0" cellpadding="0"><tr>{logo}<td>'
        f'<div style="color:{ACCENT}; font-size:12pt; font-weight:bold;">'
        f'{_text(document.organisation_name)}</div>'
        f'<div style="font-size:16pt; font-weight:bold;">{_text(document.title)}</div>'
        f'{lines}</td></tr></table><hr/>'
    )


def _block(block, index: int, text_width: float, picture_height: float) -> str:
    if isinstance(block, Heading):
        if block.level == 1:
            return (f'<h2 style="color:{ACCENT}; font-size:13pt; margin-top:14px;">'
                    f'{_text(block.text)}</h2>')
        return f'<h3 style="font-size:11pt; margin-top:10px;">{_text(block.text)}</h3>'
    if isinstance(block, Paragraph):
        return _paragraph(block)
    if isinstance(block, Bullets):
        items = "".join(f"<li>{_text(item)}</li>" for item in block.items)
        return f"<ul>{items}</ul>"
    if isinstance(block, Facts):
        notes = block.notes + ("",) * (len(block.pairs) - len(block.notes))
        rows = "".join(
            f'<tr><td width="36%" style="color:{MUTED};">{_text(label)}</td>'
            f"<td>{_text(value)}"
            + (f'<br><span style="color:{MUTED}; font-size:8pt;">{_text(note)}</span>'
               if note else "")
            + "</td></tr>"
            for (label, value), note in zip(block.pairs, notes, strict=False)
        )
        return f'<table width="100%" cellspacing="0" cellpadding="2">{rows}</table>'
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, Picture):
        return _picture(block, index, text_width, picture_height)
    if isinstance(block, PageBreak):
        return '<p style="page-break-after:always;"></p>'
    return ""


def _paragraph(block: Paragraph) -> str:
    label = ""
    if block.label:
        colour = ACCENT if block.style == "quote" else MUTED
        label = (f'<p style="color:{colour}; font-weight:bold; font-size:9pt; '
                 f'margin-bottom:0px;">{_text(block.label)}</p>')
    if not block.text.strip():
        return label
    if block.style == "quote":
        body = (f'<table width="100%" cellpadding="5" bgcolor="#e8f1f2"><tr><td>'
                f"<i>{_text(block.text)}</i></td></tr></table>")
    elif block.style == "private":
        body = (f'<table width="100%" cellpadding="5" bgcolor="#f0ece2"><tr><td>'
                f"{_text(block.text)}</td></tr></table>")
    elif block.style == "muted":
        body = f'<p style="color:{MUTED};">{_text(block.text)}</p>'
    else:
        body = f"<p>{_text(block.text)}</p>"
    return label + body


def _table(block: Table) -> str:
    head = "".join(
        f'<th width="{round(w * 100)}%" align="left" bgcolor="#ecf2f3" '
        f'style="color:{ACCENT};">{_text(h)}</th>'
        for h, w in zip(block.headers, block.widths, strict=False)
    )
    rows = "".join(
        "<tr>" + "".join(f"<td>{_text(cell)}</td>" for cell in row) + "</tr>"
        for row in block.rows
    )
    return (f'<table width="100%" cellspacing="0" cellpadding="3" border="0.5" '
            f'style="border-color:#bebebe; border-style:solid;"><tr>{head}</tr>{rows}</table>')


def _picture(block: Picture, index: int, text_width: float, picture_height: float) -> str:
    image = block.image
    width = text_width
    height = width * image.aspect
    if height > picture_height:
        height = picture_height
        width = height / image.aspect
    legend = ""
    if image.legend:
        cells = "".join(f"<td>{_text(symbol)} {_text(label)}</td>" +
                        ("</tr><tr>" if n % 3 == 2 else "")
                        for n, (symbol, label) in enumerate(image.legend))
        legend = (f'<p style="color:{MUTED}; font-weight:bold; font-size:8pt;">'
                  f'{_text(block.legend_title)}</p>'
                  f'<table width="100%" style="font-size:8pt;"><tr>{cells}</tr></table>')
    url = PICTURE_URL.format(index=index)
    return (f'<p align="center"><img src="{url}" width="{int(width)}" height="{int(height)}"/>'
            f"</p>{legend}")
