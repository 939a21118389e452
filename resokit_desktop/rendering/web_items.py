"""Graphics items of the web: the calm background (sectors, rings, labels), members, and lines."""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)

from resokit_desktop.domain.web.geometry import CENTRE_RADIUS, ring_bounds
from resokit_desktop.domain.web.model import DomainSet, Member
from resokit_desktop.rendering import web_style as style
from resokit_desktop.rendering.focus_colour import FOCUS_COLOR
from resokit_desktop.rendering.web_labels import centre_label, ring_label

R = style.WEB_RADIUS
DOMAIN_FLAGS = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap


def _domain_font() -> QFont:
    return style.scene_font(12.5, bold=True)


class WebBackgroundItem(QGraphicsItem):
    """Sectors for the life domains, three closeness rings, their labels and the client's disc."""

    def __init__(self, domain_set: DomainSet, lang: str, show_labels: bool = True) -> None:
        super().__init__()
        self.domain_set = domain_set
        self.lang = lang
        self.show_labels = show_labels
        self.centre_text = centre_label()
        self.setZValue(-10)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def boundingRect(self) -> QRectF:  # noqa: N802
        mx, my = R + style.LABEL_MARGIN, R + style.LABEL_MARGIN_Y
        return QRectF(-mx, -my, 2 * mx, 2 * my)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        count = len(self.domain_set.domains)
        outer = QRectF(-R, -R, 2 * R, 2 * R)
        painter.setPen(Qt.PenStyle.NoPen)
        for index in range(count):
            odd_last = count % 2 == 1 and index == count - 1 and count > 1
            painter.setBrush(QBrush(style.SECTOR_FILLS[2 if odd_last else index % 2]))
            # Qt angles: 1/16 degree, counter-clockwise from three o'clock.
            start = 90 - (index + 1) * 360 / count
            painter.drawPie(outer, round(start * 16), round(360 / count * 16))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(style.RING_LINE, 1.2))
        for ring in (1, 2, 3):
            r = ring_bounds(ring)[1] * R
            painter.drawEllipse(QPointF(0, 0), r, r)
        inner = CENTRE_RADIUS * R
        for index in range(count):
            theta = index / count * 2 * math.pi
            direction = QPointF(math.sin(theta), -math.cos(theta))
            painter.drawLine(direction * inner, direction * R)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(style.CENTRE_FILL))
        painter.drawEllipse(QPointF(0, 0), inner, inner)
        painter.setPen(style.SECTOR_FILLS[0])
        painter.setFont(style.scene_font(inner * 0.42, bold=True))
        painter.drawText(QRectF(-inner, -inner, 2 * inner, 2 * inner),
                         Qt.AlignmentFlag.AlignCenter, self.centre_text)
        if self.show_labels:
            self._paint_labels(painter, count)

    def _paint_labels(self, painter: QPainter, count: int) -> None:
        painter.setPen(style.SOFT_INK)
        font = style.scene_font(10)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        for ring in (1, 2, 3):
            low, high = ring_bounds(ring)
            text = ring_label(ring)
            width = metrics.horizontalAdvance(text) + 8
            box = QRectF(-width / 2, -(low + high) / 2 * R - 7, width, 14)
            painter.setBrush(QBrush(style.SECTOR_FILLS[0]))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(box, 6, 6)
            painter.setPen(style.SOFT_INK)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.setPen(style.INK)
        painter.setFont(_domain_font())
        for box, text in self._domain_label_boxes():
            painter.drawText(box, DOMAIN_FLAGS, text)

    def _domain_label_boxes(self) -> list[tuple[QRectF, str]]:
        count = len(self.domain_set.domains)
        boxes = []
        for index, domain in enumerate(self.domain_set.domains):
            theta = (index + 0.5) / count * 2 * math.pi
            sx, sy = math.sin(theta), -math.cos(theta)
            # Side labels hang outwards from the rim; top and bottom ones sit centred on it.
            width = 128.0
            cx = sx * (R + 8) + sx * width / 2 * min(1.0, abs(sx) * 1.6)
            cy = sy * (R + 6) + sy * 22 * min(1.0, abs(sy) * 1.6)
            boxes.append((QRectF(cx - width / 2, cy - 22, width, 44), domain.label(self.lang)))
        return boxes

    def content_rect(self) -> QRectF:
        """The area really painted on: the disc and the domain labels' text, without the spare
        margin the boundingRect keeps for any label (prints use it to draw the web larger)."""
        rect = QRectF(-R, -R, 2 * R, 2 * R)
        if self.show_labels:
            metrics = QFontMetricsF(_domain_font())
            for box, text in self._domain_label_boxes():
                rect = rect.united(metrics.boundingRect(box, DOMAIN_FLAGS, text))
        return rect


