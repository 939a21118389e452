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

from resokit_desktop.domain.web.geometry import CENTRE_RADIUS, Spans, ring_bounds, uniform_spans
from resokit_desktop.domain.web.model import DomainSet, Member
from resokit_desktop.rendering import web_style as style
from resokit_desktop.rendering.focus_colour import FOCUS_COLOR
from resokit_desktop.rendering.web_labels import centre_label, ring_label

R = style.WEB_RADIUS
DOMAIN_FLAGS = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap


def _domain_font(text_scale: float = 1.0) -> QFont:
    return style.scene_font(14 * text_scale, bold=True)


def _ring_font(text_scale: float = 1.0) -> QFont:
    return style.scene_font(13.5 * text_scale)


class WebBackgroundItem(QGraphicsItem):
    """Sectors for the life domains, three closeness rings, their labels and the client's disc."""

    def __init__(self, domain_set: DomainSet, lang: str, show_labels: bool = True) -> None:
        super().__init__()
        self.domain_set = domain_set
        self.lang = lang
        self.show_labels = show_labels
        self.centre_text = centre_label()
        self.spans: Spans = uniform_spans(len(domain_set.domains))
        self.text_scale = 1.0
        self.ring_turn = 0.0  # the sector border the ring names sit on (0 = twelve o'clock)
        self.setZValue(-10)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_format(self, spans: Spans, text_scale: float, ring_turn: float = 0.0) -> None:
        if (spans, text_scale, ring_turn) != (self.spans, self.text_scale, self.ring_turn):
            self.prepareGeometryChange()
            self.spans, self.text_scale, self.ring_turn = spans, text_scale, ring_turn
            self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self.content_rect().adjusted(-4, -4, 4, 4)

    def ring_label_rects(self) -> list[QRectF]:
        """Where the ring names sit: mid-ring, on the quietest sector border."""
        if not self.show_labels:
            return []
        metrics = QFontMetricsF(_ring_font(self.text_scale))
        height = metrics.height() + 2
        theta = self.ring_turn * 2 * math.pi
        rects = []
        for ring in (1, 2, 3):
            low, high = ring_bounds(ring)
            middle = (low + high) / 2 * R
            width = metrics.horizontalAdvance(ring_label(ring)) + 10
            cx, cy = middle * math.sin(theta), -middle * math.cos(theta)
            rects.append(QRectF(cx - width / 2, cy - height / 2, width, height))
        return rects

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        count = len(self.domain_set.domains)
        outer = QRectF(-R, -R, 2 * R, 2 * R)
        painter.setPen(Qt.PenStyle.NoPen)
        for index, (turn, width) in enumerate(self.spans):
            odd_last = count % 2 == 1 and index == count - 1 and count > 1
            painter.setBrush(QBrush(style.SECTOR_FILLS[2 if odd_last else index % 2]))
            # Qt angles: 1/16 degree, counter-clockwise from three o'clock.
            start = 90 - (turn + width) * 360
            painter.drawPie(outer, round(start * 16), round(width * 360 * 16))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(style.RING_LINE, 1.2))
        for ring in (1, 2, 3):
            r = ring_bounds(ring)[1] * R
            painter.drawEllipse(QPointF(0, 0), r, r)
        inner = CENTRE_RADIUS * R
        for turn, _width in self.spans:
            theta = turn * 2 * math.pi
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
        painter.setFont(_ring_font(self.text_scale))
        for ring, box in zip((1, 2, 3), self.ring_label_rects(), strict=True):
            text = ring_label(ring)
            painter.setBrush(QBrush(style.SECTOR_FILLS[0]))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(box, 6, 6)
            painter.setPen(style.SOFT_INK)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.setPen(style.INK)
        painter.setFont(_domain_font(self.text_scale))
        for box, text in self._domain_label_boxes():
            painter.drawText(box, DOMAIN_FLAGS, text)

    def _domain_label_boxes(self) -> list[tuple[QRectF, str]]:
        boxes = []
        font = _domain_font(self.text_scale)
        metrics = QFontMetricsF(font)
        line = metrics.height()
        for (turn, span), domain in zip(self.spans, self.domain_set.domains, strict=True):
            theta = (turn + span / 2) * 2 * math.pi
            sx, sy = math.sin(theta), -math.cos(theta)
            text = domain.label(self.lang)
            # As narrow as two lines allow, hugging the rim: the disc gets the room.
            width = min(metrics.horizontalAdvance(text) + 6,
                        max(metrics.horizontalAdvance(w) for w in text.split()) + 6
                        if " " in text and metrics.horizontalAdvance(text) > 8.5 * line
                        else metrics.horizontalAdvance(text) + 6)
            lines = 1 if width >= metrics.horizontalAdvance(text) else 2
            height = lines * line + 2
            cx = sx * (R + 6 + width / 2 * abs(sx))
            cy = sy * (R + 4 + height / 2 * abs(sy))
            boxes.append((QRectF(cx - width / 2, cy - height / 2, width, height), text))
        return boxes

    def domain_label_rects(self) -> list[QRectF]:
        """The domain names' text as painted (names of members keep clear of them)."""
        if not self.show_labels:
            return []
        metrics = QFontMetricsF(_domain_font(self.text_scale))
        return [metrics.boundingRect(box, DOMAIN_FLAGS, text)
                for box, text in self._domain_label_boxes()]

    def content_rect(self) -> QRectF:
        """The area really painted on: the disc and the domain labels' text, without the spare
        margin the boundingRect keeps for any label (prints use it to draw the web larger)."""
        rect = QRectF(-R, -R, 2 * R, 2 * R)
        if self.show_labels:
            metrics = QFontMetricsF(_domain_font(self.text_scale))
            for box, text in self._domain_label_boxes():
                rect = rect.united(metrics.boundingRect(box, DOMAIN_FLAGS, text))
        return rect


