"""The side panel for the selected pin: its name, how the client relates to the place, how it
feels, with whom they go there and what stands in the way."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from resokit_desktop.domain.buurtkaart import Feeling, Pin, PinStatus
from resokit_desktop.domain.web.model import RegistryEntry
from resokit_desktop.rendering.map_labels import feeling_label, status_label
from resokit_desktop.translation import translator
from resokit_desktop.ui.buurtkaart.pin_register import PinRegisterBox
from resokit_desktop.ui.widgets.wheel_safe import ComboBox

_t = translator("PinPanel")


class PinPanel(QWidget):
    """Edits one pin through the editor (each change an undo step)."""

    #: The place's name was changed (contact id, new name): it is the registry's name.
    rename_requested = Signal(int, str)

    def __init__(self, editor, context=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.register_box = PinRegisterBox(editor, context, self)
        self.contact_id: int | None = None
        self._loading = False
        self.empty = QLabel(_t("Kies een plaats op de kaart, of zet er een op met de knop "
                               "'Plaats' en een klik."))
        self.empty.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(_t("Naam van de plaats"))
        self.name_edit.editingFinished.connect(self._on_name)
        self.status_combo = ComboBox()
        self.status_combo.setSizeAdjustPolicy(
            ComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status_combo.setMinimumContentsLength(14)
        self.status_combo.setAccessibleName(_t("Hoe de cliënt ermee verbonden is"))
        for status in PinStatus:
            self.status_combo.addItem(status_label(status), str(status))
        self.status_combo.activated.connect(self._on_status)
        self.feeling_combo = ComboBox()
        self.feeling_combo.setSizeAdjustPolicy(
            ComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.feeling_combo.setMinimumContentsLength(14)
        self.feeling_combo.setAccessibleName(_t("Hoe het er voelt"))
        for feeling in Feeling:
            self.feeling_combo.addItem(feeling_label(feeling), str(feeling))
        self.feeling_combo.activated.connect(self._on_feeling)
        self.people = QListWidget()
        self.people.setAccessibleName(_t("Met wie"))
        self.people.itemChanged.connect(self._on_people)
        self.barriers = QPlainTextEdit()
        self.barriers.setAccessibleName(_t("Drempels"))
        self.barriers.setPlaceholderText(_t("Wat houdt tegen? Vervoer, kosten, taal, angst …"))
        self.barriers.setTabChangesFocus(True)
        self.barriers.textChanged.connect(self._on_barriers)
        self.form = QWidget()
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        # Labels above their fields: the panel stays narrow and the map keeps the room.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(_t("&Naam"), self.name_edit)
        form.addRow(_t("&Relatie"), self.status_combo)
        form.addRow(_t("&Gevoel"), self.feeling_combo)
        form.addRow(_t("Met &wie"), self.people)
        form.addRow(_t("&Drempels"), self.barriers)
        form.addRow(_t("Buurtregister"), self.register_box)
        for label_field in (self.name_edit, self.status_combo, self.feeling_combo, self.people,
                            self.barriers):
            label = form.labelForField(label_field)
            if label is not None:
                label.setBuddy(label_field)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.form)
        layout.addStretch(1)
        self.show_pin(None)

    def set_people(self, people: list[RegistryEntry]) -> None:
        self._people = people
        self.show_pin(self.contact_id)

    def reload(self) -> None:
        self.show_pin(self.contact_id)

    def show_pin(self, contact_id: int | None) -> None:
        document = self.editor.document
        if document is None or contact_id is None or not document.has_pin(contact_id):
            contact_id = None
        self.contact_id = contact_id
        self.empty.setVisible(contact_id is None)
        self.form.setVisible(contact_id is not None)
        if contact_id is None:
            return
        pin = document.pin(contact_id)
        self.register_box.show_pin(pin)
        self._loading = True
        try:
            if not self.name_edit.hasFocus():
                self.name_edit.setText(pin.name)
            self.status_combo.setCurrentIndex(self.status_combo.findData(str(pin.status)))
            self.feeling_combo.setCurrentIndex(self.feeling_combo.findData(str(pin.feeling)))
            self.people.clear()
            for person in getattr(self, "_people", []):
                item = QListWidgetItem(person.name)
                item.setData(Qt.ItemDataRole.UserRole, person.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if person.id in pin.with_whom
                                   else Qt.CheckState.Unchecked)
                self.people.addItem(item)
            if self.barriers.toPlainText() != pin.barriers:
                self.barriers.setPlainText(pin.barriers)
        finally:
            self._loading = False

    def _pin(self) -> Pin | None:
        if self._loading or self.contact_id is None or self.editor.document is None:
            return None
        return self.editor.document.pin(self.contact_id)

    def _on_name(self) -> None:
        pin = self._pin()
        name = self.name_edit.text().strip()
        if pin is not None and name and name != pin.name:
            self.rename_requested.emit(pin.contact_id, name)

    def _on_status(self, _index: int) -> None:
        pin = self._pin()
        if pin is not None:
            self.editor.edit_pin(replace(pin, status=PinStatus(self.status_combo.currentData())))

    def _on_feeling(self, _index: int) -> None:
        pin = self._pin()
        if pin is not None:
            self.editor.edit_pin(replace(pin, feeling=Feeling(self.feeling_combo.currentData())))

    def _on_people(self, _item) -> None:
        pin = self._pin()
        if pin is None:
            return
        chosen = frozenset(
            int(self.people.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.people.count())
            if self.people.item(i).checkState() == Qt.CheckState.Checked)
        self.editor.edit_pin(replace(pin, with_whom=chosen))

    def _on_barriers(self) -> None:
        pin = self._pin()
        if pin is not None:
            self.editor.edit_pin(replace(pin, barriers=self.barriers.toPlainText()), "barriers")
