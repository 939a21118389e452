"""The fields of one session: date, type, the three kinds of notes, agreements, next appointment."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from resokit_desktop.domain.session import Session, SessionType, validate_session
from resokit_desktop.domain.validation import FieldError
from resokit_desktop.translation import label, translator
from resokit_desktop.ui.sessions.agreements_table import AgreementsTable
from resokit_desktop.ui.widgets.dates import display_date, parse_user_date, parse_user_time
from resokit_desktop.ui.widgets.error_texts import message_for
from resokit_desktop.ui.widgets.field_message import FieldMessage, with_message
from resokit_desktop.ui.widgets.wheel_safe import ComboBox

_tr = translator("SessionEditor")


def session_type_text(value: SessionType) -> str:
    """The same name as on paper: the one label catalogue, in the window's language."""
    return label(value)


def _notes_field(name: str, accessible: str, parent: QWidget) -> QPlainTextEdit:
    field = QPlainTextEdit(parent)
    field.setObjectName(f"field_{name}")
    field.setAccessibleName(accessible)
    field.setTabChangesFocus(True)
    field.setMinimumHeight(80)
    field.setMaximumHeight(115)
    return field


class SessionEditor(QWidget):
    """Emits ``edited`` whenever the user changes anything (not while loading)."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.messages: dict[str, FieldMessage] = {}
        self.fields: dict[str, QWidget] = {}

        self.heading = QLabel(self)
        self.heading.setObjectName("session_heading")
        self.date_field = self._line("date", _tr("Datum van het gesprek"), _tr("dd-mm-jjjj"))
        self.type_field = ComboBox(self)
        self.type_field.setObjectName("field_session_type")
        self.type_field.setAccessibleName(_tr("Soort gesprek"))
        for value in SessionType:
            self.type_field.addItem(session_type_text(value), str(value))
        self.type_field.currentIndexChanged.connect(self._changed)
        self.worked_on_field = _notes_field("worked_on", _tr("Waaraan gewerkt"), self)
        self.client_words_field = _notes_field(
            "client_words", _tr("In de eigen woorden van de cliënt"), self)
        self.observations_field = _notes_field(
            "worker_observations",
            _tr("Observaties van de begeleider, niet op de kopie voor de cliënt"), self)
        for field in (self.worked_on_field, self.client_words_field, self.observations_field):
            field.textChanged.connect(self._changed)
        self.agreements = AgreementsTable(self)
        self.agreements.changed.connect(self._changed)
        self.messages["agreements"] = self.agreements.message
        self.fields["agreements"] = self.agreements.table
        self.next_date_field = self._line(
            "next_appointment", _tr("Datum van de volgende afspraak"), _tr("dd-mm-jjjj"))
        self.next_time_field = self._line(
            "next_time", _tr("Uur van de volgende afspraak"), _tr("uu:mm"))
        self.next_time_field.setMaximumWidth(110)
        self.next_date_field.setMaximumWidth(200)

        self.date_field.setMaximumWidth(260)
        self.type_field.setMaximumWidth(260)
        top = QFormLayout()
        date_box, self.messages["date"] = with_message(self.date_field, "date")
        top.addRow(self._label(_tr("D&atum"), self.date_field), date_box)
        top.addRow(self._label(_tr("&Soort gesprek"), self.type_field), self.type_field)

        notes = self._notes_box = QGroupBox(_tr("Gesprek"), self)
        notes_layout = QVBoxLayout(notes)
        notes_layout.addWidget(self._label(_tr("Waaraan &gewerkt"), self.worked_on_field))
        notes_layout.addWidget(self.worked_on_field)
        notes_layout.addWidget(self._label(
            _tr("&In de eigen woorden van de cliënt"), self.client_words_field))
        notes_layout.addWidget(self.client_words_field)

        private = self._private_frame = QFrame(self)
        private.setObjectName("worker_observations_frame")
        private.setFrameShape(QFrame.Shape.StyledPanel)
        private.setStyleSheet(
            "#worker_observations_frame { background: #f3efe6; border: 1px dashed #8c7a55;"
            " border-radius: 6px; }")
        private_layout = QVBoxLayout(private)
        private_title = self._label(
            _tr("&Observaties van de begeleider (privé)"), self.observations_field)
        self._private_title = private_title
        private_note = QLabel(_tr("Alleen voor de begeleider: komt niet op de kopie voor de "
                                  "cliënt."), private)
        private_note.setObjectName("worker_observations_note")
        private_note.setWordWrap(True)
        private_layout.addWidget(private_title)
        private_layout.addWidget(private_note)
        private_layout.addWidget(self.observations_field)

        agreements_box = QGroupBox(_tr("Afspraken"), self)
        QVBoxLayout(agreements_box).addWidget(self.agreements)

        next_box = QGroupBox(_tr("Volgende afspraak"), self)
        # Fields on one line, their messages under them at full width (not squeezed per field).
        next_layout = QGridLayout(next_box)
        next_layout.setHorizontalSpacing(8)
        self.messages["next_appointment"] = FieldMessage(
            self.next_date_field, "next_appointment", next_box)
        self.messages["next_time"] = FieldMessage(self.next_time_field, "next_time", next_box)
        next_layout.addWidget(self._label(_tr("Datu&m"), self.next_date_field), 0, 0)
        next_layout.addWidget(self.next_date_field, 0, 1)
        next_layout.addItem(QSpacerItem(12, 0), 0, 2)
        next_layout.addWidget(self._label(_tr("&Uur"), self.next_time_field), 0, 3)
        next_layout.addWidget(self.next_time_field, 0, 4)
        next_layout.setColumnStretch(5, 1)
        next_layout.addWidget(self.messages["next_appointment"], 1, 1, 1, 5)
        next_layout.addWidget(self.messages["next_time"], 2, 1, 1, 5)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(notes)
        layout.addWidget(private)
        layout.addWidget(agreements_box)
        layout.addWidget(next_box)
        layout.addStretch(1)
        # Moving fields into their boxes scrambled the Tab order (the date came last): top to
        # bottom again.
        chain = [self.date_field, self.type_field, self.worked_on_field,
                 self.client_words_field, self.observations_field, self.agreements.table,
                 self.agreements.add_button, self.agreements.remove_button,
                 self.next_date_field, self.next_time_field]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self._follow_text_size()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._follow_text_size()

    def _follow_text_size(self) -> None:
        """Keep the heading, the private frame and its title in step with Ctrl++ / Ctrl+-.

        Fonts here are derived from the editor's own font rather than fixed in a style sheet: a
        style-sheeted widget keeps the font it had when polished, so it would stay small.
        """
        heading = QFont(self.font())
        heading.setBold(True)
        heading.setPointSizeF(self.font().pointSizeF() * 1.3)
        self.heading.setFont(heading)
        title = QFont(self.font())
        title.setBold(True)
        self._private_title.setFont(title)
        self._private_frame.setStyleSheet(self._private_frame.styleSheet())  # re-polish children

    def add_follow_up(self, widget: QWidget) -> None:
        """Place a box (last time's open agreements) under date and type: talked about first."""
        layout = self.layout()
        layout.insertWidget(layout.indexOf(self._notes_box), widget)

    def set_heading(self, text: str) -> None:
        self.heading.setText(text)

    def _line(self, key: str, accessible: str, placeholder: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(f"field_{key}")
        field.setAccessibleName(accessible)
        field.setPlaceholderText(placeholder)
        field.textEdited.connect(self._changed)
        self.fields[key] = field
        return field

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _changed(self, *_args) -> None:
        if not self._loading:
            self.edited.emit()

    # -- data --------------------------------------------------------------------------------
    def load(self, session: Session, heading: str) -> None:
        self._loading = True
        try:
            self.heading.setText(heading)
            self.date_field.setText(display_date(session.date))
            self.type_field.setCurrentIndex(self.type_field.findData(str(session.type)))
            self.worked_on_field.setPlainText(session.worked_on)
            self.client_words_field.setPlainText(session.client_words)
            self.observations_field.setPlainText(session.worker_observations)
            self.agreements.set_agreements(session.agreements)
            next_date, _, next_time = (session.next_appointment or "").partition(" ")
            self.next_date_field.setText(display_date(next_date))
            self.next_time_field.setText(next_time)
            self.show_errors([])
        finally:
            self._loading = False

    def snapshot(self) -> dict[str, object]:
        """Every field as typed, valid or not (kept in memory when it cannot be stored)."""
        return {
            "heading": self.heading.text(),
            "date": self.date_field.text(),
            "type": self.type_field.currentIndex(),
            "worked_on": self.worked_on_field.toPlainText(),
            "client_words": self.client_words_field.toPlainText(),
            "observations": self.observations_field.toPlainText(),
            "agreements": self.agreements.rows(),
            "next_date": self.next_date_field.text(),
            "next_time": self.next_time_field.text(),
        }

    def restore(self, fields: dict[str, object]) -> None:
        """Put a snapshot() back into the fields (emits no ``edited``)."""
        self._loading = True
        try:
            self.heading.setText(str(fields["heading"]))
            self.date_field.setText(str(fields["date"]))
            self.type_field.setCurrentIndex(int(fields["type"]))
            self.worked_on_field.setPlainText(str(fields["worked_on"]))
            self.client_words_field.setPlainText(str(fields["client_words"]))
            self.observations_field.setPlainText(str(fields["observations"]))
            self.agreements.set_rows(list(fields["agreements"]))
            self.next_date_field.setText(str(fields["next_date"]))
            self.next_time_field.setText(str(fields["next_time"]))
        finally:
            self._loading = False

    def collect(self, client_id: int, session_id: int | None) -> tuple[Session, list[FieldError]]:
        errors: list[FieldError] = []
        try:
            session_date = parse_user_date(self.date_field.text()) or ""
        except ValueError:
            session_date = ""
            errors.append(FieldError("date", "date_invalid"))
        else:
            if not session_date:
                errors.append(FieldError("date", "required"))
        next_appointment = None
        try:
            next_date = parse_user_date(self.next_date_field.text())
        except ValueError:
            next_date = None
            errors.append(FieldError("next_appointment", "date_invalid"))
        try:
            next_time = parse_user_time(self.next_time_field.text())
        except ValueError:
            next_time = None
            errors.append(FieldError("next_time", "time_invalid"))
        if next_date:
            next_appointment = f"{next_date} {next_time}" if next_time else next_date
        elif next_time and not self.next_date_field.text().strip():
            errors.append(FieldError("next_appointment", "time_without_date"))
        agreements, agreement_errors = self.agreements.collect()
        errors.extend(agreement_errors)
        session = Session(
            id=session_id, client_id=client_id, date=session_date,
            type=SessionType(self.type_field.currentData()),
            worked_on=self.worked_on_field.toPlainText(),
            client_words=self.client_words_field.toPlainText(),
            worker_observations=self.observations_field.toPlainText(),
            next_appointment=next_appointment, agreements=agreements,
        )
        known = {(e.field, e.code) for e in errors}
        errors.extend(e for e in validate_session(session)
                      if (e.field, e.code) not in known and not (
                          e.field == "date" and any(k[0] == "date" for k in known)))
        return session, errors

    def show_errors(self, errors: list[FieldError]) -> None:
        by_key: dict[str, list[str]] = {}
        for error in errors:
            key = error.field.split("[")[0]
            key = key if key in self.messages else "date"
            text = message_for(error.field, error.code)
            if text not in by_key.setdefault(key, []):
                by_key[key].append(text)
        for key, message in self.messages.items():
            if key in by_key:
                message.show_message(" ".join(by_key[key]))
            else:
                message.clear_message()

    def visible_messages(self) -> list[str]:
        return [m.text().removeprefix("⚠ ") for m in self.messages.values() if m.text()]

    def first_invalid_field(self) -> QWidget | None:
        for key, message in self.messages.items():
            if message.text():
                return self.fields[key]
        return None
