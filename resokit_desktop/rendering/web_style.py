"""Shared painting of the web's symbols (shapes, badges, tags, lines) for the screen and exports."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from resokit_desktop.domain.web.model import EntryKind, Function, Member, Strength, TieStatus
from resokit_desktop.rendering.web_labels import function_letter
from resokit_desktop.resources import FONT_FAMILY

# Scene units: the web's outer ring has this radius; everything scales with the view.
WEB_RADIUS = 300.0
LABEL_MARGIN = 132.0  # left and right of the rim, for the domain labels
LABEL_MARGIN_Y = 64.0  # above and below
SYMBOL_RADIUS = 15.0
# Member names: 15 scene units, so 11 px or more on screen when the web fills a laptop's view and
# 8.5 pt or more in print; the text-size setting scales them (see WebScene.text_scale).
LABEL_PX = 15.0
LABEL_EMS = 7.2  # the name's box when nothing is measured yet
LABEL_CORE_EMS = 4.0  # room every member keeps for its name: placement keeps these apart
LABEL_MAX_EMS = 12.0  # names grow up to this into free room; beyond it they are shortened

INK = QColor("#2B3440")
SOFT_INK = QColor("#5B6673")
RING_LINE = QColor("#BFC6CF")
SECTOR_FILLS = (QColor("#F7F5F0"), QColor("#EDF1F5"), QColor("#F1EEF5"))
CENTRE_FILL = QColor("#3D5A80")
KIND_COLOURS = {
    EntryKind.PERSON: QColor("#3D5A80"),
    EntryKind.PLACE: QColor("#8A5A24"),
    EntryKind.GROUP: QColor("#3F7152"),
}
FUNCTION_COLOURS = {
    Function.PRACTICAL: QColor("#A8551A"),
    Function.EMOTIONAL: QColor("#A3285E"),
    Function.ADVICE: QColor("#2A64A0"),
    Function.COMPANIONSHIP: QColor("#3F7152"),
}
TIE_LINE = QColor("#7D8794")
EGO_LINE = QColor(125, 135, 148, 140)
SELECTION = QColor("#E39B2D")
WARNING = QColor("#B5461B")
MARKER_COLOURS = {
    "added": QColor("#2F7D4A"),
    "lost": QColor("#9B2C2C"),
    "closer": QColor("#2A64A0"),
    "further": QColor("#7A5A9B"),
}
MARKER_SYMBOLS = {"added": "+", "lost": "−", "closer": "▲", "further": "▼"}
SLEEPING_SYMBOL = "z"
REACTIVATE_SYMBOL = "↻"  # an arrow turning back: a sleeping tie the client wants to wake up
REACTIVATE_SIZE = 1.4  # its tag, relative to the other tags

_NORMAL = {name: globals()[name] for name in (
    "INK", "SOFT_INK", "RING_LINE", "SECTOR_FILLS", "KIND_COLOURS", "TIE_LINE", "EGO_LINE")}
_HIGH_CONTRAST = {
    "INK": QColor("#000000"),
    "SOFT_INK": QColor("#000000"),
    "RING_LINE": QColor("#000000"),
    "SECTOR_FILLS": (QColor("#FFFFFF"), QColor("#E4E4E4"), QColor("#CFCFCF")),
    "KIND_COLOURS": {EntryKind.PERSON: QColor("#001A4D"), EntryKind.PLACE: QColor("#4A2500"),
                     EntryKind.GROUP: QColor("#003318")},
    "TIE_LINE": QColor("#000000"),
    "EGO_LINE": QColor("#000000"),
}


def set_high_contrast(on: bool) -> None:
    """Black ink on white and grey for presentation beside the client (items must repaint)."""
    globals().update(_HIGH_CONTRAST if on else _NORMAL)


def high_contrast() -> bool:
    return INK == _HIGH_CONTRAST["INK"] and RING_LINE == _HIGH_CONTRAST["RING_LINE"]


def scene_font(pixel_size: float, bold: bool = False) -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPixelSize(max(1, round(pixel_size)))
    font.setBold(bold)
    return font


def shape_path(kind: EntryKind, centre: QPointF, radius: float) -> QPainterPath:
    """Person = circle, place = square, group = hexagon."""
    path = QPainterPath()
    if kind == EntryKind.PERSON:
        path.addEllipse(centre, radius, radius)
    elif kind == EntryKind.PLACE:
        side = radius * 0.9
        path.addRect(QRectF(centre.x() - side, centre.y() - side, 2 * side, 2 * side))
    else:
        points = [
            QPointF(centre.x() + radius * math.cos(math.pi / 6 + i * math.pi / 3),
                    centre.y() + radius * math.sin(math.pi / 6 + i * math.pi / 3))
            for i in range(6)
        ]
        path.addPolygon(QPolygonF(points))
        path.closeSubpath()
    return path


def outline_pen(kind: EntryKind, status: TieStatus, strength: Strength, scale: float = 1.0) -> QPen:
    """Status shows in the outline's dash pattern, strength in its width: never colour alone."""
    width = (3.2 if strength == Strength.STRONG else 1.4 if strength == Strength.LIGHT else 2.0)
    pen = QPen(KIND_COLOURS[kind], width * scale)
    if status == TieStatus.SLEEPING:
        pen.setStyle(Qt.PenStyle.DashLine)
    elif status == TieStatus.WISHED_FOR:
        pen.setStyle(Qt.PenStyle.DotLine)
    return pen


