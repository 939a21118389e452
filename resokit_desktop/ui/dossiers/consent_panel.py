"""The client's consent records: a table, a small form to add one, and a button to withdraw one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from resokit_desktop.domain.client import Consent
from resokit_desktop.translation import translator
from resokit_desktop.ui.widgets.dates import display_date, parse_user_date
from resokit_desktop.ui.widgets.error_texts import message_for
from resokit_desktop.ui.widgets.field_message import with_message

_tr = translator("ConsentPanel")


class ConsentPanel(QWidget):
    """Holds the Consent objects of the client being edited; emits ``changed`` on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._consents: list[Consent] = []

        self.table = QTableWidget(0, 3, self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setObjectName("consent_table")
        self.table.setAccessibleName(_tr("Toestemmingen"))
        self.table.setHorizontalHeaderLabels(
            [_tr("Doel"), _tr("Gegeven op"), _tr("Ingetrokken op")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(110)
        self.table.setMaximumHeight(180)

        self.purpose_field = QLineEdit(self)
        self.purpose_field.setObjectName("consent_purpose")
        self.purpose_field.setAccessibleName(_tr("Doel van de nieuwe toestemming"))
        self.purpose_field.setPlaceholderText(_tr("bv. gegevens bewaren, samenvatting delen"))
        self.given_field = QLineEdit(self)
        self.given_field.setObjectName("consent_given_on")
        self.given_field.setAccessibleName(_tr("Datum waarop de toestemming gegeven is"))
        self.given_field.setPlaceholderText(_tr("dd-mm-jjjj"))
        self.given_field.setText(display_date(date.today().isoformat()))
        self.given_field.setMinimumWidth(self.fontMetrics().horizontalAdvance("00-00-00000") + 24)
        purpose_box, self.purpose_message = with_message(self.purpose_field, "consent_purpose")
        given_box, self.given_message = with_message(self.given_field, "consent_given_on")

        self.add_button = QPushButton(_tr("Toestemming toe&voegen"), self)
        self.add_button.setObjectName("consent_add")
        self.add_button.clicked.connect(self.add_from_fields)
        self.purpose_field.returnPressed.connect(self.add_from_fields)
        self.given_field.returnPressed.connect(self.add_from_fields)
        # No Alt+letter: the Overzicht tab uses every free letter (Tab from the list reaches it).
        self.withdraw_button = QPushButton(_tr("Geselecteerde toestemming intrekken"), self)
        self.withdraw_button.setObjectName("consent_withdraw")
        self.withdraw_button.clicked.connect(self.withdraw_selected)

        add_row = QGridLayout()
        purpose_label = QLabel(_tr("Nieuwe toestemming, doel:"), self)
        purpose_label.setBuddy(self.purpose_field)
        given_label = QLabel(_tr("gegeven op:"), self)
        given_label.setBuddy(self.given_field)
        add_row.addWidget(purpose_label, 0, 0)
        add_row.addWidget(purpose_box, 0, 1)
        add_row.addWidget(given_label, 0, 2)
        add_row.addWidget(given_box, 0, 3)
        add_row.addWidget(self.add_button, 0, 4)
        add_row.setColumnStretch(1, 3)
        add_row.setColumnStretch(3, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.withdraw_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addLayout(add_row)

    def set_consents(self, consents: list[Consent]) -> None:
        self._consents = list(consents)
        self.purpose_field.clear()
        self.purpose_message.clear_message()
        self.given_message.clear_message()
        self._refresh()

    def consents(self) -> list[Consent]:
        return self._consents

    def add_from_fields(self) -> bool:
        purpose = self.purpose_field.text().strip()
        self.purpose_message.clear_message()
        self.given_message.clear_message()
        ok = True
        if not purpose:
            self.purpose_message.show_message(message_for("purpose", "required"))
            ok = False
        try:
            given = parse_user_date(self.given_field.text())
        except ValueError:
            self.given_message.show_message(message_for("given_on", "date_invalid"))
            return False
        if given is None:
            self.given_message.show_message(message_for("given_on", "required"))
            ok = False
        if not ok:
            return False
        self._consents.append(Consent(purpose=purpose, given_on=given))
        self.purpose_field.clear()
        self._refresh()
        self.changed.emit()
        return True

    def withdraw_selected(self) -> bool:
        row = self.table.currentRow()
        if not 0 <= row < len(self._consents) or self._consents[row].withdrawn_on:
            return False
        self._consents[row].withdrawn_on = date.today().isoformat()
        self._refresh()
        self.table.selectRow(row)
        self.changed.emit()
        return True

    def _refresh(self) -> None:
        self.table.setRowCount(len(self._consents))
        for row, consent in enumerate(self._consents):
            withdrawn = display_date(consent.withdrawn_on) if consent.withdrawn_on else _tr("—")
            for column, text in enumerate(
                    (consent.purpose, display_date(consent.given_on), withdrawn)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.withdraw_button.setEnabled(bool(self._consents))
