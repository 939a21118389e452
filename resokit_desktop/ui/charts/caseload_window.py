"""The caseload overview window: charts over all clients; a bar opens the list of its clients."""

from __future__ import annotations

from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from resokit_desktop.domain.caseload import Bar, CaseloadFigures
from resokit_desktop.services import caseload_service
from resokit_desktop.translation import translator

INK = QColor("#2B3440")
FILL = QColor("#0072B2")
ATTENTION = QColor("#D55E00")
TICK_FONT = QFont()
TICK_FONT.setPointSize(11)


_t = translator("Caseload")


def titles() -> dict[str, str]:
    return {"clients_by_status": _t("Cliënten per status"),
            "sessions_per_month": _t("Gesprekken per maand"),
            "role_plans_by_status": _t("Rolplannen per status (actieve cliënten)"),
            "attention": _t("Vraagt aandacht (actieve cliënten)"),
            "since_last_web": _t("Tijd sinds de laatste versie van het web"),
            "since_last_session": _t("Tijd sinds het laatste gesprek")}


def bar_label(chart: str, key: str) -> str:
    words = {
        "active": _t("Actief"), "closed": _t("Afgesloten"), "archived": _t("Gearchiveerd"),
        "idea": _t("Idee"), "exploring": _t("Verkennen"), "started": _t("Gestart"),
        "evaluated": _t("Geëvalueerd"), "stopped": _t("Gestopt"),
        "no_unpaid_emotional_support": _t("Geen onbetaalde emotionele steun"),
        "sleeping_ties_to_reactivate": _t("Slapende banden gemarkeerd om te heractiveren"),
        "overdue_agreements": _t("Afspraken over datum"),
        "overdue_role_steps": _t("Stappen van rolplannen over datum"),
        "under_3_months": _t("Minder dan 3 maanden"), "3_to_6_months": _t("3 tot 6 maanden"),
        "6_to_12_months": _t("6 tot 12 maanden"), "over_a_year": _t("Meer dan een jaar"),
        "never": _t("Nog nooit"),
    }
    if chart == "role_plans_by_status" and key == "active":
        return _t("Actief (rol)")
    return words.get(key, key)