def paint_symbol(
    painter: QPainter, kind: EntryKind, centre: QPointF, radius: float,
    status: TieStatus = TieStatus.ACTIVE, strength: Strength = Strength.UNKNOWN,
) -> None:
    """The member's shape with its outline; broken ties are struck through."""
    fill = QColor("#FFFFFF") if status != TieStatus.BROKEN else QColor("#E4E6EA")
    painter.setPen(outline_pen(kind, status, strength, radius / SYMBOL_RADIUS))
    painter.setBrush(QBrush(fill))
    painter.drawPath(shape_path(kind, centre, radius))
    if status == TieStatus.BROKEN:
        painter.setPen(QPen(INK, max(1.0, radius / 8)))
        d = radius * 0.7
        painter.drawLine(
            QPointF(centre.x() - d, centre.y() + d), QPointF(centre.x() + d, centre.y() - d)
        )


def badge_path(function: Function, centre: QPointF, size: float) -> QPainterPath:
    """Each function has its own badge shape: square, circle, triangle, diamond."""
    path = QPainterPath()
    h = size / 2
    x, y = centre.x(), centre.y()
    if function == Function.PRACTICAL:
        path.addRect(QRectF(x - h, y - h, size, size))
    elif function == Function.EMOTIONAL:
        path.addEllipse(centre, h, h)
    elif function == Function.ADVICE:
        path.addPolygon(QPolygonF([QPointF(x, y - h * 1.15), QPointF(x + h * 1.15, y + h),
                                   QPointF(x - h * 1.15, y + h)]))
        path.closeSubpath()
    else:
        path.addPolygon(QPolygonF([QPointF(x, y - h * 1.2), QPointF(x + h * 1.2, y),
                                   QPointF(x, y + h * 1.2), QPointF(x - h * 1.2, y)]))
        path.closeSubpath()
    return path


def paint_badge(painter: QPainter, function: Function, centre: QPointF, size: float) -> None:
    painter.setPen(QPen(QColor("#FFFFFF"), max(0.6, size / 12)))
    painter.setBrush(QBrush(FUNCTION_COLOURS[function]))
    painter.drawPath(badge_path(function, centre, size))
    painter.setPen(QColor("#FFFFFF"))
    painter.setFont(scene_font(size * 0.7, bold=True))
    box = QRectF(centre.x() - size / 2, centre.y() - size / 2 + (size * 0.08
                 if function == Function.ADVICE else 0), size, size)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, function_letter(function))


