"""The fields of one register entry: load, collect as typed, and show problems at the fields."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from resokit_desktop.domain.neighbourhood.entry import (
    NeighbourhoodEntry,
    NeighbourhoodKind,
    validate_entry,
)
from resokit_desktop.domain.validation import FieldError
from resokit_desktop.translation import translator
from resokit_desktop.ui.neighbourhood.register_texts import field_message, kind_text
from resokit_desktop.ui.widgets.dates import display_date, parse_user_date
from resokit_desktop.ui.widgets.field_message import FieldMessage, with_message
from resokit_desktop.ui.widgets.wheel_safe import ComboBox

_tr = translator("NeighbourhoodRegister")


def _layout() -> list[tuple[str, str, str, bool]]:
    """(key, label with mnemonic, accessible name, multi-line), in form order."""
    return [
        ("name", _tr("&Naam *"), _tr("Naam (verplicht)"), False),
        ("kind", _tr("&Soort"), _tr("Soort"), False),
        ("address", _tr("&Adres of beschrijving"), _tr("Adres of beschrijving"), False),
        ("neighbourhood", _tr("&Buurt"), _tr("Buurt"), False),
        ("offers", _tr("Wat ze bie&den"), _tr("Wat ze bieden"), True),
        ("needs", _tr("Wat ze &zoeken"), _tr("Wat ze zoeken (voor rollen)"), True),
        ("contact", _tr("&Contact"), _tr("Contact"), False),
        ("opening_hours", _tr("&Openingsuren"), _tr("Openingsuren"), False),
        ("accessibility", _tr("&Toegankelijkheid"), _tr("Toegankelijkheid"), True),
        ("languages", _tr("Ta&len"), _tr("Talen die er gesproken worden"), False),
        ("last_checked", _tr("Laatst nage&keken"), _tr("Laatst nagekeken"), False),
        ("notes", _tr("Notit&ies"), _tr("Notities"), True),
    ]


class EntryForm(QWidget):
    """Emits ``edited`` whenever the user changes anything (not while loading)."""

    edited = Signal()

    def __init__(self, today=date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._loading = False
        self.fields: dict[str, QWidget] = {}
        self.messages: dict[str, FieldMessage] = {}
        self.kind_field = ComboBox(self)
        for kind in NeighbourhoodKind:
            self.kind_field.addItem(kind_text(kind), str(kind))
        self.kind_field.currentIndexChanged.connect(self._changed)
        self.neighbourhood_completer = QCompleter([], self)
        self.neighbourhood_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.checked_today = QPushButton(_tr("&Vandaag nagekeken"), self)
        self.checked_today.setObjectName("register_checked_today")
        self.checked_today.setAutoDefault(False)
        self.checked_today.clicked.connect(self._mark_checked_today)

        grid = QGridLayout(self)
        grid.setContentsMargins(8, 8, 8, 8)
        grid.setHorizontalSpacing(16)
        forms = (QFormLayout(), QFormLayout())
        for form in forms:
            # Labels above their fields: two columns of full-width fields fit beside the list.
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setVerticalSpacing(4)
        for position, (key, label_text, accessible, multiline) in enumerate(_layout()):
            field = self._make(key, accessible, multiline)
            box, message = with_message(field, f"register_{key}")
            self.messages[key] = message
            if key == "last_checked":
                row = QWidget(self)
                row_layout = QHBoxLayout(row)
                row_layout.setContentsMargins(0, 0, 0, 0)
                row_layout.addWidget(box, 1)
                row_layout.addWidget(self.checked_today, 0, Qt.AlignmentFlag.AlignTop)
                box = row
            label = QLabel(label_text, self)
            label.setBuddy(field)
            forms[0 if position < 6 else 1].addRow(label, box)
        grid.addLayout(forms[0], 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(forms[1], 0, 1, Qt.AlignmentFlag.AlignTop)
        grid.setRowStretch(1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        chain = [self.fields[key] for key, *_ in _layout()]
        chain.insert(chain.index(self.fields["last_checked"]) + 1, self.checked_today)
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _make(self, key: str, accessible: str, multiline: bool) -> QWidget:
        if key == "kind":
            field: QWidget = self.kind_field
        elif multiline:
            field = QPlainTextEdit(self)
            field.setTabChangesFocus(True)
            field.setFixedHeight(64 if key != "notes" else 110)
            field.textChanged.connect(self._changed)
        else:
            field = QLineEdit(self)
            field.textEdited.connect(self._changed)
        if key == "last_checked":
            field.setPlaceholderText(_tr("dd-mm-jjjj"))
        if key == "neighbourhood":
            field.setCompleter(self.neighbourhood_completer)
        field.setObjectName(f"register_field_{key}")
        field.setAccessibleName(accessible)
        self.fields[key] = field
        return field

    def _changed(self, *_args) -> None:
        if not self._loading:
            self.edited.emit()

    def _mark_checked_today(self) -> None:
        self.fields["last_checked"].setText(display_date(self._today().isoformat()))
        self._changed()

    def set_neighbourhoods(self, names: list[str]) -> None:
        self.neighbourhood_completer.model().setStringList(names)  # type: ignore[attr-defined]

    # -- data --------------------------------------------------------------------------------
    def load(self, entry: NeighbourhoodEntry) -> None:
        self._loading = True
        try:
            for key, field in self.fields.items():
                if key == "kind":
                    self.kind_field.setCurrentIndex(self.kind_field.findData(str(entry.kind)))
                elif key == "last_checked":
                    field.setText(display_date(entry.last_checked))
                elif isinstance(field, QPlainTextEdit):
                    field.setPlainText(getattr(entry, key))
                else:
                    field.setText(getattr(entry, key))
                    field.setCursorPosition(0)
            self.show_errors([])
        finally:
            self._loading = False

    def collect(self, entry_id: int | None) -> tuple[NeighbourhoodEntry, list[FieldError]]:
        """The entry as typed, and every problem with it (empty: it may be stored)."""
        values: dict[str, object] = {}
        errors: list[FieldError] = []
        for key, field in self.fields.items():
            if key == "kind":
                values[key] = NeighbourhoodKind(self.kind_field.currentData())
            elif key == "last_checked":
                try:
                    values[key] = parse_user_date(field.text())
                except ValueError:
                    values[key] = None
                    errors.append(FieldError("last_checked", "date_invalid"))
            elif isinstance(field, QPlainTextEdit):
                values[key] = field.toPlainText()
            else:
                values[key] = field.text()
        entry = NeighbourhoodEntry(id=entry_id, **values)  # type: ignore[arg-type]
        errors.extend(validate_entry(entry))
        return entry, errors

    def show_errors(self, errors: list[FieldError]) -> None:
        by_field: dict[str, str] = {}
        for error in errors:
            by_field.setdefault(error.field, field_message(error.field, error.code))
        for key, message in self.messages.items():
            if key in by_field:
                message.show_message(by_field[key])
            else:
                message.clear_message()

    def visible_messages(self) -> list[str]:
        return [m.message() for m in self.messages.values() if m.text()]

    def first_invalid_field(self) -> QWidget:
        for key, message in self.messages.items():
            if message.text():
                return self.fields[key]
        return self.fields["name"]

    def focus_name(self) -> None:
        self.fields["name"].setFocus(Qt.FocusReason.OtherFocusReason)
