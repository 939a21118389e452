"""Registry entries of the client that are not on this web: drag one onto the web to place it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from resokit_desktop.domain.web.model import RegistryEntry
from resokit_desktop.rendering.web_labels import kind_label
from resokit_desktop.translation import translator
from resokit_desktop.ui.canvas.entry_list import EntryDragList
from resokit_desktop.ui.widgets.empty_state import EmptyState

_t = translator("UnplacedList")


class UnplacedPanel(QWidget):
    """List + "place" button (the keyboard way to do the same as dragging)."""

    #: Place this registry entry at a free spot.
    place_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        title = QLabel(_t("Niet op dit web"))
        title.setStyleSheet("font-weight: bold")
        self.list = EntryDragList()
        self.list.setDragEnabled(True)
        self.list.setAccessibleName(_t("Contacten en plaatsen die niet op dit web staan"))
        self.list.setToolTip(_t("Sleep naar het web, of kies en klik op 'Op het web zetten'"))
        self.empty_state = EmptyState(self.list, lambda: _t(
            "Alles staat op dit web. Iemand nieuw: dubbelklik op een lege plek of druk Insert."),
            "unplaced_list")
        self.place_button = QPushButton(_t("Op het web zetten"))
        self.place_button.clicked.connect(self._place_current)
        self.list.itemActivated.connect(lambda _i: self._place_current())
        explain = QLabel(_t("Contacten en plaatsen van deze cliënt die niet op deze versie "
                            "staan. Sleep ze op het web."))
        explain.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(explain)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.place_button)

    def set_entries(self, entries: list[RegistryEntry]) -> None:
        self.list.clear()
        for entry in entries:
            item = QListWidgetItem(f"{entry.name} ({kind_label(entry.kind).lower()})")
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.list.addItem(item)
        self.place_button.setEnabled(bool(entries))

    def _place_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.place_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)))