def paint_tag(painter: QPainter, text: str, centre: QPointF, size: float, colour: QColor) -> None:
    """A small round tag with a symbol (status, paid, strained, comparison marker); the mark
    "to reactivate" has a heavier ring, so it stands out from the others in grey too."""
    bold = text == REACTIVATE_SYMBOL
    painter.setPen(QPen(colour, max(0.6, size / (6 if bold else 10))))
    painter.setBrush(QBrush(QColor("#FFFFFF")))
    painter.drawEllipse(centre, size / 2, size / 2)
    painter.setPen(colour)
    # The arrow glyph is drawn smaller than a letter of the same size: it gets a larger font.
    painter.setFont(scene_font(size * (0.9 if bold else 0.7), bold=True))
    painter.drawText(QRectF(centre.x() - size / 2, centre.y() - size / 2, size, size),
                     Qt.AlignmentFlag.AlignCenter, text)


def to_reactivate(member: Member) -> bool:
    """A sleeping tie the client marked to take up again (the mark means nothing otherwise)."""
    return member.tie.status == TieStatus.SLEEPING and member.tie.reactivate


def member_tags(member: Member) -> list[tuple[str, QColor]]:
    """The symbols beside a member: sleeping (and to reactivate), wished for, paid, strained,
    harmful."""
    tie = member.tie
    tags: list[tuple[str, QColor]] = []
    if tie.status == TieStatus.SLEEPING:
        tags.append((SLEEPING_SYMBOL, SOFT_INK))
        if to_reactivate(member):
            # Its own symbol in full ink next to the soft "z": found at a glance, in grey too.
            tags.append((REACTIVATE_SYMBOL, INK))
    elif tie.status == TieStatus.WISHED_FOR:
        tags.append(("☆", SOFT_INK))
    if tie.paid:
        tags.append(("€", INK))
    if tie.harmful:
        tags.append(("!!", WARNING))
    elif tie.strained:
        tags.append(("!", WARNING))
    return tags


FUNCTION_ORDER = (Function.PRACTICAL, Function.EMOTIONAL, Function.ADVICE, Function.COMPANIONSHIP)


def paint_member(
    painter: QPainter, member: Member, centre: QPointF, *, label: str, marker: str = "",
    radius: float = SYMBOL_RADIUS, label_px: float = LABEL_PX, label_width: float | None = None,
    label_side: str = "below",
) -> None:
    """A whole member: shape, function badges (upper right), tags (upper left), name below (or
    beside it, where a neighbour leaves no room below)."""
    tie = member.tie
    paint_symbol(painter, member.kind, centre, radius, tie.status, tie.strength)
    badge = radius * 0.9
    functions = [f for f in FUNCTION_ORDER if f in tie.functions]
    for i, function in enumerate(functions):
        angle = math.radians(-70 + i * 38)
        spot = QPointF(centre.x() + (radius + badge * 0.25) * math.cos(angle),
                       centre.y() + (radius + badge * 0.25) * math.sin(angle))
        paint_badge(painter, function, spot, badge)
    turn, previous = -110.0, 0.0
    for text, colour in member_tags(member):
        # The mark "to reactivate" is larger than the other tags: read at a glance, on paper too.
        size = badge * (REACTIVATE_SIZE if text == REACTIVATE_SYMBOL else 1.0)
        if previous:  # 38 degrees between two tags; a larger one keeps clear of its neighbours
            turn -= 38 * (previous + size) / badge / 2 + (8 if max(previous, size) > badge else 0)
        angle = math.radians(turn)
        spot = QPointF(centre.x() + (radius + badge * 0.25) * math.cos(angle),
                       centre.y() + (radius + badge * 0.25) * math.sin(angle))
        paint_tag(painter, text, spot, size, colour)
        previous = size
    if marker:
        # A ring in the marker's own line style plus a symbol tag: never colour alone.
        ring_pen = QPen(MARKER_COLOURS[marker], radius * 0.2)
        ring_pen.setStyle({"added": Qt.PenStyle.SolidLine, "lost": Qt.PenStyle.DotLine,
                           "closer": Qt.PenStyle.DashLine,
                           "further": Qt.PenStyle.DashDotLine}[marker])
        painter.setPen(ring_pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, radius * 1.45, radius * 1.45)
        spot = QPointF(centre.x() - radius * 1.45, centre.y() + radius * 0.9)
        paint_tag(painter, MARKER_SYMBOLS[marker], spot, radius * 1.25, MARKER_COLOURS[marker])
    painter.setPen(INK)
    font = scene_font(label_px)
    painter.setFont(font)
    box = label_rect(centre, radius, label_px, label_width, label_side)
    text = QFontMetricsF(font).elidedText(label, Qt.TextElideMode.ElideRight, box.width())
    align = {"below": Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
             "right": Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
             "left": Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
             "below2": Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
             | Qt.TextFlag.TextWordWrap}[label_side]
    if label_side == "below2":
        text = label  # two lines, broken at a space: the box is as wide as the longer line
    painter.drawText(box, align, text)


