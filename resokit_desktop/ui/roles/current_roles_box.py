"""The roles the client holds now (parent, neighbour…) and how valued they feel in each."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from resokit_desktop.domain.roles import CurrentRole, Valued
from resokit_desktop.ui.roles.role_texts import _tr, valued_name
from resokit_desktop.ui.widgets.field_message import FieldMessage
from resokit_desktop.ui.widgets.wheel_safe import ComboBox

TITLE, VALUED = range(2)


class CurrentRolesBox(QGroupBox):
    """A small table; every change emits ``edited`` and the tab saves the whole list."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_tr("Rollen die de cliënt nu heeft"), parent)
        self.setObjectName("current_roles")
        self._loading = False
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("current_roles_table")
        self.table.setAccessibleName(_tr("Huidige rollen"))
        self.table.setHorizontalHeaderLabels([_tr("Rol"), _tr("Gewaardeerd?")])
        self.table.horizontalHeaderItem(VALUED).setToolTip(
            _tr("Hoe gewaardeerd voelt de cliënt zich in deze rol?"))
        self.table.horizontalHeader().setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            VALUED, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(110)
        self.table.itemChanged.connect(self._changed)
        self.new_field = QLineEdit(self)
        self.new_field.setObjectName("current_role_new")
        self.new_field.setAccessibleName(_tr("Nieuwe huidige rol"))
        self.new_field.setPlaceholderText(_tr("Bv. grootmoeder, buur, vrijwilliger"))
        self.new_field.returnPressed.connect(self.add_from_field)
        self.message = FieldMessage(self.new_field, "current_role_new", self)
        add = QPushButton(_tr("Rol toevoegen"), self)
        add.setObjectName("current_role_add")
        add.clicked.connect(self.add_from_field)
        remove = QPushButton(_tr("Verwijderen"), self)
        remove.setObjectName("current_role_remove")
        remove.setAccessibleName(_tr("Gekozen huidige rol verwijderen"))
        remove.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.new_field)
        layout.addWidget(self.message)
        layout.addLayout(row)

    def load(self, roles: list[CurrentRole]) -> None:
        self._loading = True
        self.table.setRowCount(0)
        for role in roles:
            self._append(role.title, role.valued)
        self.message.clear_message()
        self._loading = False

    def _append(self, title: str, valued: Valued | None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, TITLE, QTableWidgetItem(title))
        combo = ComboBox(self.table)
        combo.setAccessibleName(_tr("Hoe gewaardeerd: %1").replace("%1", title))
        for value in (None, *Valued):
            combo.addItem(valued_name(value), str(value) if value else None)
        combo.setCurrentIndex(max(combo.findData(str(valued) if valued else None), 0))
        combo.activated.connect(self._changed)
        self.table.setCellWidget(row, VALUED, combo)

    def roles(self, client_id: int) -> list[CurrentRole]:
        found = []
        for row in range(self.table.rowCount()):
            title = self.table.item(row, TITLE).text().strip()
            value = self.table.cellWidget(row, VALUED).currentData()
            if title:
                found.append(CurrentRole(client_id, title, Valued(value) if value else None))
        return found

    def add_from_field(self) -> None:
        title = self.new_field.text().strip()
        if not title:
            self.message.show_message(_tr("Typ eerst de rol, bijvoorbeeld 'buur'."))
            return
        self.message.clear_message()
        self._loading = True
        self._append(title, None)
        self._loading = False
        self.new_field.clear()
        self.edited.emit()

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self.edited.emit()

    def _changed(self, *_args) -> None:
        if not self._loading:
            self.edited.emit()
