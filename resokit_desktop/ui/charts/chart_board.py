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
from resokit_desktop.rendering.web_labels import function_label, translate
from resokit_desktop.rendering.web_style import KIND_COLOURS


def _t(text: str) -> str:
    return translate("Charts", text)


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


def _edge(value: float):
    """A bar's outline; none for an empty bar (no stray line at zero)."""
    return pg.mkPen(INK, width=1) if value > 0 else pg.mkPen(None)


class ChartBoard(QWidget):
    """Six charts in a grid; ``show_charts`` redraws them all from one ClientCharts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plots: dict[str, pg.PlotWidget] = {}
        #: What each chart shows as (row label, value, extra words), for tests and screen readers.
        self.drawn: dict[str, list[tuple[str, float, str]]] = {}
        # What each chart was last drawn from: an edit redraws only the charts it changes.
        self._drawn_from: dict[str, object] = {}
        # Reused items per bar chart (solid bars, hatching, numbers): updated, never rebuilt.
        self._pools: dict[str, tuple] = {}
        self._legends: set[str] = set()
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
        self.words_label.setAccessibleName(_t("Wat de cliënt over de veranderingen zegt"))
        grid.addWidget(self.words_label, 4, 0, 1, 2)

    # Drawing ---------------------------------------------------------------------------------
    def show_charts(self, charts: ClientCharts, domain_labels: dict[str, str]) -> None:
        comp = charts.composition
        if self._changed("domains", (comp.per_domain, domain_labels)):
            self._bars("domains", [(domain_labels.get(k, k), n, NEUTRAL, False, "")
                                   for k, n in comp.per_domain])
        if self._changed("makeup", (comp.per_ring, comp.per_kind, comp.paid, comp.unpaid)):
            rows = [(texts.ring_text(r), n, NEUTRAL, False, "") for r, n in comp.per_ring]
            rows += [(texts.kind_text(k), n, KIND_COLOURS[k], False, "")
                     for k, n in comp.per_kind]
            rows += [(texts.paid_text(False), comp.unpaid, UNPAID, False, ""),
                     (texts.paid_text(True), comp.paid, PAID, True, "")]
            self._bars("makeup", rows)
        if self._changed("coverage", charts.coverage):
            self._coverage(charts)
        if self._changed("balance", charts.balance):
            self._bars("balance", [(texts.capital_text(c), n, NEUTRAL, False, "")
                                   for c, n in capital_counts(charts.balance)])
        if self._changed("change", charts.change):
            self._change(charts)
        if self._changed("reference", charts.size):
            self._bars("reference", [
                (label, n, UNPAID if i == 0 else REFERENCE, i > 0, words)
                for i, (label, n, words) in enumerate(texts.reference_rows(
                    charts.size, charts.reference_vulnerable, charts.reference_rich))])
            self.plots["reference"].getPlotItem().setLabel(
                "bottom", texts.reference_note(), color=INK.name(), **{"font-size": "11pt"})

    def _changed(self, key: str, source: object) -> bool:
        if key in self._drawn_from and self._drawn_from[key] == source:
            return False
        self._drawn_from[key] = source
        return True

    def _reset(self, key: str) -> pg.PlotItem:
        item = self.plots[key].getPlotItem()
        item.clear()
        self.drawn[key] = []
        return item

    def _bars(self, key: str, rows: list[tuple[str, float, QColor, bool, str]],
              stacked: list[tuple[float, float]] | None = None) -> None:
        """Horizontal bars, first row at the top, each with its number written beside it
        (``extra``, when given, is written instead of the bare number). ``stacked`` gives
        (unpaid, paid) per row instead: a solid part, then a hatched part."""
        item = self.plots[key].getPlotItem()
        if key not in self._pools:
            solid, tint, hatch = (pg.BarGraphItem(x0=[], y=[], width=[], height=0.62)
                                  for _ in range(3))
            for bars in (solid, tint, hatch):
                item.addItem(bars)
            self._pools[key] = (solid, tint, hatch, [])
        solid, tint, hatch, labels = self._pools[key]
        while len(labels) < len(rows):
            labels.append(_label(item, 0, 0, ""))
        values = [row[1] for row in rows]
        top = max(values + [1])
        rows_at = list(range(len(rows)))
        if stacked is None:
            fills = []
            for _, _, colour, hatched, _ in rows:
                fill = QColor(colour)
                if hatched:  # light fill plus diagonal lines: told apart without colour
                    fill.setAlpha(110)
                fills.append(fill)
            solid.setOpts(x0=[0] * len(rows), y=rows_at, width=values, brushes=fills,
                          pens=[_edge(v) for v in values])
            hatch_x0 = [0] * len(rows)
            hatch_w = [v if row[3] else 0 for v, row in zip(values, rows, strict=True)]
        else:
            solid.setOpts(x0=[0] * len(rows), y=rows_at, width=[u for u, _ in stacked],
                          brushes=[UNPAID] * len(rows), pens=[_edge(u) for u, _ in stacked])
            hatch_x0 = [u for u, _ in stacked]
            hatch_w = [p for _, p in stacked]
        light = QColor(PAID)
        light.setAlpha(110)
        tint.setOpts(x0=hatch_x0, y=rows_at, width=hatch_w if stacked else [0] * len(rows),
                     brushes=[light] * len(rows), pens=[pg.mkPen(None)] * len(rows))
        hatch_brush = QBrush(INK, Qt.BrushStyle.BDiagPattern)
        hatch.setOpts(x0=hatch_x0, y=rows_at, width=hatch_w,
                      brushes=[hatch_brush] * len(rows),
                      pens=[_edge(w) for w in hatch_w])
        self.drawn[key] = []
        for index, label_item in enumerate(labels):
            if index >= len(rows):
                label_item.hide()
                continue
            label, value, colour, _, extra = rows[index]
            if stacked is not None:  # the words after a coverage bar carry its warning colour
                label_item.setColor(colour)
            label_item.setText(extra or f"{value:g}")
            label_item.setPos(value + top * 0.02, index)
            label_item.show()
            self.drawn[key].append((label, value, extra))
        self._category_axis(item, [row[0] for row in rows], top * (2.6 if stacked else 1))

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
        rows, stacked = [], []
        for bar in charts.coverage:
            flag = texts.coverage_flag(bar.coverage)
            numbers = _t("{unpaid} niet betaald, {paid} betaald").format(
                unpaid=bar.unpaid, paid=bar.paid)
            rows.append((function_label(bar.function), bar.total,
                         WARN if bar.coverage != Coverage.OK else INK, False,
                         f"{numbers}  {flag}".rstrip()))
            stacked.append((bar.unpaid, bar.paid))
        self._bars("coverage", rows, stacked)
        # What the tests and screen readers read: the function's total and its warning words.
        self.drawn["coverage"] = [(r[0], r[1], texts.coverage_flag(b.coverage))
                                  for r, b in zip(rows, charts.coverage, strict=True)]
        if "coverage" not in self._legends:
            item = self.plots["coverage"].getPlotItem()
            legend = item.addLegend(offset=(-10, 10), labelTextColor=INK.name())
            legend.addItem(pg.BarGraphItem(x=[0], height=[0], width=0, brush=UNPAID),
                           texts.paid_text(False))
            legend.addItem(pg.BarGraphItem(x=[0], height=[0], width=0,
                                           brush=QBrush(INK, Qt.BrushStyle.BDiagPattern)),
                           texts.paid_text(True) + _t(" (gearceerd)"))
            self._legends.add("coverage")

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
            _t("In de woorden van de cliënt:") + "\n" + "\n".join(words) if words else "")
