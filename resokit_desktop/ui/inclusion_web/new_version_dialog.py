"""Dates of web versions: ask the date of a new one (today, or the day a paper web was drawn)
and show them as the app writes dates."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from resokit_desktop.translation import translator
from resokit_desktop.ui.widgets.dates import display_date, parse_user_date
from resokit_desktop.ui.widgets.field_message import with_message

_t = translator("NewVersionDialog")


class NewVersionDialog(QDialog):
    """One date field (dd-mm-jjjj) filled with today; Enter accepts it."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.chosen: date | None = None
        self.setWindowTitle(_t("Nieuwe versie"))
        intro = QLabel(_t("De nieuwe versie begint als kopie van de vorige, om samen te "
                          "herbekijken. Tekende je het web eerder op papier? Geef dan die "
                          "datum."))
        intro.setWordWrap(True)
        self.date_field = QLineEdit(display_date(today.isoformat()))
        self.date_field.setAccessibleName(_t("Datum van de versie"))
        self.date_field.setPlaceholderText(_t("dd-mm-jjjj"))
        self.date_field.selectAll()
        box, self.message = with_message(self.date_field, "version_date")
        form = QFormLayout()
        form.addRow(_t("&Datum:"), box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_t("Versie maken"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_t("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.date_field.textEdited.connect(lambda _text: self.message.clear_message())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def accept(self) -> None:
        try:
            iso = parse_user_date(self.date_field.text())
        except ValueError:
            self.message.show_message(_t("Schrijf de datum als dag-maand-jaar, bv. 14-03-2026."))
            self.date_field.setFocus()
            return
        if iso is None:
            self.message.show_message(_t("Geef een datum."))
            self.date_field.setFocus()
            return
        chosen = date.fromisoformat(iso)
        if chosen > self.today:
            self.message.show_message(_t("Een versie kan niet in de toekomst liggen."))
            self.date_field.setFocus()
            return
        self.chosen = chosen
        super().accept()


def version_texts(rows) -> list[str]:
    """Version dates as the app writes dates; a second version of one day gets "(2)", and so on."""
    texts, seen = [], {}
    for row in rows:
        seen[row.version_date] = seen.get(row.version_date, 0) + 1
        text = display_date(row.version_date)
        texts.append(text if seen[row.version_date] == 1 else f"{text} ({seen[row.version_date]})")
    return texts
