"""Render a web version to PNG or SVG bytes: the same drawing as on screen, plus the legend.

Works offscreen with only a QApplication (one is created when none exists). Used by exports, the
command line and the printed summary.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QColor, QFontDatabase, QImage, QPainter
from PySide6.QtWidgets import QApplication, QGraphicsItem

from resokit_desktop.domain.web.model import WebVersion
from resokit_desktop.resources import FONT_BOLD, FONT_ITALIC, FONT_REGULAR, fonts_dir
from resokit_desktop.ui.inclusion_web.web_document import WebDocument
from resokit_desktop.ui.inclusion_web.web_labels import drawing_language
from resokit_desktop.ui.inclusion_web.web_legend import paint_legend
from resokit_desktop.ui.inclusion_web.web_scene import WebScene

_fonts_loaded = False


def ensure_application() -> QApplication:
    """The running QApplication, or a new one (offscreen use: exports, command line)."""
    global _fonts_loaded
    app = QApplication.instance() or QApplication([])
    if not _fonts_loaded:
        for name in (FONT_REGULAR, FONT_BOLD, FONT_ITALIC):
            QFontDatabase.addApplicationFont(str(fonts_dir() / name))
        _fonts_loaded = True
    return app


def _layout(width: float, height: float, legend: bool) -> tuple[QRectF, QRectF | None]:
    full = QRectF(0, 0, width, height)
    if not legend:
        return full, None
    if width >= height * 1.15:
        legend_width = min(max(width * 0.27, 200.0), width * 0.42)
        return (QRectF(0, 0, width - legend_width, height),
                QRectF(width - legend_width, 0, legend_width, height).adjusted(6, 12, -8, -8))
    legend_height = max(height * 0.24, 110.0)
    return (QRectF(0, 0, width, height - legend_height),
            QRectF(0, height - legend_height, width, legend_height).adjusted(12, 4, -8, -6))


def paint_web(
    painter: QPainter, version: WebVersion, width: float, height: float, *,
    lang_labels: bool = True, legend: bool = True, lang: str | None = None,
    initials_only: bool = False, markers: dict[int, str] | None = None,
) -> None:
    """Paint the web (and legend) into the area (0, 0, width, height) of the painter.

    With a lang, every label (legend, rings, centre, markers, domains) is in that language,
    whatever the window's language is.
    """
    ensure_application()
    with drawing_language(lang):
        _paint_web(painter, version, width, height, lang_labels=lang_labels, legend=legend,
                   lang=lang, initials_only=initials_only, markers=markers)


def _paint_web(
    painter: QPainter, version: WebVersion, width: float, height: float, *,
    lang_labels: bool, legend: bool, lang: str | None, initials_only: bool,
    markers: dict[int, str] | None,
) -> None:
    painter.fillRect(QRectF(0, 0, width, height), QColor("#FFFFFF"))
    scene = WebScene(interactive=False, lang=lang, show_labels=lang_labels,
                     initials_only=initials_only)
    document = WebDocument(version)
    scene.set_document(document)
    # Exports are drawn directly (vector text in SVG, crisp PNG), never from pixmap caches.
    for item in scene.items():
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    if markers:
        scene.set_markers(markers)
    web_rect, legend_rect = _layout(width, height, legend)
    source = scene.sceneRect()
    side = min(web_rect.width(), web_rect.height())
    target = QRectF(web_rect.center().x() - side / 2, web_rect.center().y() - side / 2, side, side)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, target, source)
    if legend_rect is not None:
        font_px = max(9.0, min(16.0, min(width, height) / 48))
        paint_legend(painter, legend_rect, font_px, markers=bool(markers))
    # Free the throw-away scene and its items now, while the QApplication still lives.
    scene.set_document(None)
    shiboken6.delete(scene)
    shiboken6.delete(document)


def render_web_png(
    version: WebVersion, width_px: int, height_px: int, *, lang_labels: bool = True,
    legend: bool = True, lang: str | None = None, initials_only: bool = False,
    markers: dict[int, str] | None = None,
) -> bytes:
    """The web as PNG bytes of exactly width_px x height_px."""
    ensure_application()
    image = QImage(QSize(width_px, height_px), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    try:
        paint_web(painter, version, width_px, height_px, lang_labels=lang_labels, legend=legend,
                  lang=lang, initials_only=initials_only, markers=markers)
    finally:
        painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def render_web_svg(
    version: WebVersion, width_px: int, height_px: int, *, lang_labels: bool = True,
    legend: bool = True, lang: str | None = None, initials_only: bool = False,
    markers: dict[int, str] | None = None, title: str = "",
) -> bytes:
    """The same drawing as SVG bytes (vector, for print and other tools)."""
    ensure_application()
    from PySide6.QtSvg import QSvgGenerator

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(width_px, height_px))
    generator.setViewBox(QRectF(0, 0, width_px, height_px))
    generator.setTitle(title or "Inclusieweb")
    painter = QPainter(generator)
    try:
        paint_web(painter, version, width_px, height_px, lang_labels=lang_labels, legend=legend,
                  lang=lang, initials_only=initials_only, markers=markers)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())
