"""The agreements of one session: who, what, by when, done; rows added and removed by the user."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from resokit_desktop.domain.session import Agreement
from resokit_desktop.domain.validation import FieldError
from resokit_desktop.translation import translator
from resokit_desktop.ui.widgets.dates import display_date, parse_user_date
from resokit_desktop.ui.widgets.field_message import FieldMessage

COLUMN_WHO, COLUMN_WHAT, COLUMN_DUE, COLUMN_DONE = range(4)


_tr = translator("AgreementsTable")


class AgreementsTable(QWidget):
    """Emits ``changed`` on every edit the user makes (not while loading)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("agreements_table")
        self.table.setAccessibleName(_tr("Afspraken"))
        self.table.setHorizontalHeaderLabels(
            [_tr("Wie"), _tr("Wat"), _tr("Tegen wanneer"), _tr("Klaar")])
        self.table.verticalHeader().hide()
        # A long agreement wraps onto more lines instead of ending in "…": it must be readable.
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setMinimumSectionSize(30)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COLUMN_WHAT, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(COLUMN_WHO, 140)
        header.resizeSection(COLUMN_DUE, 140)
        header.setSectionResizeMode(COLUMN_DONE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        # Tab leaves the table (no keyboard trap); arrows move between cells, and Tab inside a
        # cell being edited still moves on to the next cell.
        self.table.setTabKeyNavigation(False)
        self.table.setMinimumHeight(130)
        self.table.itemChanged.connect(self._item_changed)

        self.add_button = QPushButton(_tr("Afspraak &toevoegen"), self)
        self.add_button.setObjectName("agreement_add")
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(_tr("Afspraak &verwijderen"), self)
        self.remove_button.setObjectName("agreement_remove")
        self.remove_button.clicked.connect(self.remove_selected)
        self.message = FieldMessage(self.table, "agreements", self)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def set_agreements(self, agreements: list[Agreement]) -> None:
        self._loading = True
        try:
            self.table.setRowCount(0)
            for agreement in agreements:
                self._append(agreement)
            self.message.clear_message()
        finally:
            self._loading = False

    def rows(self) -> list[tuple[str, str, str, bool]]:
        """Each row as typed (who, what, due date text, done), valid or not."""
        self.commit_open_editor()
        found = []
        for row in range(self.table.rowCount()):
            texts = [(self.table.item(row, c).text() if self.table.item(row, c) else "")
                     for c in (COLUMN_WHO, COLUMN_WHAT, COLUMN_DUE)]
            done_item = self.table.item(row, COLUMN_DONE)
            done = done_item is not None and done_item.checkState() == Qt.CheckState.Checked
            found.append((texts[0], texts[1], texts[2], done))
        return found

    def set_rows(self, rows: list[tuple[str, str, str, bool]]) -> None:
        """Put rows back exactly as typed (see rows())."""
        self._loading = True
        try:
            self.table.setRowCount(0)
            for who, what, due_text, done in rows:
                row = self._append(Agreement(who=who, what=what, due_date=None, done=done))
                self.table.item(row, COLUMN_DUE).setText(due_text)
        finally:
            self._loading = False

    def _append(self, agreement: Agreement) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, COLUMN_WHO, QTableWidgetItem(agreement.who))
        self.table.setItem(row, COLUMN_WHAT, QTableWidgetItem(agreement.what))
        self.table.setItem(row, COLUMN_DUE, QTableWidgetItem(display_date(agreement.due_date)))
        done = QTableWidgetItem(_tr("klaar"))
        done.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                      | Qt.ItemFlag.ItemIsSelectable)
        done.setCheckState(Qt.CheckState.Checked if agreement.done else Qt.CheckState.Unchecked)
        self.table.setItem(row, COLUMN_DONE, done)
        return row

    def add_row(self) -> None:
        """A new empty row; the 'Wat' cell opens for typing straight away."""
        self.commit_open_editor()
        self._loading = True
        try:
            row = self._append(Agreement(what=""))
        finally:
            self._loading = False
        # An empty row is no change yet: nothing to store and nothing to complain about.
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.table.setCurrentCell(row, COLUMN_WHAT)
        self.table.editItem(self.table.item(row, COLUMN_WHAT))

    def remove_selected(self) -> bool:
        row = self.table.currentRow()
        if row < 0:
            return False
        self.commit_open_editor()
        self.table.removeRow(row)
        self.changed.emit()
        return True

    def commit_open_editor(self) -> None:
        """Take over text still in an open cell editor, so nothing typed is lost."""
        focus = QApplication.focusWidget()
        if (focus is not None and self.table.state() == QAbstractItemView.State.EditingState
                and self.table.isAncestorOf(focus)):
            self.table.commitData(focus)

    def collect(self) -> tuple[list[Agreement], list[FieldError]]:
        self.commit_open_editor()
        agreements: list[Agreement] = []
        errors: list[FieldError] = []
        for row in range(self.table.rowCount()):
            text = [self._text(row, c) for c in (COLUMN_WHO, COLUMN_WHAT, COLUMN_DUE)]
            if not any(text):
                continue  # a row added but not typed in yet: not an agreement, not an error
            try:
                due = parse_user_date(text[2])
            except ValueError:
                due = None
                errors.append(FieldError(f"agreements[{row}].due_date", "date_invalid"))
            done_item = self.table.item(row, COLUMN_DONE)
            done = done_item is not None and done_item.checkState() == Qt.CheckState.Checked
            agreements.append(Agreement(who=text[0], what=text[1], due_date=due, done=done))
        return agreements, errors

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _item_changed(self, _item: QTableWidgetItem) -> None:
        if not self._loading:
            self.changed.emit()