# Where a name may go, in order of preference; "below2" is two lines under the symbol.
LABEL_SIDES = ("below", "right", "left")


def two_line_width(label: str, metrics: QFontMetricsF) -> float | None:
    """The width of the name broken into two lines at the space nearest its middle."""
    spaces = [i for i, c in enumerate(label) if c == " "]
    if not spaces:
        return None
    cut = min(spaces, key=lambda i: abs(i - len(label) / 2))
    first, second = label[:cut], label[cut + 1:]
    return max(metrics.horizontalAdvance(first), metrics.horizontalAdvance(second)) + 6


def label_rect(centre: QPointF, radius: float = SYMBOL_RADIUS, label_px: float = LABEL_PX,
               width: float | None = None, side: str = "below") -> QRectF:
    """Where the name goes: centred under the symbol (or left/right of it), one line high."""
    width = width if width is not None else label_px * LABEL_EMS
    height = label_px * (2.6 if side == "below2" else 1.3)
    if side == "right":
        return QRectF(centre.x() + radius * 2.1, centre.y() - height / 2, width, height)
    if side == "left":
        return QRectF(centre.x() - radius * 2.1 - width, centre.y() - height / 2, width, height)
    return QRectF(centre.x() - width / 2, centre.y() + radius + 1.5, width, height)


def member_rect(radius: float = SYMBOL_RADIUS, label_px: float = LABEL_PX,
                label_width: float | None = None, side: str = "below") -> QRectF:
    """Everything a member draws round its centre (badges, tags, marker, name)."""
    top = -(radius + radius * 0.9 * 0.8)
    symbol = QRectF(-radius * 2.1, top, radius * 4.2, radius * 2.4 - top)
    return symbol.united(label_rect(QPointF(0, 0), radius, label_px, label_width, side))


def ego_pen(strength: Strength, scale: float = 1.0) -> QPen | None:
    """The line from the client to a member: solid for strong, dashed for light, none if unknown."""
    if strength == Strength.STRONG:
        return QPen(EGO_LINE, 3.2 * scale)
    if strength == Strength.LIGHT:
        pen = QPen(EGO_LINE, 1.2 * scale)
        pen.setStyle(Qt.PenStyle.DashLine)
        return pen
    return None


def tie_pen(scale: float = 1.0) -> QPen:
    """Who-knows-whom lines between members: dotted, so they never pass for a strong tie."""
    pen = QPen(TIE_LINE, 1.6 * scale)
    pen.setStyle(Qt.PenStyle.DotLine)  # square dots: round ones draw 7 times slower
    return pen
