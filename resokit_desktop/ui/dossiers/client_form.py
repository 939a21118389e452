"""The client's fields (identity, contact, status, consent, notes): load, collect, show errors."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from resokit_desktop.domain.client import (
    Client,
    ClientStatus,
    PersonType,
    parse_birth_year,
    validate_client,
)
from resokit_desktop.domain.validation import FieldError
from resokit_desktop.translation import label, translator
from resokit_desktop.ui.dossiers.consent_panel import ConsentPanel
from resokit_desktop.ui.widgets.dates import display_date, parse_user_date
from resokit_desktop.ui.widgets.error_texts import message_for
from resokit_desktop.ui.widgets.field_message import FieldMessage, with_message
from resokit_desktop.ui.widgets.wheel_safe import ComboBox

_tr = translator("ClientForm")


def person_type_text(value: PersonType) -> str:
    return label(value)


def client_status_text(value: ClientStatus) -> str:
    return label(value)


class ClientForm(QWidget):
    """Emits ``edited`` whenever the user changes anything (not while loading)."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.fields: dict[str, QWidget] = {}
        self.messages: dict[str, FieldMessage] = {}

        self.name_field = self._line("name", _tr("Naam of pseudoniem (verplicht)"))
        self.person_type_field = ComboBox(self)
        for value in PersonType:
            self.person_type_field.addItem(person_type_text(value), str(value))
        self._register("person_type", self.person_type_field, _tr("Soort persoon"))
        self.birth_year_field = self._line("birth_year", _tr("Geboortejaar"), _tr("bv. 1958"))
        self.birth_year_field.setMaxLength(8)
        self.languages_field = self._line(
            "languages", _tr("Talen"), _tr("bv. Nederlands, Arabisch"))
        self.neighbourhood_field = self._line("neighbourhood", _tr("Buurt of gemeente"))
        self.address_field = self._line("address", _tr("Adres"))
        self.phone_field = self._line("phone", _tr("Telefoon"))
        self.email_field = self._line("email", _tr("E-mail"), _tr("naam@voorbeeld.be"))
        self.start_date_field = self._line("start_date", _tr("Startdatum"), _tr("dd-mm-jjjj"))
        self.status_field = ComboBox(self)
        for value in ClientStatus:
            self.status_field.addItem(client_status_text(value), str(value))
        self._register("status", self.status_field, _tr("Status van het dossier"))
        self.start_date_field.setMaximumWidth(260)
        self.status_field.setMaximumWidth(260)
        self.consent_panel = ConsentPanel(self)
        self.consent_panel.changed.connect(self._changed)
        self.notes_field = QPlainTextEdit(self)
        self.notes_field.setObjectName("field_notes")
        self.notes_field.setAccessibleName(_tr("Vrije notities"))
        self.notes_field.setTabChangesFocus(True)
        self.notes_field.setMinimumHeight(120)
        self.notes_field.textChanged.connect(self._changed)
        self.fields["notes"] = self.notes_field

        person = QGroupBox(_tr("Persoon"), self)
        person_form = self._form(person)
        self._row(person_form, _tr("&Naam of pseudoniem *"), "name")
        self._row(person_form, _tr("&Soort persoon"), "person_type")
        self._row(person_form, _tr("Geboorte&jaar"), "birth_year")
        self._row(person_form, _tr("&Talen"), "languages")
        contact = QGroupBox(_tr("Contact"), self)
        contact_form = self._form(contact)
        self._row(contact_form, _tr("Buurt / &gemeente"), "neighbourhood")
        self._row(contact_form, _tr("&Adres"), "address")
        # No Alt+letter: every letter of "Telefoon" is taken on this tab (Tab reaches it).
        self._row(contact_form, _tr("Telefoon"), "phone")
        self._row(contact_form, _tr("E-ma&il"), "email")
        guidance = QGroupBox(_tr("Begeleiding"), self)
        # Two short fields side by side: one line instead of a half-empty box.
        guidance_row = QHBoxLayout(guidance)
        for label_text, key in ((_tr("Startdatu&m"), "start_date"), (_tr("Stat&us"), "status")):
            guidance_form = QFormLayout()
            guidance_form.setFieldGrowthPolicy(
                QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            self._row(guidance_form, label_text, key)
            guidance_row.addLayout(guidance_form, 1)
        consent = QGroupBox(_tr("Toestemmingen"), self)
        consent_layout = QVBoxLayout(consent)
        consent_layout.addWidget(self.consent_panel)
        self.messages["consents"] = FieldMessage(None, "consents", consent)
        self.fields["consents"] = self.consent_panel.table
        consent_layout.addWidget(self.messages["consents"])
        notes = QGroupBox(_tr("Notities"), self)
        notes_layout = QVBoxLayout(notes)
        notes_label = QLabel(_tr("Vrije n&otities (kort houden: alleen wat nodig is)"), notes)
        notes_label.setBuddy(self.notes_field)
        notes_layout.addWidget(notes_label)
        notes_layout.addWidget(self.notes_field)

        grid = QGridLayout(self)
        grid.setContentsMargins(12, 12, 12, 12)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(12)
        grid.addWidget(person, 0, 0)
        grid.addWidget(contact, 0, 1)
        grid.addWidget(guidance, 1, 0, 1, 2)
        grid.addWidget(consent, 2, 0, 1, 2)
        grid.addWidget(notes, 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        # Moving the fields into their group boxes scrambled the Tab order: top to bottom again.
        consent_panel = self.consent_panel
        chain = [self.name_field, self.person_type_field, self.birth_year_field,
                 self.languages_field, self.neighbourhood_field, self.address_field,
                 self.phone_field, self.email_field, self.start_date_field, self.status_field,
                 consent_panel.table, consent_panel.withdraw_button, consent_panel.purpose_field,
                 consent_panel.given_field, consent_panel.add_button, self.notes_field]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # -- building ----------------------------------------------------------------------------
    def _line(self, key: str, accessible: str, placeholder: str = "") -> QLineEdit:
        field = QLineEdit(self)
        if placeholder:
            field.setPlaceholderText(placeholder)
        self._register(key, field, accessible)
        field.textEdited.connect(self._changed)
        return field

    def _register(self, key: str, field: QWidget, accessible: str) -> None:
        field.setObjectName(f"field_{key}")
        field.setAccessibleName(accessible)
        self.fields[key] = field
        if isinstance(field, QComboBox):
            field.currentIndexChanged.connect(self._changed)

    def _form(self, box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return form

    def _row(self, form: QFormLayout, label_text: str, key: str) -> None:
        box, message = with_message(self.fields[key], key)
        self.messages[key] = message
        label = QLabel(label_text)
        label.setBuddy(self.fields[key])
        form.addRow(label, box)

    def _changed(self, *_args) -> None:
        if not self._loading:
            self.edited.emit()

    # -- data --------------------------------------------------------------------------------
    def load(self, client: Client) -> None:
        self._loading = True
        try:
            self.name_field.setText(client.name)
            self.person_type_field.setCurrentIndex(
                self.person_type_field.findData(str(client.person_type)))
            self.birth_year_field.setText("" if client.birth_year is None
                                          else str(client.birth_year))
            self.languages_field.setText(client.languages)
            self.neighbourhood_field.setText(client.neighbourhood)
            self.address_field.setText(client.address)
            self.phone_field.setText(client.phone)
            self.email_field.setText(client.email)
            self.start_date_field.setText(display_date(client.start_date))
            self.status_field.setCurrentIndex(self.status_field.findData(str(client.status)))
            self.consent_panel.set_consents(client.consents)
            self.notes_field.setPlainText(client.notes)
            for field in self.fields.values():
                if isinstance(field, QLineEdit):
                    field.setCursorPosition(0)  # show the start of long text, not its end
            self.show_errors([])
        finally:
            self._loading = False

    def snapshot(self) -> dict[str, object]:
        """Every field as typed, valid or not (kept in memory when it cannot be stored)."""
        fields: dict[str, object] = {"consents": list(self.consent_panel.consents())}
        for key, field in self.fields.items():
            if isinstance(field, QLineEdit):
                fields[key] = field.text()
            elif isinstance(field, QComboBox):
                fields[key] = field.currentIndex()
            elif isinstance(field, QPlainTextEdit):
                fields[key] = field.toPlainText()
        return fields

    def restore(self, fields: dict[str, object]) -> None:
        """Put a snapshot() back into the fields (emits no ``edited``)."""
        self._loading = True
        try:
            self.consent_panel.set_consents(list(fields["consents"]))
            for key, field in self.fields.items():
                if key not in fields:
                    continue
                if isinstance(field, QLineEdit):
                    field.setText(str(fields[key]))
                    field.setCursorPosition(0)
                elif isinstance(field, QComboBox):
                    field.setCurrentIndex(int(fields[key]))
                elif isinstance(field, QPlainTextEdit):
                    field.setPlainText(str(fields[key]))
        finally:
            self._loading = False

    def collect(self, client_id: int | None) -> tuple[Client, list[FieldError]]:
        """The client as typed, and every problem with it (empty: it may be saved)."""
        errors: list[FieldError] = []
        try:
            birth_year = parse_birth_year(self.birth_year_field.text())
        except ValueError:
            birth_year = None
            errors.append(FieldError("birth_year", "not_a_number"))
        try:
            start_date = parse_user_date(self.start_date_field.text())
        except ValueError:
            start_date = None
            errors.append(FieldError("start_date", "date_invalid"))
        client = Client(
            id=client_id,
            name=self.name_field.text(),
            person_type=PersonType(self.person_type_field.currentData()),
            birth_year=birth_year,
            languages=self.languages_field.text(),
            neighbourhood=self.neighbourhood_field.text(),
            address=self.address_field.text(),
            phone=self.phone_field.text(),
            email=self.email_field.text(),
            start_date=start_date,
            status=ClientStatus(self.status_field.currentData()),
            notes=self.notes_field.toPlainText(),
            consents=self.consent_panel.consents(),
        )
        errors.extend(validate_client(client))
        return client, errors

    def show_errors(self, errors: list[FieldError]) -> list[str]:
        """Show each problem at its field; returns the messages shown."""
        shown: list[str] = []
        by_field = {}
        for error in errors:
            key = error.field if error.field in self.messages else error.field.split("[")[0]
            key = key if key in self.messages else "name"
            by_field.setdefault(key, message_for(error.field, error.code))
        for key, message in self.messages.items():
            if key in by_field:
                message.show_message(by_field[key])
                shown.append(by_field[key])
            else:
                message.clear_message()
        return shown

    def first_invalid_field(self) -> QWidget | None:
        for key, message in self.messages.items():
            if message.text():
                return self.fields[key]
        return None

    def visible_messages(self) -> dict[str, str]:
        return {k: m.text().removeprefix("⚠ ") for k, m in self.messages.items() if m.text()}