class MemberItem(QGraphicsItem):
    """One member on the web; moving it moves its lines along (they are told in itemChange)."""

    def __init__(self, member: Member, label: str, interactive: bool = True) -> None:
        super().__init__()
        self.entry_id = member.entry_id
        self.member = member
        self.label = label
        self.marker = ""
        self.lines: list[LineItem] = []
        self.setZValue(2)
        # Repaints while dragging blit a cached pixmap instead of re-drawing text and badges.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        if interactive:
            self.setFlags(
                QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
                | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
            )
            self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setAcceptedMouseButtons(
            Qt.MouseButton.LeftButton if interactive else Qt.MouseButton.NoButton)

    def set_member(self, member: Member, label: str) -> None:
        self.member = member
        self.label = label
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        s = style.SYMBOL_RADIUS
        return QRectF(-3.9 * s, -2.0 * s, 7.8 * s, 4.3 * s)

    def shape(self) -> QPainterPath:
        s = style.SYMBOL_RADIUS
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), s + 3, s + 3)
        path.addRect(style.label_rect(QPointF(0, 0)).adjusted(s, 0, -s, 0))
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.isSelected():
            painter.setPen(QPen(style.SELECTION, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            r = style.SYMBOL_RADIUS + 5
            painter.drawEllipse(QPointF(0, 0), r, r)
        if option.state & QStyle.StateFlag.State_HasFocus:
            # Where the keys act: the app's focus ring, outside the selection ring.
            painter.setPen(QPen(FOCUS_COLOR, 2.5, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            r = style.SYMBOL_RADIUS + 9
            painter.drawEllipse(QPointF(0, 0), r, r)
        style.paint_member(painter, self.member, QPointF(0, 0), label=self.label,
                           marker=self.marker)

    def itemChange(self, change, value):  # noqa: N802
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            for line in self.lines:
                line.follow()
        return super().itemChange(change, value)


class LineItem(QGraphicsLineItem):
    """A who-knows-whom tie (between two members) or the client's own tie (start = None)."""

    def __init__(self, start: MemberItem | None, end: MemberItem, pen: QPen) -> None:
        super().__init__()
        self.start, self.end = start, end
        self._shape: QPainterPath | None = None
        self.setPen(pen)
        self.setZValue(0 if start is not None else -1)
        for item in (start, end):
            if item is not None:
                item.lines.append(self)
        self.follow()

    @property
    def key(self) -> tuple[int, int] | None:
        if self.start is None:
            return None
        a, b = self.start.entry_id, self.end.entry_id
        return (a, b) if a < b else (b, a)

    def follow(self) -> None:
        """Re-draw between the current positions of both ends, stopping at the symbols' edges."""
        a = self.start.pos() if self.start is not None else QPointF(0, 0)
        b = self.end.pos()
        line = QLineF(a, b)
        length = line.length()
        start_gap = style.SYMBOL_RADIUS if self.start is not None else CENTRE_RADIUS * R
        self._shape = None
        if length <= start_gap + style.SYMBOL_RADIUS:
            self.setLine(QLineF(a, a))
            return
        unit = (b - a) / length
        self.setLine(QLineF(a + unit * start_gap, b - unit * style.SYMBOL_RADIUS))

    def detach(self) -> None:
        for item in (self.start, self.end):
            if item is not None and self in item.lines:
                item.lines.remove(self)

    def shape(self) -> QPainterPath:
        """A 9-unit wide band around the line, so a thin line is easy to click (cached)."""
        if self._shape is None:
            path = QPainterPath(self.line().p1())
            path.lineTo(self.line().p2())
            stroker = QPainterPathStroker()
            stroker.setWidth(9)
            self._shape = stroker.createStroke(path)
        return self._shape

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.pen())
        if self.isSelected():
            pen.setColor(style.SELECTION)
            pen.setWidthF(pen.widthF() + 2)
        painter.setPen(pen)
        painter.drawLine(self.line())
