"""Add a card of the client's own: a short label (at most 80 characters) and a question in
Dutch, French and English, and a group."""

from __future__ import annotations

import sqlite_utils
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from resokit_desktop.domain.talents import LANGUAGES, MAX_CARD_LABEL, TalentCard, TalentGroup
from resokit_desktop.domain.validation import ValidationFailed
from resokit_desktop.services import talent_service
from resokit_desktop.services.talent_service import WriteFailedError
from resokit_desktop.translation import translator
from resokit_desktop.ui.settings.general_page import LANGUAGE_NAMES
from resokit_desktop.ui.talents.talent_texts import ui_language
from resokit_desktop.ui.widgets.save_status import failure_text
from resokit_desktop.ui.widgets.wheel_safe import ComboBox

_tr = translator("OwnCardDialog")


def label_problem(text: str) -> str:
    """The message shown under a card's label field ('' when the label is fine)."""
    if not text.strip():
        return _tr("Geef de kaart een korte naam.")
    if len(text.strip()) > MAX_CARD_LABEL:
        return (_tr("Te lang: hoogstens %1 tekens, zodat de naam op de kaart past (nu %2).")
                .replace("%1", str(MAX_CARD_LABEL)).replace("%2", str(len(text.strip()))))
    return ""


def labels_problem(labels: dict[str, str]) -> str:
    """The message for a card's labels in nl/fr/en: one is needed, none may be too long."""
    filled = {lang: text for lang, text in labels.items() if text.strip()}
    if not filled:
        return label_problem("")
    for lang, text in filled.items():
        problem = label_problem(text)
        if problem:
            return f"{LANGUAGE_NAMES[lang]}: {problem}"
    return ""


class CardFields(QWidget):
    """Label and prompt question of one card in Dutch, French and English, and its group.

    A language left empty shows the Dutch text (or another language's) on the card.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label_fields: dict[str, QLineEdit] = {}
        self.prompt_fields: dict[str, QLineEdit] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(_tr("Naam op de kaart"), self), 0, 1)
        grid.addWidget(QLabel(_tr("Vraag op de kaart (mag leeg)"), self), 0, 2)
        for row, lang in enumerate(LANGUAGES, start=1):
            name = LANGUAGE_NAMES[lang]
            label_field = QLineEdit(self)
            label_field.setObjectName(f"card_label_field_{lang}")
            label_field.setAccessibleName(_tr("Naam van de kaart (%1)").replace("%1", name))
            prompt_field = QLineEdit(self)
            prompt_field.setObjectName(f"card_prompt_field_{lang}")
            prompt_field.setAccessibleName(_tr("Vraag op de kaart (%1)").replace("%1", name))
            language_label = QLabel(name + ":", self)
            language_label.setBuddy(label_field)
            grid.addWidget(language_label, row, 0)
            grid.addWidget(label_field, row, 1)
            grid.addWidget(prompt_field, row, 2)
            label_field.textEdited.connect(lambda _t: self.check())
            self.label_fields[lang] = label_field
            self.prompt_fields[lang] = prompt_field
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 3)
        self.label_field = self.label_fields["nl"]  # the Dutch label, the fallback for the others
        self.prompt_field = self.prompt_fields["nl"]
        self.label_field.setPlaceholderText(_tr("bv. Soep koken"))
        self.prompt_field.setPlaceholderText(_tr("bv. Wanneer deed je dit voor het laatst?"))
        self.label_message = QLabel(self)
        self.label_message.setObjectName("card_label_message")
        self.label_message.setWordWrap(True)
        self.label_message.setStyleSheet("color: #8a1c1c;")
        self.label_message.hide()
        self.group_combo = ComboBox(self)
        self.group_combo.setObjectName("card_group_combo")
        deck = talent_service.builtin_deck()
        for group in deck.groups:
            self.group_combo.addItem(deck.group_label(group, ui_language()), str(group))
        group_row = QHBoxLayout()
        group_label = QLabel(_tr("Groep:"), self)
        group_label.setBuddy(self.group_combo)
        group_row.addWidget(group_label)
        group_row.addWidget(self.group_combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.label_message)
        layout.addLayout(group_row)

    def labels(self) -> dict[str, str]:
        """The typed labels, only the languages that have one."""
        return {lang: field.text().strip() for lang, field in self.label_fields.items()
                if field.text().strip()}

    def prompts(self) -> dict[str, str]:
        return {lang: field.text().strip() for lang, field in self.prompt_fields.items()
                if field.text().strip()}

    def has_input(self) -> bool:
        return bool(self.labels() or self.prompts())

    def clear(self) -> None:
        for field in (*self.label_fields.values(), *self.prompt_fields.values()):
            field.clear()
        self.check()

    def check(self) -> bool:
        problem = labels_problem({k: f.text() for k, f in self.label_fields.items()})
        # Nothing typed yet is not an error yet; a too long label is said at once.
        shown = problem if any(f.text() for f in self.label_fields.values()) else ""
        self.label_message.setText(shown)
        self.label_message.setVisible(bool(shown))
        return not problem

    def show_problem(self) -> None:
        problem = labels_problem({k: f.text() for k, f in self.label_fields.items()})
        self.label_message.setText(problem)
        self.label_message.setVisible(bool(problem))
        wrong = next((field for field in self.label_fields.values()
                      if len(field.text().strip()) > MAX_CARD_LABEL), self.label_field)
        wrong.setFocus()

    def group(self) -> TalentGroup:
        return TalentGroup(self.group_combo.currentData())


class OwnCardDialog(QDialog):
    """Makes one own card for the client; ``card`` holds it after OK."""

    def __init__(self, db: sqlite_utils.Database, client_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("own_card_dialog")
        self.setWindowTitle(_tr("Eigen kaart"))
        self.db = db
        self.client_id = client_id
        self.card: TalentCard | None = None
        self.fields = CardFields(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_tr("Kaart toevoegen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_tr("Een talent dat niet in de stapel zit, alleen voor deze "
                                    "cliënt."), self))
        layout.addWidget(self.fields)
        layout.addWidget(buttons)
        self.resize(720, self.sizeHint().height())

    def accept(self) -> None:
        if not self.fields.check():
            self.fields.show_problem()
            return
        try:
            self.card = talent_service.add_own_card(
                self.db, self.client_id, self.fields.labels(), self.fields.group(),
                self.fields.prompts())
        except ValidationFailed:
            self.fields.show_problem()
            return
        except WriteFailedError as exc:
            self.fields.label_message.setText(failure_text(exc))
            self.fields.label_message.show()
            return
        super().accept()
