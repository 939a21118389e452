"""Draw a buurtkaart version offscreen (for the summary PDF): the map with its boundary, home and
pins, and under it a legend of the shapes, as PNG bytes."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from resokit_desktop.domain.buurtkaart import Feeling, MapVersion, PinStatus
from resokit_desktop.domain.summary import WebImage
from resokit_desktop.rendering import web_style as style
from resokit_desktop.rendering.map_document import MapDocument
from resokit_desktop.rendering.map_items import paint_home, paint_pin
from resokit_desktop.rendering.map_labels import feeling_label, home_label, status_label
from resokit_desktop.rendering.map_scene import MapScene
from resokit_desktop.rendering.web_labels import drawing_language

WIDTH = 1400
LEGEND_ROW = 40
LEGEND_COLUMNS = 3
FAST_PNG = 80  # Qt's PNG quality 80 is zlib level 1


def _legend_rows() -> list[tuple[str, object]]:
    rows: list[tuple[str, object]] = [(home_label(), "home")]
    rows += [(status_label(s), (s, Feeling.UNKNOWN)) for s in PinStatus]
    rows += [(feeling_label(f), (PinStatus.USED_TO_GO, f)) for f in Feeling if f]
    return rows


def render_map_picture(version: MapVersion, image: QImage | None, lang: str = "nl",
                       width: int = WIDTH) -> WebImage:
    """The map drawn at ``width`` pixels with its legend below, as a PNG WebImage."""
    with drawing_language(lang):
        scene = MapScene(interactive=False, home_label=home_label())
        scene.set_map_image(image)
        document = MapDocument(version)
        scene.set_document(document)
        rect = scene.map_rect
        map_height = round(width * rect.height() / rect.width())
        rows = _legend_rows()
        legend_height = LEGEND_ROW * ((len(rows) + LEGEND_COLUMNS - 1) // LEGEND_COLUMNS) + 16
        picture = QImage(width, map_height + legend_height, QImage.Format.Format_RGB32)
        picture.fill(QColor("#FFFFFF"))
        painter = QPainter(picture)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing
                               | QPainter.RenderHint.SmoothPixmapTransform
                               | QPainter.RenderHint.TextAntialiasing)
        scene.render(painter, QRectF(0, 0, width, map_height), rect,
                     Qt.AspectRatioMode.KeepAspectRatio)
        painter.setPen(style.RING_LINE)
        painter.drawRect(QRectF(0.5, 0.5, width - 1, map_height - 1))
        column = width / LEGEND_COLUMNS
        painter.setFont(style.scene_font(23))
        for index, (text, what) in enumerate(rows):
            x = 24 + column * (index % LEGEND_COLUMNS)
            y = map_height + 16 + LEGEND_ROW * (index // LEGEND_COLUMNS) + LEGEND_ROW / 2
            if what == "home":
                paint_home(painter, QPointF(x, y), 10)
            else:
                paint_pin(painter, what[0], what[1], QPointF(x, y), 10)
            painter.setPen(style.INK)
            painter.drawText(QRectF(x + 22, y - LEGEND_ROW / 2, column - 50, LEGEND_ROW),
                             Qt.AlignmentFlag.AlignVCenter, text)
        painter.end()
        scene.set_document(None)
        document.deleteLater()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # The PNG only carries the picture into a PDF (fpdf2 and Qt's printing decode it and
        # compress it their own way), so zlib's fastest level (Qt's quality 80) suffices: the
        # pixels are the same and it is written in about a third less time.
        picture.save(buffer, "PNG", FAST_PNG)
        data = bytes(buffer.data())
        height = picture.height()
    del scene
    return WebImage(data, "png", width, height)
