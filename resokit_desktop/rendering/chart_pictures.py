"""The client's charts painted offscreen with QPainter (no pyqtgraph) as PNGs for the summary PDF.

Same rules as the Grafieken tab: each bar has its number written beside it, paid help is hatched
as well as coloured, an uncovered function is named in words, the lines differ in dash and symbol.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPen, QPolygonF

from resokit_desktop.domain.summary import WebImage
from resokit_desktop.domain.web.chart_figures import ClientCharts
from resokit_desktop.domain.web.indicators import Coverage
from resokit_desktop.domain.web.model import EntryKind
from resokit_desktop.rendering import chart_texts as texts
from resokit_desktop.rendering.web_labels import (
    drawing_language,
    function_label,
    translate,
)
from resokit_desktop.rendering.web_style import KIND_COLOURS
from resokit_desktop.resources import FONT_FAMILY


def _t(text: str) -> str:
    return translate("Charts", text)


WIDTH = 1600  # drawing units; the picture is SCALE times this in pixels
SCALE = 0.6  # 960 px over the page's 174 mm (140 dpi): sharp in print, light for fpdf2
INK = QColor("#2B3440")
UNPAID = QColor("#0072B2")
PAID = QColor("#E69F00")
NEUTRAL = QColor("#56B4E9")
WARN = QColor("#B5461B")
GRID = QColor("#D5DAE0")
LINES = {  # colour, dash, symbol
    "size": (QColor("#000000"), Qt.PenStyle.SolidLine, "circle"),
    "people_score": (KIND_COLOURS[EntryKind.PERSON], Qt.PenStyle.DashLine, "square"),
    "places_score": (KIND_COLOURS[EntryKind.PLACE], Qt.PenStyle.DotLine, "triangle"),
    "domains_used": (QColor("#009E73"), Qt.PenStyle.DashDotLine, "diamond"),
}
Row = tuple[str, list[tuple[float, QColor, bool]], str, QColor]  # label, segments, text, colour


def _font(px: int, bold: bool = False) -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPixelSize(px)
    font.setBold(bold)
    return font


def _image(height: int) -> tuple[QImage, QPainter]:
    image = QImage(round(WIDTH * SCALE), round(height * SCALE), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.scale(SCALE, SCALE)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    return image, painter


def _png(image: QImage) -> WebImage:
    buffer = QByteArray()
    device = QBuffer(buffer)
    device.open(QIODevice.OpenModeFlag.WriteOnly)
    # Few colours: an indexed PNG is a fraction of the size and quick for fpdf2 to embed.
    flags = Qt.ImageConversionFlag.AvoidDither | Qt.ImageConversionFlag.ThresholdDither
    image.convertToFormat(QImage.Format.Format_Indexed8, flags).save(device, "PNG")
    return WebImage(bytes(buffer.data()), "png", image.width(), image.height())


def _title(painter: QPainter, rect: QRectF, text: str) -> None:
    painter.setFont(_font(34, True))
    painter.setPen(INK)
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), 50),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)


def _bars(painter: QPainter, rect: QRectF, title: str, rows: list[Row]) -> None:
    """Horizontal bars in ``rect``: labels left, bars from a common baseline, text after each."""
    head = 60 if title else 10
    if title:
        _title(painter, rect, title)
    painter.setFont(_font(26))
    metrics = painter.fontMetrics()
    label_w = max(metrics.horizontalAdvance(label) for label, *_ in rows) + 16
    painter.setFont(_font(26, True))  # the text after each bar is bold
    text_w = max(painter.fontMetrics().horizontalAdvance(text) for _, _, text, _ in rows) + 24
    painter.setFont(_font(26))
    top = max([sum(v for v, _, _ in segs) for _, segs, _, _ in rows] + [1])
    left = rect.left() + label_w
    span = max(rect.width() - label_w - text_w, 80)
    row_h = min(58.0, (rect.height() - head) / max(len(rows), 1))
    y = rect.top() + head
    painter.setPen(QPen(INK, 2))
    painter.drawLine(QPointF(left, y), QPointF(left, y + row_h * len(rows)))
    for label, segments, text, colour in rows:
        painter.setPen(INK)
        painter.setFont(_font(26))
        painter.drawText(QRectF(rect.left(), y, label_w - 12, row_h),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        x = left
        for value, fill, hatched in segments:
            if value <= 0:
                continue
            bar = QRectF(x, y + row_h * 0.18, span * value / top, row_h * 0.64)
            light = QColor(fill)
            if hatched:
                light.setAlpha(120)
            painter.setPen(QPen(INK, 1.5))
            painter.setBrush(light)
            painter.drawRect(bar)
            if hatched:
                painter.setBrush(QBrush(INK, Qt.BrushStyle.BDiagPattern))
                painter.drawRect(bar)
            x = bar.right()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(colour)
        painter.setFont(_font(26, True))
        painter.drawText(QRectF(x + 12, y, text_w + 40, row_h),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        y += row_h


def composition_picture(charts: ClientCharts, domain_labels: dict[str, str]) -> WebImage:
    comp = charts.composition
    domains: list[Row] = [(domain_labels.get(k, k), [(n, NEUTRAL, False)], str(n), INK)
                          for k, n in comp.per_domain]
    makeup: list[Row] = [(texts.ring_text(r), [(n, NEUTRAL, False)], str(n), INK)
                         for r, n in comp.per_ring]
    makeup += [(texts.kind_text(k), [(n, KIND_COLOURS[k], False)], str(n), INK)
               for k, n in comp.per_kind]
    makeup += [(texts.paid_text(False), [(comp.unpaid, UNPAID, False)], str(comp.unpaid), INK),
               (texts.paid_text(True), [(comp.paid, PAID, True)], str(comp.paid), INK)]
    height = 60 + 52 * max(len(domains), len(makeup)) + 20
    image, painter = _image(height)
    try:
        half = WIDTH / 2
        _bars(painter, QRectF(10, 0, half - 30, height - 10), texts.titles()["domains"], domains)
        _bars(painter, QRectF(half + 10, 0, half - 20, height - 10), texts.titles()["makeup"],
              makeup)
    finally:
        painter.end()
    return _png(image)


def coverage_picture(charts: ClientCharts) -> WebImage:
    rows: list[Row] = []
    for bar in charts.coverage:
        words = _t("{unpaid} niet betaald, {paid} betaald").format(
            unpaid=bar.unpaid, paid=bar.paid)
        flag = texts.coverage_flag(bar.coverage)
        rows.append((function_label(bar.function),
                     [(bar.unpaid, UNPAID, False), (bar.paid, PAID, True)],
                     f"{words}  {flag}".rstrip(), WARN if bar.coverage != Coverage.OK else INK))
    height = 10 + 58 * len(rows) + 70
    image, painter = _image(height)
    try:
        # The summary prints the title as text above the picture.
        _bars(painter, QRectF(10, 0, WIDTH - 20, height - 70), "", rows)
        _key(painter, height - 55)
    finally:
        painter.end()
    return _png(image)


def _key(painter: QPainter, y: float) -> None:
    """The hatching explained in words under the coverage chart."""
    painter.setFont(_font(24))
    x = 20.0
    for text, colour, hatched in ((texts.paid_text(False), UNPAID, False),
                                  (texts.paid_text(True) + _t(" (gearceerd)"), PAID, True)):
        box = QRectF(x, y + 8, 34, 28)
        light = QColor(colour)
        if hatched:
            light.setAlpha(120)
        painter.setPen(QPen(INK, 1.5))
        painter.setBrush(light)
        painter.drawRect(box)
        if hatched:
            painter.setBrush(QBrush(INK, Qt.BrushStyle.BDiagPattern))
            painter.drawRect(box)
        painter.setPen(INK)
        painter.drawText(QPointF(x + 46, y + 31), text)
        x += 80 + painter.fontMetrics().horizontalAdvance(text)


def _symbol(painter: QPainter, point: QPointF, shape: str, colour: QColor) -> None:
    painter.setPen(QPen(INK, 1.5))
    painter.setBrush(colour)
    r = 9.0
    if shape == "circle":
        painter.drawEllipse(point, r, r)
    elif shape == "square":
        painter.drawRect(QRectF(point.x() - r, point.y() - r, 2 * r, 2 * r))
    else:
        offsets = ([(0, -r * 1.2), (r * 1.1, r * 0.8), (-r * 1.1, r * 0.8)] if shape == "triangle"
                   else [(0, -r * 1.3), (r * 1.1, 0), (0, r * 1.3), (-r * 1.1, 0)])
        painter.drawPolygon(QPolygonF([QPointF(point.x() + dx, point.y() + dy)
                                       for dx, dy in offsets]))


def change_picture(charts: ClientCharts) -> WebImage:
    points = charts.change
    height = 580
    image, painter = _image(height)
    try:
        names = texts.change_series()
        top = max([1] + [getattr(p, k) for p in points for k in LINES])
        plot = QRectF(90, 20, WIDTH - 560, height - 110)
        step = max(1, -(-top // 5))
        painter.setFont(_font(24))
        for value in range(0, top + step, step):  # whole numbers on the axis
            y = plot.bottom() - plot.height() * value / top if top else plot.bottom()
            if y < plot.top() - 1:
                break
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(INK)
            painter.drawText(QRectF(0, y - 16, plot.left() - 12, 32),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             str(value))
        count = len(points)

        def at(index: int, value: float) -> QPointF:
            x = plot.left() + (plot.width() * (index + 0.5) / count)
            return QPointF(x, plot.bottom() - plot.height() * value / top)

        for index, point in enumerate(points):  # each version marked, with its date
            x = at(index, 0).x()
            painter.setPen(QPen(GRID, 1.5, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(INK)
            painter.drawText(QRectF(x - 110, plot.bottom() + 8, 220, 34),
                             Qt.AlignmentFlag.AlignCenter, texts.short_date(point.version_date))
        x_label, _ = texts.change_axis()
        painter.drawText(QRectF(plot.left(), plot.bottom() + 44, plot.width(), 34),
                         Qt.AlignmentFlag.AlignCenter, x_label)
        ends = []
        for key, (colour, dash, shape) in LINES.items():
            values = [getattr(p, key) for p in points]
            painter.setPen(QPen(colour, 5, dash))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolyline(QPolygonF([at(i, v) for i, v in enumerate(values)]))
            for i, v in enumerate(values):
                _symbol(painter, at(i, v), shape, colour)
            ends.append((values[-1], key, colour))
        painter.setFont(_font(26, True))
        last_y = None
        for value, key, colour in sorted(ends, reverse=True):  # direct labels, kept apart
            y = at(count - 1, value).y()
            y = y if last_y is None else max(y, last_y + 36)
            painter.setPen(colour)
            painter.drawText(QPointF(plot.right() + 24, y + 9), f"{names[key]}: {value}")
            last_y = y
    finally:
        painter.end()
    return _png(image)


def _coverage_caption(charts: ClientCharts) -> str:
    """The uncovered functions in words (what the ⚠ marks in the picture), then the key."""
    parts = []
    for coverage, words in ((Coverage.PAID_ONLY, _t("Alleen betaalde hulp geeft: {list}.")),
                            (Coverage.NOBODY, _t("Niemand geeft: {list}."))):
        found = [function_label(b.function).lower() for b in charts.coverage
                 if b.coverage == coverage]
        if found:
            parts.append(words.format(list=", ".join(found)))
    parts.append(_t("Blauw en effen: niet betaald; oranje en gearceerd: betaalde hulp."))
    return " ".join(parts)


def _size_caption(charts: ClientCharts) -> str:
    return _t("Het netwerk telt nu {n} leden. Ter vergelijking, zonder oordeel: mensen in "
                   "een kwetsbare situatie hebben gemiddeld ongeveer {low} netwerkleden, mensen "
                   "met een rijk netwerk ongeveer {high}.").format(
        n=charts.size, low=charts.reference_vulnerable, high=charts.reference_rich)


def summary_charts(charts: ClientCharts, domain_labels: dict[str, str],
                   lang: str = "nl") -> list[tuple[str, WebImage, str]]:
    """(title, picture, caption) of the charts the summary prints: composition, coverage, and
    the change over time when there are two versions or more."""
    with drawing_language(lang):
        pictures = [(_t("Samenstelling van het netwerk"),
                     composition_picture(charts, domain_labels), _size_caption(charts)),
                    (texts.titles()["coverage"], coverage_picture(charts),
                     _coverage_caption(charts))]
        if charts.has_change:
            pictures.append((texts.titles()["change"], change_picture(charts),
                             _t("Per versie van het web: de grootte, de NDTi-scores voor "
                                     "personen en plaatsen, en de gebruikte levensdomeinen.")))
    return pictures
