"""Render a web version to PNG or SVG bytes: the same drawing as on screen, plus the legend.

Works offscreen with only a QApplication (one is created when none exists). Used by exports, the
command line and the printed summary.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QColor, QFontDatabase, QImage, QPainter
from PySide6.QtWidgets import QApplication, QGraphicsItem

from resokit_desktop.domain.text_hygiene import cleaned, xml_safe
from resokit_desktop.domain.web.model import WebVersion
from resokit_desktop.rendering.web_document import WebDocument
from resokit_desktop.rendering.web_labels import drawing_language
from resokit_desktop.rendering.web_legend import legend_rows, paint_legend
from resokit_desktop.rendering.web_scene import WebScene
from resokit_desktop.resources import FONT_BOLD, FONT_ITALIC, FONT_REGULAR, fonts_dir

_fonts_loaded = False
# A style group with nothing inside (Qt's attributes never hold a ">"), and the blank after it.
_EMPTY_GROUP = re.compile(rb"<g\b[^>]*>\s*</g>\s*")
# A style group around one shape or one plain text (Qt writes one for nearly every item).
_LONE_CHILD = re.compile(
    rb"<g\b([^>]*)>\s*<(path|polyline|polygon|circle|ellipse|rect|line|text)\b([^>]*?)(/?)>"
    rb"(?:([^<]*)</\2>)?\s*</g>")
_ATTRIBUTE = re.compile(rb'([\w:.-]+)="([^"]*)"')
_ONLY_ATTRIBUTES = re.compile(rb'(?:\s*[\w:.-]+="[^"]*")*\s*')


def ensure_application() -> QApplication:
    """The running QApplication, or a new one (offscreen use: exports, command line)."""
    global _fonts_loaded
    app = QApplication.instance() or QApplication([])
    if not _fonts_loaded:
        for name in (FONT_REGULAR, FONT_BOLD, FONT_ITALIC):
            QFontDatabase.addApplicationFont(str(fonts_dir() / name))
        _fonts_loaded = True
    return app


def _legend_font_px(width: float, height: float) -> float:
    return max(9.0, min(18.0, min(width, height) / 48))


def _layout(width: float, height: float, source: QRectF,
            legend_rows: int) -> tuple[QRectF, QRectF | None]:
    """Where the web (scaled to fit, aspect kept) and the legend go in the picture.

    Wide pictures get the legend in a column on the right; tall ones get it in three columns
    right under the web, which takes the full width and whatever height the legend leaves.
    """
    full = QRectF(0, 0, width, height)
    if legend_rows == 0:
        return _fit(source, full), None
    if width >= height * 1.15:
        legend_width = min(max(width * 0.27, 200.0), width * 0.42)
        return (_fit(source, QRectF(0, 0, width - legend_width, height)),
                QRectF(width - legend_width, 0, legend_width, height).adjusted(6, 12, -8, -8))
    font_px = _legend_font_px(width, height)
    legend_height = _legend_height(width, legend_rows, font_px)
    web = _fit(source, QRectF(0, 0, width, height - legend_height - font_px))
    web.moveTop(0)
    legend_top = web.bottom() + font_px
    return web, QRectF(12, legend_top, width - 20, legend_height)


def _legend_height(width: float, rows: int, font_px: float) -> float:
    """A legend under the web: three columns (two when narrow) of rows of 2 x font_px."""
    columns = 3 if width >= font_px * 45 else 2
    return math.ceil(rows / columns) * font_px * 2.0 + 10


def _fit(source: QRectF, area: QRectF) -> QRectF:
    """The largest rectangle with the source's aspect ratio, centred in the area."""
    scale = min(area.width() / source.width(), area.height() / source.height())
    fitted = QRectF(0, 0, source.width() * scale, source.height() * scale)
    fitted.moveCenter(area.center())
    return fitted


def _drawn_area(scene: WebScene) -> QRectF:
    """The part of the scene with ink on it: the disc, the domain labels and every member."""
    area = scene.background.content_rect() if scene.background is not None else QRectF()
    for item in scene.member_items.values():
        area = area.united(item.sceneBoundingRect())
    return area.adjusted(-6, -6, 6, 6)


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
    with _print_scene(version, lang, lang_labels, initials_only, markers) as scene:
        _paint_scene(painter, scene, _drawn_area(scene), width, height, legend=legend,
                     markers=markers)


def _paint_scene(painter: QPainter, scene: WebScene, source: QRectF, width: float,
                 height: float, *, legend: bool, markers: dict[int, str] | None) -> None:
    """The web as large as the picture allows (only the area really drawn on, ``source``, is
    scaled to fit) and the legend beside or under it."""
    rows = len(legend_rows(bool(markers))) if legend else 0
    target, legend_rect = _layout(width, height, source, rows)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, target, source)
    if legend_rect is not None:
        paint_legend(painter, legend_rect, _legend_font_px(width, height),
                     markers=bool(markers))