class CaseloadWindow(QWidget):
    """Six bar charts; clicking a bar lists its clients, and picking one opens that dossier."""

    def __init__(self, db, open_client: Callable[[int], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(_t("Caseload-overzicht"))
        self.db = db
        self.open_client = open_client
        self.figures: CaseloadFigures | None = None
        self.plots: dict[str, pg.PlotWidget] = {}
        self.bars: dict[str, tuple[Bar, ...]] = {}
        board = QWidget()
        grid = QGridLayout(board)
        for key, title in titles().items():
            plot = pg.PlotWidget(background="w")
            item = plot.getPlotItem()
            item.setTitle(title, color=INK.name(), size="13pt")
            item.setMouseEnabled(False, False)
            item.hideButtons()
            item.setMenuEnabled(False)
            for name in ("left", "bottom"):
                item.getAxis(name).setTickFont(TICK_FONT)
                item.getAxis(name).setTextPen(pg.mkPen(INK))
            item.setLabel("bottom", _t("Aantal (klik op een balk voor de cliënten)"),
                          color=INK.name(), **{"font-size": "10pt"})
            plot.setMinimumHeight(300 if key != "sessions_per_month" else 420)
            plot.setAccessibleName(title)
            plot.scene().sigMouseClicked.connect(
                lambda event, k=key: self._clicked(k, event))
            self.plots[key] = plot
        # The charts with long bar labels get the full width.
        for key, row, column, span in (("clients_by_status", 0, 0, 1),
                                       ("role_plans_by_status", 0, 1, 1), ("attention", 1, 0, 2),
                                       ("sessions_per_month", 2, 0, 2),
                                       ("since_last_web", 3, 0, 1),
                                       ("since_last_session", 3, 1, 1)):
            grid.addWidget(self.plots[key], row, column, 1, span)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(board)
        # The keyboard's way to a bar: every bar of every chart, by name and number.
        self.bar_choice = QComboBox()
        self.bar_choice.setAccessibleName(_t("Balk kiezen"))
        # Long bar names must not widen the side column at the charts' cost.
        self.bar_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.bar_choice.setMinimumContentsLength(18)
        self.bar_choice.activated.connect(self._bar_chosen)
        self.list_title = QLabel(_t("Klik op een balk om de cliënten te zien."))
        self.list_title.setWordWrap(True)
        self.client_list = QListWidget()
        self.client_list.setAccessibleName(_t("Cliënten van de gekozen balk"))
        self.client_list.itemActivated.connect(self._open)
        side = QVBoxLayout()
        side.addWidget(self.bar_choice)
        side.addWidget(self.list_title)
        side.addWidget(self.client_list, 1)
        layout = QHBoxLayout(self)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setMaximumWidth(360)
        layout.addWidget(scroll, 3)
        layout.addWidget(side_widget, 1)
        self.resize(1300, 740)

    def refresh(self) -> None:
        self.figures = caseload_service.caseload(self.db)
        self.bar_choice.clear()
        self.bar_choice.addItem(_t("Kies een balk…"), None)
        for key, title in titles().items():
            self._draw(key, getattr(self.figures, key))
            for row, bar in enumerate(self.bars[key]):
                label = bar.key if key == "sessions_per_month" else bar_label(key, bar.key)
                self.bar_choice.addItem(f"{title}: {label} ({bar.value})", (key, row))

    def _draw(self, key: str, bars: tuple[Bar, ...]) -> None:
        self.bars[key] = bars
        item = self.plots[key].getPlotItem()
        item.clear()
        top = max([bar.value for bar in bars] + [1])
        colour = ATTENTION if key == "attention" else FILL
        rows = list(range(len(bars)))
        item.addItem(pg.BarGraphItem(x0=[0] * len(bars), y=rows, height=0.6,
                                     width=[bar.value for bar in bars], brush=colour,
                                     pen=pg.mkPen(INK)))
        for row, bar in zip(rows, bars, strict=True):
            text = pg.TextItem(str(bar.value), color=INK, anchor=(0, 0.5))
            text.setPos(bar.value + top * 0.02, row)
            item.addItem(text)
        labels = [bar.key if key == "sessions_per_month" else bar_label(key, bar.key)
                  for bar in bars]
        item.getAxis("left").setTicks([list(enumerate(labels)), []])
        step = max(1, -(-top // 5))  # whole clients and conversations only
        item.getAxis("bottom").setTickSpacing(step, step)
        item.invertY(True)
        item.setYRange(-0.6, len(bars) - 0.4, padding=0)
        item.setXRange(0, top * 1.25, padding=0)

    def _clicked(self, key: str, event) -> None:
        view = self.plots[key].getPlotItem().getViewBox()
        point = view.mapSceneToView(event.scenePos())
        row = round(point.y())
        if 0 <= row < len(self.bars.get(key, ())):
            self.show_bar(key, row)

    def _bar_chosen(self, index: int) -> None:
        chosen = self.bar_choice.itemData(index)
        if chosen is not None:
            self.show_bar(*chosen)

    def show_bar(self, key: str, row: int) -> None:
        """List the clients behind one bar (what a click on it does)."""
        bar = self.bars[key][row]
        label = bar.key if key == "sessions_per_month" else bar_label(key, bar.key)
        self.list_title.setText(_t("{chart}: {bar} — {n} cliënten").format(
            chart=titles()[key], bar=label, n=len(bar.client_ids)))
        self.client_list.clear()
        for client_id, name in caseload_service.client_names(self.db, bar.client_ids):
            entry = QListWidgetItem(name)
            entry.setData(Qt.ItemDataRole.UserRole, client_id)
            self.client_list.addItem(entry)

    def _open(self, entry: QListWidgetItem) -> None:
        self.open_client(int(entry.data(Qt.ItemDataRole.UserRole)))
