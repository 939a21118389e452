"""Pick one entry of the neighbourhood register, searching as you type (for a buurtkaart pin or a
role plan)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from resokit_desktop.services.register_service import EntryFilter, RegisterService
from resokit_desktop.translation import translator
from resokit_desktop.ui.neighbourhood.register_texts import kind_text

_tr = translator("EntryPicker")


def entry_line(entry) -> str:
    """Name, kind and neighbourhood on one line."""
    parts = [kind_text(entry.kind)]
    if entry.neighbourhood:
        parts.append(entry.neighbourhood)
    return f"{entry.name} ({', '.join(parts)})"


class EntryPicker(QDialog):
    """``chosen_id`` holds the picked entry once the dialog is accepted."""

    def __init__(self, service: RegisterService, search: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Kiezen uit het buurtregister"))
        self.resize(520, 460)
        self.service = service
        self.chosen_id: int | None = None
        self.search_field = QLineEdit(self)
        self.search_field.setAccessibleName(_tr("Zoeken in het buurtregister"))
        self.search_field.setPlaceholderText(_tr("Zoek op naam, adres, buurt, aanbod …"))
        self.search_field.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(_tr("Items van het buurtregister"))
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(_tr("Koppelen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        label = QLabel(_tr("&Zoeken:"), self)
        label.setBuddy(self.search_field)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.search_field)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.search_field.textChanged.connect(self._fill)
        self.search_field.returnPressed.connect(self._enter)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.list.currentItemChanged.connect(lambda *_a: self._update_ok())
        self.search_field.setText(search)
        self._fill()

    def _fill(self) -> None:
        self.list.clear()
        for entry in self.service.entries(EntryFilter(search=self.search_field.text().strip())):
            item = QListWidgetItem(entry_line(entry), self.list)
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.empty.setText("" if self.list.count() else _tr(
            "Niets gevonden in het buurtregister. Pas de zoekterm aan, of voeg de plaats toe aan "
            "het register."))
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(self.list.currentItem() is not None)

    def _enter(self) -> None:
        if self.list.currentItem() is not None:
            self.accept()

    def accept(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.chosen_id = int(item.data(Qt.ItemDataRole.UserRole))
        super().accept()
