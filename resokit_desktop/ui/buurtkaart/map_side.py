"""Beside the buurtkaart: the registry's places not yet on the map, and the legend."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QLabel,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from resokit_desktop.domain.buurtkaart import Feeling, PinStatus
from resokit_desktop.domain.web.model import RegistryEntry
from resokit_desktop.rendering import web_style as style
from resokit_desktop.rendering.map_items import paint_home, paint_pin
from resokit_desktop.rendering.map_labels import feeling_label, status_label
from resokit_desktop.translation import translator
from resokit_desktop.ui.canvas.entry_list import EntryDragList

_t = translator("MapSide")


class PlacesPanel(QWidget):
    """Places of the client's registry not on this map (from the inclusieweb too): pin one."""

    #: Put this registry entry on the map.
    pin_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(_t("Niet op deze kaart"))
        title.setStyleSheet("font-weight: bold")
        explain = QLabel(_t("Plaatsen en groepen van deze cliënt (ook die van het inclusieweb) "
                            "die nog niet op de kaart staan."))
        explain.setWordWrap(True)
        self.list = EntryDragList()
        self.list.setDragEnabled(True)
        self.list.setAccessibleName(_t("Plaatsen die niet op de kaart staan"))
        self.list.setToolTip(_t("Sleep naar de kaart, of kies en klik op 'Op de kaart zetten'"))
        self.list.itemActivated.connect(lambda _i: self._pin_current())
        self.pin_button = QPushButton(_t("Op de kaart zetten"))
        self.pin_button.clicked.connect(self._pin_current)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(explain)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.pin_button)

    def set_entries(self, entries: list[RegistryEntry]) -> None:
        self.list.clear()
        for entry in entries:
            item = QListWidgetItem(entry.name)
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.list.addItem(item)
        self.pin_button.setEnabled(bool(entries))
        if entries:
            self.list.setCurrentRow(0)

    def names(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _pin_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.pin_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)))


class MapLegend(QWidget):
    """What each pin shape and badge means."""

    ROW = 26

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(_t("Legende van de buurtkaart"))

    def _rows(self) -> list[tuple[str, object]]:
        rows: list[tuple[str, object]] = [(_t("Thuis"), "home")]
        rows += [(status_label(s), (s, Feeling.UNKNOWN)) for s in PinStatus]
        rows += [(feeling_label(f), (PinStatus.USED_TO_GO, f)) for f in Feeling if f]
        return rows

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(260, self.ROW * len(self._rows()) + 8)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for index, (text, what) in enumerate(self._rows()):
            centre = QPointF(18, 4 + index * self.ROW + self.ROW / 2)
            if what == "home":
                paint_home(painter, centre, 8)
            else:
                paint_pin(painter, what[0], what[1], centre, 8)
            painter.setPen(style.INK)
            painter.setFont(self.font())
            painter.drawText(int(centre.x() + 20), int(centre.y() + 5), text)
        painter.end()
