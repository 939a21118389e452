"""Render a web version into a WebImage (SVG or PNG bytes plus legend) for the reports."""

from __future__ import annotations

import math

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen, QPolygonF
from PySide6.QtSvg import QSvgGenerator

from resokit_desktop.domain.summary import WebImage
from resokit_desktop.domain.web.model import EntryKind, TieStatus, WebVersion
from resokit_desktop.reports.texts import ReportTexts
from resokit_desktop.resources import FONT_FAMILY

SIZE = 1000
RING_FRACTIONS = (0.36, 0.68, 1.0)
CONTEXT = "WebPicture"


def legend(lang: str = "nl") -> tuple[tuple[str, str], ...]:
    texts = ReportTexts(lang)
    return (
        ("●", texts.translate(CONTEXT, "persoon")),
        ("■", texts.translate(CONTEXT, "plaats")),
        ("▲", texts.translate(CONTEXT, "groep of organisatie")),
        ("○", texts.translate(CONTEXT, "open vorm, stippellijn: slapend of gewenst contact")),
        ("■", texts.translate(CONTEXT, "bruin: betaalde hulpverlener")),
        ("—", texts.translate(CONTEXT, "lijn: kennen elkaar")),
    )


def render_web_picture(version: WebVersion, centre_label: str, lang: str = "nl",
                       fmt: str = "svg") -> WebImage:
    """Draw the web (rings, sectors, members, who-knows-whom) as SVG or PNG bytes."""
    if fmt == "svg":
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(QImage(SIZE, SIZE, QImage.Format.Format_ARGB32).size())
        generator.setViewBox(QRectF(0, 0, SIZE, SIZE))
        painter = QPainter(generator)
        draw_web(painter, version, centre_label, lang)
        painter.end()
        buffer.close()
        return WebImage(bytes(data), "svg", SIZE, SIZE, legend(lang))
    image = QImage(SIZE, SIZE, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    draw_web(painter, version, centre_label, lang)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return WebImage(bytes(data), "png", SIZE, SIZE, legend(lang))


def _point(centre: float, radius: float, angle: float) -> QPointF:
    return QPointF(centre + radius * math.cos(angle), centre + radius * math.sin(angle))


def draw_web(painter: QPainter, version: WebVersion, centre_label: str, lang: str) -> None:
    centre = SIZE / 2
    outer = SIZE / 2 - 70
    domains = version.domain_set.domains
    count = max(len(domains), 1)
    grey = QPen(QColor(150, 150, 150), 2)
    painter.setPen(grey)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for fraction in RING_FRACTIONS:
        r = outer * fraction
        painter.drawEllipse(QRectF(centre - r, centre - r, 2 * r, 2 * r))
    font = QFont(FONT_FAMILY)
    font.setPixelSize(20)
    painter.setFont(font)
    for index, domain in enumerate(domains):
        start = -math.pi / 2 + index * 2 * math.pi / count
        painter.setPen(grey)
        painter.drawLine(_point(centre, outer * RING_FRACTIONS[0] * 0.25, start),
                         _point(centre, outer, start))
        middle = start + math.pi / count
        label_at = _point(centre, outer + 38, middle)
        painter.setPen(QColor(38, 92, 98))
        painter.drawText(QRectF(label_at.x() - 90, label_at.y() - 28, 180, 56),
                         Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                         domain.label(lang))
    places: dict[int, QPointF] = {}
    for member in version.members.values():
        position = member.position
        try:
            index = version.domain_set.index_of(position.domain)
        except (KeyError, ValueError):
            index = 0
        angle = -math.pi / 2 + (index + min(max(position.angle, 0.05), 0.95)) * 2 * math.pi / count
        ring = min(max(position.ring, 1), 3)
        inner = 0.0 if ring == 1 else RING_FRACTIONS[ring - 2]
        radius = outer * (inner + (RING_FRACTIONS[ring - 1] - inner)
                          * min(max(position.radius, 0.15), 0.85))
        places[member.entry_id] = _point(centre, radius, angle)
    painter.setPen(QPen(QColor(120, 150, 160), 1.5))
    for a, b in version.ties:
        if a in places and b in places:
            painter.drawLine(places[a], places[b])
    font.setPixelSize(17)
    painter.setFont(font)
    for member in version.members.values():
        _draw_member(painter, places[member.entry_id], member)
    painter.setPen(QPen(QColor(38, 92, 98), 3))
    painter.setBrush(QColor(232, 241, 242))
    painter.drawEllipse(QRectF(centre - 48, centre - 48, 96, 96))
    font.setPixelSize(20)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(QRectF(centre - 48, centre - 48, 96, 96),
                     Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, centre_label)


def _draw_member(painter: QPainter, at: QPointF, member) -> None:
    status = member.tie.status
    colour = QColor(38, 92, 98) if not member.tie.paid else QColor(150, 100, 40)
    pen = QPen(colour, 2.5)
    if status in (TieStatus.SLEEPING, TieStatus.WISHED_FOR):
        pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.setBrush(colour if status is TieStatus.ACTIVE else QColor("white"))
    r = 11
    if member.kind is EntryKind.PLACE:
        painter.drawRect(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r))
    elif member.kind is EntryKind.GROUP:
        painter.drawPolygon(QPolygonF([QPointF(at.x(), at.y() - r - 2),
                                       QPointF(at.x() + r + 1, at.y() + r),
                                       QPointF(at.x() - r - 1, at.y() + r)]))
    else:
        painter.drawEllipse(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r))
    painter.setPen(QColor(30, 30, 30))
    painter.drawText(QRectF(at.x() - 80, at.y() + r + 1, 160, 22),
                     Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, member.name)
