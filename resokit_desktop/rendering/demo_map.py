"""A fictional street plan for the demo buurtkaart, drawn with QPainter (no text, no real place):
housing blocks, a park, a canal, a square and a railway."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen

SIZE = (1400, 1000)
GROUND = QColor("#EEE8DC")
BLOCK = QColor("#DCD3C3")
ROAD = QColor("#FFFFFF")
MAIN_ROAD = QColor("#F6E3B4")
PARK = QColor("#CFE3C1")
WATER = QColor("#BFD8EA")
RAIL = QColor("#8C8C8C")


def demo_map_png() -> bytes:
    """The demo street plan as PNG bytes (the same picture every time)."""
    width, height = SIZE
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(GROUND)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    # Housing blocks between a grid of streets (a little irregular, like an old town).
    step_x, step_y = 140, 120
    for row in range(height // step_y + 1):
        for column in range(width // step_x + 1):
            shift = 18 if (row + column) % 3 == 0 else 0
            rect = QRectF(column * step_x + 14 + shift, row * step_y + 14,
                          step_x - 28 - shift, step_y - 28)
            painter.fillRect(rect, BLOCK)
    # A canal from the top left to the bottom, with its quay road.
    canal = QPainterPath(QPointF(-20, 160))
    canal.cubicTo(QPointF(380, 220), QPointF(520, 560), QPointF(470, 1020))
    painter.setPen(QPen(MAIN_ROAD, 78, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
    painter.drawPath(canal)
    painter.setPen(QPen(WATER, 48, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
    painter.drawPath(canal)
    # A park with paths and a pond.
    park = QRectF(860, 140, 330, 250)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(PARK)
    painter.drawRoundedRect(park, 30, 30)
    painter.setBrush(WATER)
    painter.drawEllipse(QPointF(1080, 300), 55, 35)
    painter.setPen(QPen(ROAD, 7))
    painter.drawLine(park.topLeft() + QPointF(20, 20), park.bottomRight() - QPointF(20, 20))
    painter.drawLine(park.bottomLeft() + QPointF(20, -20), park.topRight() + QPointF(-20, 20))
    # Two main roads and a square where they cross.
    painter.setPen(QPen(MAIN_ROAD, 26, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
    painter.drawLine(QPointF(0, 600), QPointF(width, 540))
    painter.drawLine(QPointF(760, 0), QPointF(820, height))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(MAIN_ROAD)
    painter.drawEllipse(QPointF(800, 565), 62, 62)
    painter.setBrush(PARK)
    painter.drawEllipse(QPointF(800, 565), 26, 26)
    # A railway along the bottom right.
    rail = QPainterPath(QPointF(560, height + 10))
    rail.cubicTo(QPointF(900, 820), QPointF(1150, 800), QPointF(width + 10, 700))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(RAIL, 6))
    painter.drawPath(rail)
    painter.setPen(QPen(QColor("#FFFFFF"), 3, Qt.PenStyle.DashLine))
    painter.drawPath(rail)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())