class MemberItem(QGraphicsItem):
    """One member on the web; moving it moves its lines along (they are told in itemChange)."""

    def __init__(self, member: Member, label: str, interactive: bool = True,
                 label_px: float = style.LABEL_PX) -> None:
        super().__init__()
        self.entry_id = member.entry_id
        self.member = member
        self.label = label
        self.label_px = label_px
        self.label_width: float | None = None  # None: the standard width (style.LABEL_EMS)
        self.label_side = "below"
        self.min_hit_radius = 0.0  # presentation on a touch screen: a fingertip-sized target
        self._bounds: QRectF | None = None
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

    def set_label_format(self, label_px: float, label_width: float | None,
                         side: str = "below") -> None:
        if (label_px, label_width, side) != (self.label_px, self.label_width, self.label_side):
            self.prepareGeometryChange()
            self.label_px, self.label_width, self.label_side = label_px, label_width, side
            self._bounds = None
            self.update()

    def set_min_hit_radius(self, radius: float) -> None:
        if abs(radius - self.min_hit_radius) > 1e-6:
            self.prepareGeometryChange()
            self.min_hit_radius = radius
            self._bounds = None

    def boundingRect(self) -> QRectF:  # noqa: N802
        # Qt asks for it for every item on every repaint: computed once per format.
        if self._bounds is None:
            rect = style.member_rect(style.SYMBOL_RADIUS, self.label_px, self.label_width,
                                     self.label_side)
            hit = self.min_hit_radius
            self._bounds = rect.united(QRectF(-hit, -hit, 2 * hit, 2 * hit)) if hit else rect
        return self._bounds

    def shape(self) -> QPainterPath:
        s = style.SYMBOL_RADIUS
        path = QPainterPath()
        r = max(s + 3, self.min_hit_radius)
        path.addEllipse(QPointF(0, 0), r, r)
        label = style.label_rect(QPointF(0, 0), s, self.label_px, self.label_width,
                                 self.label_side)
        path.addRect(label.adjusted(label.width() * 0.15, 0, -label.width() * 0.15, 0))
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
                           marker=self.marker, label_px=self.label_px,
                           label_width=self.label_width, label_side=self.label_side)

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
