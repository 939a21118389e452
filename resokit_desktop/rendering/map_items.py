"""The buurtkaart's drawn things: pins (shape per status, badge per feeling), home, boundary
corners; each with its colour and its shape, so nothing is told by colour alone."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem

from resokit_desktop.domain.buurtkaart import Feeling, Pin, PinStatus
from resokit_desktop.rendering import web_style as style

STATUS_COLOURS = {
    PinStatus.GOES_NOW: QColor("#2F7D4A"),
    PinStatus.USED_TO_GO: QColor("#7D8794"),
    PinStatus.WOULD_LIKE: QColor("#2A64A0"),
    PinStatus.AVOIDS: QColor("#9B2C2C"),
}
FEELING_COLOURS = {
    Feeling.SAFE: QColor("#2F7D4A"),
    Feeling.NEUTRAL: QColor("#C9A227"),
    Feeling.UNSAFE: QColor("#B5461B"),
}
HOME_COLOUR = QColor("#3D5A80")
BOUNDARY_COLOUR = QColor("#7A5A9B")

MOVABLE = (QGraphicsItem.GraphicsItemFlag.ItemIsMovable
           | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
           | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)


def status_path(status: PinStatus, centre: QPointF, r: float) -> QPainterPath:
    """Circle (goes there), circle (used to go, drawn dashed), diamond (would like), square
    (avoids, drawn crossed)."""
    path = QPainterPath()
    if status == PinStatus.WOULD_LIKE:
        path.addPolygon(QPolygonF([centre + QPointF(0, -r * 1.2), centre + QPointF(r * 1.2, 0),
                                   centre + QPointF(0, r * 1.2), centre + QPointF(-r * 1.2, 0)]))
        path.closeSubpath()
    elif status == PinStatus.AVOIDS:
        path.addRect(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r))
    else:
        path.addEllipse(centre, r, r)
    return path


def paint_pin(painter: QPainter, status: PinStatus, feeling: Feeling, centre: QPointF,
              r: float, selected: bool = False) -> None:
    colour = STATUS_COLOURS[status]
    path = status_path(status, centre, r)
    if selected:  # a halo well outside the shape
        painter.setPen(QPen(style.SELECTION, r * 0.35))
        painter.setBrush(QColor(227, 155, 45, 60))
        painter.drawPath(status_path(status, centre, r * 1.6))
    sleeping = status == PinStatus.USED_TO_GO
    pen = QPen(colour, r * 0.22, Qt.PenStyle.DashLine if sleeping else Qt.PenStyle.SolidLine)
    painter.setPen(pen)
    painter.setBrush(QColor(255, 255, 255) if sleeping else colour)
    painter.drawPath(path)
    if status == PinStatus.AVOIDS:
        painter.setPen(QPen(QColor("white"), r * 0.25))
        d = r * 0.55
        painter.drawLine(centre + QPointF(-d, -d), centre + QPointF(d, d))
        painter.drawLine(centre + QPointF(-d, d), centre + QPointF(d, -d))
    if feeling in FEELING_COLOURS:  # a small badge at the top right: dot, ring or triangle
        badge = centre + QPointF(r * 0.95, -r * 0.95)
        b = r * 0.48
        painter.setPen(QPen(QColor("white"), r * 0.12))
        painter.setBrush(FEELING_COLOURS[feeling])
        if feeling == Feeling.UNSAFE:
            painter.drawPolygon(QPolygonF([badge + QPointF(0, -b * 1.2),
                                           badge + QPointF(b * 1.1, b * 0.8),
                                           badge + QPointF(-b * 1.1, b * 0.8)]))
        elif feeling == Feeling.NEUTRAL:
            painter.drawRect(QRectF(badge.x() - b, badge.y() - b, 2 * b, 2 * b))
        else:
            painter.drawEllipse(badge, b, b)


def paint_home(painter: QPainter, centre: QPointF, r: float, selected: bool = False) -> None:
    roof = QPolygonF([centre + QPointF(-r * 1.2, -r * 0.1), centre + QPointF(0, -r * 1.3),
                      centre + QPointF(r * 1.2, -r * 0.1)])
    body = QRectF(centre.x() - r * 0.85, centre.y() - r * 0.1, r * 1.7, r * 1.2)
    if selected:
        painter.setPen(QPen(style.SELECTION, r * 0.4))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(body.adjusted(-r * 0.3, -r * 1.3, r * 0.3, r * 0.2))
    painter.setPen(QPen(QColor("white"), r * 0.15))
    painter.setBrush(HOME_COLOUR)
    painter.drawPolygon(roof)
    painter.drawRect(body)


class LabelledItem(QGraphicsItem):
    """A symbol with a name under it; ``key`` says what it is in the document."""

    def __init__(self, key: tuple, radius: float, interactive: bool) -> None:
        super().__init__()
        self.key = key
        self.radius = radius
        self.label = ""
        if interactive:
            self.setFlags(MOVABLE)
            self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setZValue(10)

    def _label_rect(self) -> QRectF:
        r = self.radius
        return QRectF(-r * 8, r * 1.45, r * 16, r * 2.2)

    def boundingRect(self) -> QRectF:  # noqa: N802
        r = self.radius * 1.9
        return QRectF(-r, -r, 2 * r, 2 * r).united(self._label_rect())

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), self.radius * 1.5, self.radius * 1.5)
        return path

    def label_scene_rect(self) -> QRectF:
        """Where the name is drawn, in scene coordinates (as wide as the text, at most the box)."""
        rect = self._label_rect()
        width = min(QFontMetricsF(style.scene_font(self.radius * 1.4, bold=True))
                    .horizontalAdvance(self.label), rect.width())
        return QRectF(self.pos().x() - width / 2, self.pos().y() + rect.top(), width,
                      rect.height())

    def paint_label(self, painter: QPainter) -> None:
        if not self.label:
            return
        font = style.scene_font(self.radius * 1.4, bold=True)
        painter.setFont(font)
        rect = self._label_rect()
        path = QPainterPath()
        metrics_width = painter.fontMetrics().horizontalAdvance(self.label)
        x = -min(metrics_width, rect.width()) / 2
        path.addText(QPointF(x, rect.top() + self.radius * 1.45), font,
                     painter.fontMetrics().elidedText(self.label, Qt.TextElideMode.ElideRight,
                                                      int(rect.width())))
        painter.setPen(QPen(QColor(255, 255, 255, 230), self.radius * 0.35))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.INK)
        painter.drawPath(path)


class PinItem(LabelledItem):
    def __init__(self, pin: Pin, radius: float, interactive: bool = True) -> None:
        super().__init__(("pin", pin.contact_id), radius, interactive)
        self.pin = pin
        self.label = pin.name

    @property
    def contact_id(self) -> int:
        return self.pin.contact_id

    def set_pin(self, pin: Pin) -> None:
        self.pin = pin
        self.label = pin.name
        self.update()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_pin(painter, self.pin.status, self.pin.feeling, QPointF(0, 0), self.radius,
                  self.isSelected())
        self.paint_label(painter)


class HomeItem(LabelledItem):
    def __init__(self, radius: float, label: str, interactive: bool = True) -> None:
        super().__init__(("home",), radius, interactive)
        self.label = label
        self.setZValue(11)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_home(painter, QPointF(0, 0), self.radius, self.isSelected())
        self.paint_label(painter)


class VertexItem(QGraphicsItem):
    """A corner of the neighbourhood boundary: drag it to change the boundary."""

    def __init__(self, index: int, radius: float) -> None:
        super().__init__()
        self.key = ("vertex", index)
        self.radius = radius
        self.setFlags(MOVABLE)
        self.setCursor(Qt.CursorShape.SizeAllCursor)
        self.setZValue(8)

    def boundingRect(self) -> QRectF:  # noqa: N802
        r = self.radius * 1.4
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        r = self.radius
        painter.setPen(QPen(style.SELECTION if self.isSelected() else BOUNDARY_COLOUR, r * 0.35))
        painter.setBrush(QBrush(QColor("white")))
        painter.drawRect(QRectF(-r, -r, 2 * r, 2 * r))
