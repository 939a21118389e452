"""The client's charts drawn with pyqtgraph (imported only with this module, when first shown).

Readable beside a client: large titles and ticks, every bar labelled with its number, paid help
hatched as well as coloured, uncovered functions named in words, lines told apart by dash and
symbol as well as colour (Okabe–Ito colours, safe for colour blindness; people and places keep
the web's own colours).
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from resokit_desktop.domain.web.chart_figures import ClientCharts, capital_counts
from resokit_desktop.domain.web.indicators import Coverage
from resokit_desktop.domain.web.model import EntryKind
from resokit_desktop.rendering import chart_texts as texts
from resokit_desktop.rendering.web_labels import function_label
from resokit_desktop.rendering.web_style import KIND_COLOURS

INK = QColor("#2B3440")
UNPAID = QColor("#0072B2")  # Okabe–Ito blue
PAID = QColor("#E69F00")  # Okabe–Ito orange, always hatched too
NEUTRAL = QColor("#56B4E9")
REFERENCE = QColor("#9AA3AD")
WARN = QColor("#B5461B")
LINE_STYLES = {  # colour, dash, symbol: three ways to tell each line apart
    "size": (QColor("#000000"), Qt.PenStyle.SolidLine, "o"),
    "people_score": (KIND_COLOURS[EntryKind.PERSON], Qt.PenStyle.DashLine, "s"),
    "places_score": (KIND_COLOURS[EntryKind.PLACE], Qt.PenStyle.DotLine, "t"),
    "domains_used": (QColor("#009E73"), Qt.PenStyle.DashDotLine, "d"),
}
TICK_FONT = QFont()
TICK_FONT.setPointSize(11)
LABEL_FONT = QFont()
LABEL_FONT.setPointSize(11)
LABEL_FONT.setBold(True)


def _plot(title: str) -> pg.PlotWidget:
    widget = pg.PlotWidget(background="w")
    item = widget.getPlotItem()
    item.setTitle(title, color=INK.name(), size="13pt")
    item.setMouseEnabled(False, False)
    item.hideButtons()
    item.setMenuEnabled(False)
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        axis.setTickFont(TICK_FONT)
        axis.setPen(pg.mkPen(INK))
        axis.setTextPen(pg.mkPen(INK))
    widget.setMinimumHeight(300)
    widget.setAccessibleName(title)
    return widget


def _label(plot: pg.PlotItem, x: float, y: float, text: str, colour: QColor = INK,
           anchor=(0, 0.5)) -> pg.TextItem:
    item = pg.TextItem(text, color=colour, anchor=anchor)
    item.setFont(LABEL_FONT)
    item.setPos(x, y)
    plot.addItem(item)
    return item


class ChartBoard(QWidget):
    """Six charts in a grid; ``show_charts`` redraws them all from one ClientCharts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plots: dict[str, pg.PlotWidget] = {}
        #: What each chart shows as (row label, value, extra words), for tests and screen readers.
        self.drawn: dict[str, list[tuple[str, float, str]]] = {}
        grid = QGridLayout(self)
        for key, title in texts.titles().items():
            self.plots[key] = _plot(title)
        # The charts with long words beside their bars get the full width.
        for key, row, column, span in (("domains", 0, 0, 1), ("makeup", 0, 1, 1),
                                       ("coverage", 1, 0, 2), ("balance", 2, 0, 1),
                                       ("reference", 2, 1, 1), ("change", 3, 0, 2)):
            grid.addWidget(self.plots[key], row, column, 1, span)
        self.words_label = QLabel()
        self.words_label.setWordWrap(True)
        self.words_label.setAccessibleName(texts.t("Wat de cliënt over de veranderingen zegt"))
        grid.addWidget(self.words_label, 4, 0, 1, 2)

    # Drawing ---------------------------------------------------------------------------------
    def show_charts(self, charts: ClientCharts, domain_labels: dict[str, str]) -> None:
        comp = charts.composition
        self._bars("domains", [(domain_labels.get(k, k), n, NEUTRAL, False, "")
                               for k, n in comp.per_domain])
        rows = [(texts.ring_text(r), n, NEUTRAL, False, "") for r, n in comp.per_ring]
        rows += [(texts.kind_text(k), n, KIND_COLOURS[k], False, "") for k, n in comp.per_kind]
        rows += [(texts.paid_text(False), comp.unpaid, UNPAID, False, ""),
                 (texts.paid_text(True), comp.paid, PAID, True, "")]
        self._bars("makeup", rows)
        self._coverage(charts)
        self._bars("balance", [(texts.capital_text(c), n, NEUTRAL, False, "")
                               for c, n in capital_counts(charts.balance)])
        self._change(charts)
        self._bars("reference", [
            (label, n, UNPAID if i == 0 else REFERENCE, i > 0, words)
            for i, (label, n, words) in enumerate(texts.reference_rows(
                charts.size, charts.reference_vulnerable, charts.reference_rich))])
        self.plots["reference"].getPlotItem().setLabel(
            "bottom", texts.reference_note(), color=INK.name(), **{"font-size": "11pt"})

    def _reset(self, key: str) -> pg.PlotItem:
        item = self.plots[key].getPlotItem()
        item.clear()
        self.drawn[key] = []
        return item

    def _bars(self, key: str, rows: list[tuple[str, float, QColor, bool, str]]) -> None:
        """Horizontal bars, first row at the top, each with its number written beside it
        (``extra``, when given, is written instead of the bare number)."""
        item = self._reset(key)
        top = max([value for _, value, *_ in rows] + [1])
        for index, (label, value, colour, hatched, extra) in enumerate(rows):
            self._bar(item, index, 0, value, colour, hatched)
            _label(item, value + top * 0.02, index, extra or f"{value:g}")
            self.drawn[key].append((label, value, extra))
        self._category_axis(item, [row[0] for row in rows], top)

    def _bar(self, item: pg.PlotItem, row: int, start: float, value: float, colour: QColor,
             hatched: bool) -> None:
        if value <= 0:
            return
        fill = QColor(colour)
        if hatched:  # light fill plus diagonal lines: told apart without colour
            fill.setAlpha(110)
        item.addItem(pg.BarGraphItem(x0=[start], y=[row], width=[value], height=0.62,
                                     brush=fill, pen=pg.mkPen(INK, width=1)))
        if hatched:
            item.addItem(pg.BarGraphItem(x0=[start], y=[row], width=[value], height=0.62,
                                         brush=QBrush(INK, Qt.BrushStyle.BDiagPattern),
                                         pen=pg.mkPen(None)))

    def _category_axis(self, item: pg.PlotItem, labels: list[str], top: float) -> None:
        item.getAxis("left").setTicks([list(enumerate(labels)), []])
        step = max(1, math.ceil(top / 5))  # whole members only: no "2.5 members" tick
        item.getAxis("bottom").setTickSpacing(step, step)
        item.getAxis("bottom").setLabel(texts.count_axis(), color=INK.name(),
                                        **{"font-size": "11pt"})
        item.invertY(True)
        item.setYRange(-0.6, len(labels) - 0.4, padding=0)
        item.setXRange(0, top * 1.45, padding=0)

    def _coverage(self, charts: ClientCharts) -> None:
        item = self._reset("coverage")
        top = max([bar.total for bar in charts.coverage] + [1])
        labels = []
        for index, bar in enumerate(charts.coverage):
            self._bar(item, index, 0, bar.unpaid, UNPAID, False)
            self._bar(item, index, bar.unpaid, bar.paid, PAID, True)
            flag = texts.coverage_flag(bar.coverage)
            numbers = texts.t("{unpaid} niet betaald, {paid} betaald").format(
                unpaid=bar.unpaid, paid=bar.paid)
            _label(item, bar.total + top * 0.02, index, f"{numbers}  {flag}".rstrip(),
                   WARN if bar.coverage != Coverage.OK else INK)
            labels.append(function_label(bar.function))
            self.drawn["coverage"].append((labels[-1], bar.total, flag))
        self._category_axis(item, labels, top * 2.6)
        legend = item.addLegend(offset=(-10, 10), labelTextColor=INK.name())
        legend.addItem(pg.BarGraphItem(x=[0], height=[0], width=0, brush=UNPAID),
                       texts.paid_text(False))
        legend.addItem(pg.BarGraphItem(x=[0], height=[0], width=0,
                                       brush=QBrush(INK, Qt.BrushStyle.BDiagPattern)),
                       texts.paid_text(True) + texts.t(" (gearceerd)"))

    def _change(self, charts: ClientCharts) -> None:
        item = self._reset("change")
        points = charts.change
        xs = list(range(len(points)))
        top = 1
        names = texts.change_series()
        ends = []
        for key, (colour, dash, symbol) in LINE_STYLES.items():
            ys = [getattr(p, key) for p in points]
            top = max([top, *ys])
            item.plot(xs, ys, pen=pg.mkPen(colour, width=3, style=dash), symbol=symbol,
                      symbolSize=12, symbolBrush=colour, symbolPen=pg.mkPen(INK))
            ends.append((ys[-1], key, colour))
            self.drawn["change"].append((names[key], ys[-1], ""))
        # Direct labels at the lines' ends (no legend lookup), pushed apart when values meet.
        last_y = None
        for value, key, colour in sorted(ends, reverse=True):
            y = value if last_y is None else min(value, last_y - top * 0.09)
            _label(item, xs[-1] + 0.08, y, f"{names[key]} {value}", colour)
            last_y = y
        words = []
        for x, point in zip(xs, points, strict=True):
            if point.client_words:
                short = point.client_words if len(point.client_words) <= 48 else (
                    point.client_words[:46] + "…")
                # Kept inside the chart: the last note ends at its version, others are centred;
                # notes alternate in height so neighbours never overlap.
                anchor = (1, 0.5) if x == xs[-1] and x else (0.5, 0.5)
                height = top * (1.2 if len(words) % 2 == 0 else 1.08)
                note = _label(item, x, height, f"“{short}”", INK, anchor=anchor)
                note.setToolTip(point.client_words)
                words.append(f"{texts.short_date(point.version_date)}: “{point.client_words}”")
        for x in xs:
            item.addItem(pg.InfiniteLine(pos=x, angle=90,
                                         pen=pg.mkPen(REFERENCE, style=Qt.PenStyle.DotLine)))
        item.getAxis("bottom").setTicks([[(x, texts.short_date(p.version_date)) for x, p in zip(
            xs, points, strict=True)], []])
        item.getAxis("left").setTicks(None)
        x_label, y_label = texts.change_axis()
        item.setLabel("bottom", x_label, color=INK.name(), **{"font-size": "11pt"})
        item.setLabel("left", y_label, color=INK.name(), **{"font-size": "11pt"})
        item.invertY(False)
        item.setXRange(-0.3, max(len(points) - 1, 1) + 1.2, padding=0)
        item.setYRange(-top * 0.1 - 0.5, top * 1.3 + 1, padding=0)
        self.words_label.setText(
            texts.t("In de woorden van de cliënt:") + "\n" + "\n".join(words) if words else "")
