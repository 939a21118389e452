"""Add a card of the client's own: a short label (at most 80 characters), a group, a question."""

from __future__ import annotations

import sqlite_utils
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from resokit_desktop.domain.talents import MAX_CARD_LABEL, TalentCard, TalentGroup
from resokit_desktop.domain.validation import ValidationFailed
from resokit_desktop.services import talent_service
from resokit_desktop.services.talent_service import WriteFailedError
from resokit_desktop.translation import translator
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


class CardFields(QWidget):
    """Label, group and prompt question of one card, with the label's message under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label_field = QLineEdit(self)
        self.label_field.setObjectName("card_label_field")
        self.label_field.setAccessibleName(_tr("Naam van de kaart"))
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
        self.prompt_field = QLineEdit(self)
        self.prompt_field.setObjectName("card_prompt_field")
        self.prompt_field.setPlaceholderText(_tr("bv. Wanneer deed je dit voor het laatst?"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(_tr("Naam van de kaart:"), self.label_field)
        form.addRow("", self.label_message)
        form.addRow(_tr("Groep:"), self.group_combo)
        form.addRow(_tr("Vraag op de kaart:"), self.prompt_field)
        self.label_field.textEdited.connect(lambda _t: self.check())

    def check(self) -> bool:
        problem = label_problem(self.label_field.text())
        # An empty field while typing is not an error yet; a too long one is said at once.
        shown = problem if self.label_field.text() else ""
        self.label_message.setText(shown)
        self.label_message.setVisible(bool(shown))
        return not problem

    def show_problem(self) -> None:
        problem = label_problem(self.label_field.text())
        self.label_message.setText(problem)
        self.label_message.setVisible(bool(problem))
        self.label_field.setFocus()

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
        self.resize(520, self.sizeHint().height())

    def accept(self) -> None:
        if not self.fields.check():
            self.fields.show_problem()
            return
        try:
            self.card = talent_service.add_own_card(
                self.db, self.client_id, self.fields.label_field.text(), self.fields.group(),
                self.fields.prompt_field.text())
        except ValidationFailed:
            self.fields.show_problem()
            return
        except WriteFailedError as exc:
            self.fields.label_message.setText(failure_text(exc))
            self.fields.label_message.show()
            return
        super().accept()
