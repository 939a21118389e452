"""The legend: each symbol of the web explained by shape, badge and line style, not colour alone."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from resokit_desktop.domain.web.model import EntryKind, Function, Strength, TieStatus
from resokit_desktop.rendering import web_style as style
from resokit_desktop.rendering.web_labels import (
    function_label,
    function_letter,
    kind_label,
    marker_label,
    translate,
)

Painter = Callable[[QPainter, QPointF, float], None]


def _t(text: str) -> str:
    return translate("WebLegend", text)


def _shape(kind: EntryKind, status=TieStatus.ACTIVE, strength=Strength.UNKNOWN) -> Painter:
    def paint(p: QPainter, c: QPointF, s: float) -> None:
        style.paint_symbol(p, kind, c, s * 0.42, status, strength)
    return paint


def _badge(function: Function) -> Painter:
    return lambda p, c, s: style.paint_badge(p, function, c, s * 0.55)


def _tag(text: str, colour: QColor, size: float = 0.55) -> Painter:
    return lambda p, c, s: style.paint_tag(p, text, c, s * size, colour)


def _line(pen_factory: Callable[[], QPen]) -> Painter:
    def paint(p: QPainter, c: QPointF, s: float) -> None:
        p.setPen(pen_factory())
        p.drawLine(QPointF(c.x() - s * 0.6, c.y()), QPointF(c.x() + s * 0.6, c.y()))
    return paint


def legend_rows(markers: bool = False) -> list[tuple[Painter, str]]:
    rows: list[tuple[Painter, str]] = [
        (_shape(EntryKind.PERSON), kind_label(EntryKind.PERSON)),
        (_shape(EntryKind.PLACE), kind_label(EntryKind.PLACE)),
        (_shape(EntryKind.GROUP), kind_label(EntryKind.GROUP)),
    ]
    rows += [(_badge(f), function_label(f)) for f in style.FUNCTION_ORDER]
    rows += [
        (_line(lambda: style.ego_pen(Strength.STRONG, 1.0)), _t("Sterke band")),
        (_line(lambda: style.ego_pen(Strength.LIGHT, 1.0)), _t("Lichte band")),
        (_line(lambda: style.tie_pen(1.0)), _t("Kennen elkaar")),
        (_shape(EntryKind.PERSON, TieStatus.SLEEPING), _t("Slapend (streepjes, z)")),
        (_tag(style.REACTIVATE_SYMBOL, style.INK, 0.55 * style.REACTIVATE_SIZE),
         _t("Slapend, om te reactiveren (↻)")),
        (_shape(EntryKind.PERSON, TieStatus.WISHED_FOR), _t("Gewenst (stippels, ☆)")),
        (_shape(EntryKind.PERSON, TieStatus.BROKEN), _t("Verbroken (doorgestreept)")),
        (_tag("€", style.INK), _t("Betaalde hulp")),
        (_tag("!", style.WARNING), _t("Gespannen")),
        (_tag("!!", style.WARNING), _t("Schadelijk")),
    ]
    if markers:
        rows += [(_tag(style.MARKER_SYMBOLS[m], style.MARKER_COLOURS[m]), marker_label(m))
                 for m in ("added", "lost", "closer", "further")]
    return rows


def legend_text_entries(markers: bool = False) -> list[tuple[str, str]]:
    """The legend as (symbol, label) text pairs, for printed summaries that set their own type."""
    entries = [("●", kind_label(EntryKind.PERSON)), ("■", kind_label(EntryKind.PLACE)),
               ("⬢", kind_label(EntryKind.GROUP))]
    entries += [(function_letter(f), function_label(f)) for f in style.FUNCTION_ORDER]
    entries += [("━", _t("Sterke band")), ("┄", _t("Lichte band")),
                ("─", _t("Kennen elkaar")), ("z", _t("Slapend (streepjes, z)")),
                (style.REACTIVATE_SYMBOL, _t("Slapend, om te reactiveren (↻)")),
                ("☆", _t("Gewenst (stippels, ☆)")), ("╱", _t("Verbroken (doorgestreept)")),
                ("€", _t("Betaalde hulp")), ("!", _t("Gespannen")), ("!!", _t("Schadelijk"))]
    if markers:
        entries += [(style.MARKER_SYMBOLS[m], marker_label(m))
                    for m in ("added", "lost", "closer", "further")]
    return entries


def paint_legend(painter: QPainter, rect: QRectF, font_px: float, markers: bool = False) -> None:
    """Lay the legend out in as many columns as fit the rectangle."""
    rows = legend_rows(markers)
    row_height = font_px * 2.0
    symbol = font_px * 1.9
    font = style.scene_font(font_px)
    per_column = max(1, int(rect.height() // row_height))
    columns = math.ceil(len(rows) / per_column)
    column_width = rect.width() / max(1, columns)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for index, (paint, label) in enumerate(rows):
        col, row = divmod(index, per_column)
        x = rect.left() + col * column_width
        y = rect.top() + row * row_height
        paint(painter, QPointF(x + symbol / 2 + 2, y + row_height / 2), symbol)
        painter.setFont(font)
        painter.setPen(style.INK)
        painter.drawText(QRectF(x + symbol + 8, y, column_width - symbol - 10, row_height),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label)
    painter.restore()

