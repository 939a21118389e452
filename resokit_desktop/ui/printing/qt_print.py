"""Paint a report Document onto a QPrinter (print preview, paper, or Qt's own PDF output)."""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtSvg import QSvgRenderer

from resokit_desktop.domain.summary import WebImage
from resokit_desktop.reports.blocks import Document, Picture
from resokit_desktop.reports.html_render import LOGO_URL, PICTURE_URL, render_html
from resokit_desktop.resources import FONT_FAMILY

MARGINS_MM = QMarginsF(18, 16, 18, 14)
PICTURE_PIXELS = 2000  # about 290 dpi across an A4 text width


def apply_page_setup(printer: QPrinter, document: Document) -> None:
    """Paper size and orientation follow the document (A4/A3, portrait/landscape)."""
    size = QPageSize(QPageSize.PageSizeId.A3 if document.paper == "A3"
                     else QPageSize.PageSizeId.A4)
    orientation = (QPageLayout.Orientation.Landscape if document.landscape
                   else QPageLayout.Orientation.Portrait)
    printer.setPageLayout(QPageLayout(size, orientation, MARGINS_MM, QPageLayout.Unit.Millimeter))


_rasterised: dict[bytes, QImage] = {}


def picture_image(image: WebImage, pixels: int = PICTURE_PIXELS) -> QImage:
    """The web drawing as a QImage; SVG is rasterised sharply enough for print (and cached,
    so switching the copy or the session in the preview does not draw the same web again)."""
    if image.fmt == "svg":
        cached = _rasterised.get(image.data)
        if cached is not None:
            return cached
        renderer = QSvgRenderer(image.data)
        target = QImage(pixels, int(pixels * image.aspect), QImage.Format.Format_ARGB32)
        target.fill(QColor("white"))
        painter = QPainter(target)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        _rasterised.clear()  # one web at a time is enough: the one in the open preview
        _rasterised[image.data] = target
        return target
    loaded = QImage()
    loaded.loadFromData(image.data)
    return loaded


def paint_document(document: Document, printer: QPrinter,
                   large_type: tuple[float, int] | None = None) -> int:
    """Lay the document out for the printer's page and paint every page; returns the page count.
    ``large_type`` = (points, columns) draws it as the large-type PDF does (``render_html``)."""
    dpi = printer.resolution()
    page = printer.pageLayout().paintRectPixels(dpi)
    width, height = float(page.width()), float(page.height())
    point = dpi / 72.0
    header_h, footer_h = 16 * point, 18 * point
    body_h = height - header_h - footer_h
    text = QTextDocument()
    text.documentLayout().setPaintDevice(printer)
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(10)
    text.setDefaultFont(font)
    text.setDocumentMargin(0)
    text.setPageSize(QSizeF(width, body_h))
    for index, block in enumerate(document.blocks):
        if isinstance(block, Picture):
            text.addResource(QTextDocument.ResourceType.ImageResource,
                             QUrl(PICTURE_URL.format(index=index)), picture_image(block.image))
    if document.logo_png:
        logo = QImage()
        if logo.loadFromData(document.logo_png):
            text.addResource(QTextDocument.ResourceType.ImageResource, QUrl(LOGO_URL), logo)
    # Qt scales <img> sizes from 96 dpi "CSS pixels" to the printer's resolution.
    css = 96.0 / dpi
    text.setHtml(render_html(document, width * css, body_h * 0.78 * css, large_type))
    pages = max(text.pageCount(), 1)
    painter = QPainter(printer)
    try:
        for number in range(pages):
            if number:
                printer.newPage()
            _running_parts(painter, document, number + 1, pages, width, height, header_h,
                           footer_h, point)
            painter.save()
            painter.translate(0, header_h - number * body_h)
            text.drawContents(painter, QRectF(0, number * body_h, width, body_h))
            painter.restore()
    finally:
        painter.end()
    return pages


def _running_parts(painter: QPainter, document: Document, number: int, pages: int,
                   width: float, height: float, header_h: float, footer_h: float,
                   point: float) -> None:
    small = QFont(FONT_FAMILY)
    small.setPointSizeF(7.5)
    painter.setFont(small)
    painter.setPen(QColor(100, 100, 100))
    if number > 1:
        running = " · ".join(p for p in (document.organisation_name, document.title) if p)
        painter.drawText(QRectF(0, 0, width, header_h - 4 * point),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), running)
        painter.setPen(QColor(190, 190, 190))
        painter.drawLine(0, int(header_h - 5 * point), int(width), int(header_h - 5 * point))
    top = height - footer_h + 6 * point
    painter.setPen(QColor(190, 190, 190))
    painter.drawLine(0, int(top - 2 * point), int(width), int(top - 2 * point))
    painter.setPen(QColor(100, 100, 100))
    label = document.page_label.format(page=number, pages=pages)
    box = QRectF(0, top, width, footer_h - 6 * point)
    painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                     document.footer_text)
    painter.drawText(box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), label)
