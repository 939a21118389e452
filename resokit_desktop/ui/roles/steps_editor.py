"""A role plan's small steps: a table to tick and edit, and a row to add a step with its checks."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from resokit_desktop.domain.roles import RoleStep, validate_step
from resokit_desktop.ui.roles.role_texts import _tr, plan_message
from resokit_desktop.ui.widgets.dates import display_date, parse_user_date
from resokit_desktop.ui.widgets.field_message import FieldMessage

DONE, WHAT, OWNER, DUE = range(4)
STEP_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_KEPT_ROLE = Qt.ItemDataRole.UserRole + 2


class StepsEditor(QWidget):
    """Steps are only ever valid here: a wrong new step or edit is refused at its field."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.created_on: str | None = None
        self._loading = False
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("role_steps_table")
        self.table.setAccessibleName(_tr("Kleine stappen"))
        self.table.setHorizontalHeaderLabels([_tr("Klaar"), _tr("Wat"), _tr("Wie"),
                                              _tr("Tegen")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((DONE, 52), (OWNER, 110), (DUE, 96)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        # A long step wraps onto more lines rather than being cut off.
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(170)
        self.table.itemChanged.connect(self._item_changed)
        self.table_message = FieldMessage(self.table, "role_steps_table", self)

        self.what_field = self._line("role_step_what", _tr("Nieuwe stap: wat"),
                                     _tr("Bv. samen het buurthuis bezoeken"))
        self.owner_field = self._line("role_step_owner", _tr("Nieuwe stap: wie"),
                                      _tr("Wie doet het?"))
        self.due_field = self._line("role_step_due", _tr("Nieuwe stap: tegen wanneer"),
                                    _tr("dd-mm-jjjj"))
        self.due_field.setMinimumWidth(110)
        self.what_message = FieldMessage(self.what_field, "role_step_what", self)
        self.due_message = FieldMessage(self.due_field, "role_step_due", self)
        self.add_button = QPushButton(_tr("Stap &toevoegen"), self)
        self.add_button.setObjectName("role_step_add")
        self.add_button.clicked.connect(self.add_from_fields)
        for field in (self.what_field, self.owner_field, self.due_field):
            field.returnPressed.connect(self.add_from_fields)
        self.remove_button = QPushButton(_tr("Gekozen stap verwijderen"), self)
        self.remove_button.setObjectName("role_step_remove")
        self.remove_button.clicked.connect(self.remove_selected)

        # The new step: what on a line of its own, then who, by when and the button.
        grid = QGridLayout()
        grid.addWidget(QLabel(_tr("Nieuwe stap"), self), 0, 0, 1, 3)
        grid.addWidget(self.what_field, 1, 0, 1, 3)
        grid.addWidget(self.what_message, 2, 0, 1, 3)
        grid.addWidget(self.owner_field, 3, 0)
        grid.addWidget(self.due_field, 3, 1)
        grid.addWidget(self.add_button, 3, 2)
        grid.addWidget(self.due_message, 4, 0, 1, 3)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.table_message)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(grid)

    def _line(self, name: str, accessible: str, placeholder: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(name)
        field.setAccessibleName(accessible)
        field.setPlaceholderText(placeholder)
        return field

    # -- the steps -------------------------------------------------------------------------------
    def load(self, steps: list[RoleStep], created_on: str | None) -> None:
        self.created_on = created_on
        self._loading = True
        self.table.setRowCount(0)
        for step in steps:
            self._append(step)
        self._loading = False
        for message in (self.what_message, self.due_message, self.table_message):
            message.clear_message()
        for field in (self.what_field, self.owner_field, self.due_field):
            field.clear()

    def _append(self, step: RoleStep) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        done = QTableWidgetItem()
        done.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                      | Qt.ItemFlag.ItemIsSelectable)
        done.setCheckState(Qt.CheckState.Checked if step.done else Qt.CheckState.Unchecked)
        done.setData(STEP_ID_ROLE, step.id)
        done.setData(Qt.ItemDataRole.AccessibleTextRole,
                     _tr("Gedaan: %1").replace("%1", step.what))
        self.table.setItem(row, DONE, done)
        for column, text in ((WHAT, step.what), (OWNER, step.owner),
                             (DUE, display_date(step.due_date))):
            cell = QTableWidgetItem(text)
            cell.setData(_KEPT_ROLE, text)  # what an edit that is refused goes back to
            self.table.setItem(row, column, cell)

    def steps(self) -> list[RoleStep]:
        found = []
        for row in range(self.table.rowCount()):
            done = self.table.item(row, DONE)
            found.append(RoleStep(
                what=self.table.item(row, WHAT).text().strip(),
                owner=self.table.item(row, OWNER).text().strip(),
                due_date=parse_user_date(self.table.item(row, DUE).text()),
                done=done.checkState() == Qt.CheckState.Checked,
                id=done.data(STEP_ID_ROLE),
            ))
        return found

    def set_ids(self, ids: list[int | None]) -> None:
        """After a save: each row's stored step id (rows are in the plan's order)."""
        self._loading = True  # not an edit: no new save
        for row, step_id in enumerate(ids[: self.table.rowCount()]):
            self.table.item(row, DONE).setData(STEP_ID_ROLE, step_id)
        self._loading = False

    def _problems(self, what: str, owner: str, due_text: str) -> tuple[str, str]:
        """(message for the text, message for the date); empty when fine."""
        try:
            due = parse_user_date(due_text)
        except ValueError:
            return "", plan_message("steps[0].due_date", "date_invalid")
        errors = validate_step(RoleStep(what, owner, due), self.created_on)
        what_text = next((plan_message(e.field, e.code) for e in errors
                          if e.field.endswith(".what")), "")
        due_msg = next((plan_message(e.field, e.code) for e in errors
                        if e.field.endswith(".due_date")), "")
        return what_text, due_msg

    def add_from_fields(self) -> bool:
        """Add the typed step; refuse it (with the reason at its field) when it is not right."""
        what, owner, due = (self.what_field.text(), self.owner_field.text(),
                            self.due_field.text())
        what_problem, due_problem = self._problems(what, owner, due)
        for message, problem in ((self.what_message, what_problem),
                                 (self.due_message, due_problem)):
            message.show_message(problem) if problem else message.clear_message()
        if what_problem or due_problem:
            (self.what_field if what_problem else self.due_field).setFocus()
            return False
        self._loading = True
        self._append(RoleStep(what.strip(), owner.strip(), parse_user_date(due)))
        self._loading = False
        for field in (self.what_field, self.owner_field, self.due_field):
            field.clear()
        self.what_field.setFocus()
        self.edited.emit()
        return True

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self.edited.emit()

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        row = item.row()
        texts = [self.table.item(row, c).text() if self.table.item(row, c) else ""
                 for c in (WHAT, OWNER, DUE)]
        what_problem, due_problem = self._problems(*texts)
        problem = what_problem or due_problem
        if problem and item.column() in (WHAT, DUE):
            # Refused: the cell gets back what it had, the rest of the plan is untouched.
            self.table_message.show_message(problem)
            self._loading = True
            item.setText(item.data(_KEPT_ROLE) or "")
            self._loading = False
            return
        self.table_message.clear_message()
        item.setData(_KEPT_ROLE, item.text())
        self.edited.emit()