@contextmanager
def _print_scene(version: WebVersion, lang: str | None, lang_labels: bool, initials_only: bool,
                 markers: dict[int, str] | None) -> Iterator[WebScene]:
    """A throw-away, non-interactive scene of the version, freed on leaving the block."""
    scene = WebScene(interactive=False, lang=lang, show_labels=lang_labels,
                     initials_only=initials_only)
    # Names and notes stored by an older version may hold control characters (a pasted
    # vertical tab): SVG is XML, so they are taken out before drawing.
    document = WebDocument(cleaned(version))
    scene.set_document(document)
    # Exports are drawn directly (vector text in SVG, crisp PNG), never from pixmap caches.
    for item in scene.items():
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    if markers:
        scene.set_markers(markers)
    try:
        yield scene
    finally:
        # Free the scene and its items now, while the QApplication still lives.
        scene.set_document(None)
        shiboken6.delete(scene)
        shiboken6.delete(document)


def _portrait_height(source: QRectF, width: float, legend: bool,
                     markers: dict[int, str] | None) -> int:
    """The height a portrait picture of this width needs: the web at full width, the legend
    under it, no blank band (so a printed page can go on right below the drawing)."""
    height = width * source.height() / source.width()
    if legend:
        font_px = _legend_font_px(width, width)
        height += _legend_height(width, len(legend_rows(bool(markers))), font_px) + font_px
    return math.ceil(height) + 2


def render_web_portrait(
    version: WebVersion, width_px: int, max_height_px: int, *, fmt: str = "svg",
    legend: bool = True, lang: str | None = None, initials_only: bool = False,
    markers: dict[int, str] | None = None,
) -> tuple[bytes, int]:
    """A portrait picture (SVG or PNG) just as tall as the web at full width plus its legend,
    at most max_height_px, from one scene (measured and drawn once); returns bytes and height."""
    ensure_application()
    with drawing_language(lang), _print_scene(version, lang, True, initials_only,
                                              markers) as scene:
        source = _drawn_area(scene)
        height = min(max_height_px, _portrait_height(source, width_px, legend, markers))

        def paint(painter: QPainter) -> None:
            painter.fillRect(QRectF(0, 0, width_px, height), QColor("#FFFFFF"))
            _paint_scene(painter, scene, source, width_px, height, legend=legend,
                         markers=markers)

        if fmt == "svg":
            return _svg_bytes(width_px, height, "", paint), height
        return _png_bytes(width_px, height, paint), height


def render_web_png(
    version: WebVersion, width_px: int, height_px: int, *, lang_labels: bool = True,
    legend: bool = True, lang: str | None = None, initials_only: bool = False,
    markers: dict[int, str] | None = None,
) -> bytes:
    """The web as PNG bytes of exactly width_px x height_px."""
    ensure_application()
    return _png_bytes(width_px, height_px, lambda painter: paint_web(
        painter, version, width_px, height_px, lang_labels=lang_labels, legend=legend,
        lang=lang, initials_only=initials_only, markers=markers))


def _png_bytes(width_px: int, height_px: int, paint: Callable[[QPainter], None]) -> bytes:
    image = QImage(QSize(width_px, height_px), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    try:
        paint(painter)
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
    markers: dict[int, str] | None = None, title: str = "", compact: bool = True,
) -> bytes:
    """The same drawing as SVG bytes (vector, for print and other tools).

    Compact (the default) leaves out the empty style groups Qt writes for every state change,
    about 40 % of its groups: they draw nothing, and fpdf2 works through each when printing; a
    group around a single shape or text gives its style to that item instead (the same picture,
    with some 270 fewer groups for fpdf2 to go through in a summary's web).
    """
    ensure_application()
    return _svg_bytes(width_px, height_px, title, lambda painter: paint_web(
        painter, version, width_px, height_px, lang_labels=lang_labels, legend=legend,
        lang=lang, initials_only=initials_only, markers=markers), compact=compact)


def _svg_bytes(width_px: int, height_px: int, title: str, paint: Callable[[QPainter], None],
               compact: bool = True) -> bytes:
    # lazy: QtSvg loads only for SVG output
    from PySide6.QtSvg import QSvgGenerator

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(width_px, height_px))
    generator.setViewBox(QRectF(0, 0, width_px, height_px))
    generator.setTitle(xml_safe(title) or "Inclusieweb")
    painter = QPainter(generator)
    try:
        paint(painter)
    finally:
        painter.end()
    buffer.close()
    svg = bytes(data.data())
    return _LONE_CHILD.sub(_child_with_group_style, _EMPTY_GROUP.sub(b"", svg)) if compact else svg


def _attributes(text: bytes) -> dict[bytes, bytes] | None:
    """name -> value of an element's attributes; None when anything else is in the text."""
    if _ONLY_ATTRIBUTES.fullmatch(text) is None:
        return None
    return dict(_ATTRIBUTE.findall(text))


def _child_with_group_style(match: re.Match[bytes]) -> bytes:
    """The group's only child with the group's attributes (its own win where both say one),
    so it draws the same; the group is left as it was when that is not plainly so."""
    group, tag, own_text, empty, content = match.groups()
    style, own = _attributes(group), _attributes(own_text)
    if style is None or own is None or b"transform" in own:
        return match.group(0)
    merged = b" ".join(name + b'="' + value + b'"' for name, value in {**style, **own}.items())
    if empty:
        return b"<" + tag + b" " + merged + b"/>\n"
    return b"<" + tag + b" " + merged + b">" + (content or b"") + b"</" + tag + b">\n"
