"""Settings page "Talentkaarten": the organisation adds its own cards and retires them.

Like every settings page, nothing is written before OK (``save()``); Cancel leaves the file alone.
Removing a card that some client sorted asks first and then retires it: it leaves the deck, and
every sort that holds it keeps it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from resokit_desktop.domain.talents import CardOrigin, TalentCard
from resokit_desktop.services import talent_service
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.translation import translator
from resokit_desktop.ui.settings.settings_pages import register_page
from resokit_desktop.ui.talents.own_card_dialog import CardFields
from resokit_desktop.ui.talents.talent_texts import ui_language

_tr = translator("CardSettingsPage")


@dataclass
class _Row:
    card: TalentCard
    action: str = ""  # "", "add", "remove", "restore"


class CardSettingsPage(QWidget):
    """The organisation's cards with their state; add, remove (or retire) and bring back."""

    def __init__(self, dossier: DossierFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card_settings_page")
        self._db = dossier.db
        self.rows: list[_Row] = []
        intro = QLabel(_tr("Kaarten die jullie organisatie aan de stapel toevoegt, voor elke "
                           "cliënt. Een kaart die al gesorteerd werd, gaat uit de stapel maar "
                           "blijft in die sorteringen staan."), self)
        intro.setWordWrap(True)
        self.card_list = QListWidget(self)
        self.card_list.setObjectName("organisation_cards")
        self.card_list.setAccessibleName(_tr("Kaarten van de organisatie"))
        self.fields = CardFields(self)
        self.add_button = QPushButton(_tr("Kaart toevoegen"), self)
        self.add_button.setObjectName("add_card_button")
        self.remove_button = QPushButton(_tr("Kaart verwijderen…"), self)
        self.remove_button.setObjectName("remove_card_button")
        self.restore_button = QPushButton(_tr("Weer in gebruik nemen"), self)
        self.restore_button.setObjectName("restore_card_button")
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.card_list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.fields)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignRight)
        self.add_button.clicked.connect(self.add_card)
        self.remove_button.clicked.connect(self.remove_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        self.card_list.currentRowChanged.connect(lambda _row: self._buttons())
        self._buttons()

    def _buttons(self) -> None:
        row = self._selected()
        self.remove_button.setEnabled(row is not None and row.action != "remove"
                                      and not (row.card.retired and row.action != "restore"))
        self.restore_button.setEnabled(row is not None and (
            (row.card.retired and row.action != "restore") or row.action == "remove"))

    # -- settings page protocol ----------------------------------------------------------------
    def load(self) -> None:
        self.rows = [_Row(card) for card in talent_service.organisation_cards(self._db)]
        self._show()

    def validate(self) -> list[str]:
        if self.fields.has_input() and not self.fields.check():
            return [self.fields.label_message.text()]
        return []

    def save(self) -> None:
        if self.fields.labels():
            self.add_card()  # typed but not yet added: nothing typed is lost
        for row in self.rows:
            if row.action == "add":
                talent_service.save_organisation_card(self._db, row.card)
            elif row.action == "remove" and row.card.id is not None:
                talent_service.remove_organisation_card(self._db, row.card.id)
            elif row.action == "restore" and row.card.id is not None:
                talent_service.restore_organisation_card(self._db, row.card.id)
            row.action = ""

    # -- actions -------------------------------------------------------------------------------
    def add_card(self) -> bool:
        if not self.fields.check():
            self.fields.show_problem()
            return False
        card = TalentCard("", self.fields.group(), self.fields.labels(), self.fields.prompts(),
                          origin=CardOrigin.ORGANISATION)
        self.rows.append(_Row(card, "add"))
        self.fields.clear()
        self._show()
        self.card_list.setCurrentRow(len(self.rows) - 1)
        return True

    def _selected(self) -> _Row | None:
        row = self.card_list.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def remove_selected(self) -> None:
        row = self._selected()
        if row is None:
            return
        if row.action == "add":  # not in the file yet: simply gone
            self.rows.remove(row)
            self._show()
            return
        used = talent_service.clients_using(self._db, row.card.id) if row.card.id else 0
        if used:
            text = (_tr("Deze kaart zit in de sortering van %1 cliënt(en). Ze gaat uit de stapel, "
                        "maar blijft in die sorteringen staan. Doorgaan?")
                    .replace("%1", str(used)))
        else:
            text = _tr("Deze kaart werd nog door niemand gesorteerd en wordt verwijderd. "
                       "Doorgaan?")
        answer = QMessageBox.question(self, _tr("Kaart verwijderen"), text)
        if answer == QMessageBox.StandardButton.Yes:
            row.action = "remove"
            self._show()

    def restore_selected(self) -> None:
        row = self._selected()
        if row is not None and (row.card.retired or row.action == "remove"):
            row.action = "restore" if row.card.retired else ""
            self._show()

    def _show(self) -> None:
        current = self.card_list.currentRow()
        self.card_list.clear()
        lang = ui_language()
        for row in self.rows:
            state = ""
            if row.action == "add":
                state = _tr("nieuw, wordt bewaard met OK")
            elif row.action == "remove":
                state = _tr("wordt verwijderd of uit gebruik genomen met OK")
            elif row.action == "restore":
                state = _tr("weer in gebruik met OK")
            elif row.card.retired:
                state = _tr("uit gebruik")
            text = row.card.label(lang) + (f"  ({state})" if state else "")
            QListWidgetItem(text, self.card_list)
        self.card_list.setCurrentRow(min(current, self.card_list.count() - 1))
        self._buttons()


register_page("talent_cards", 35, lambda: _tr("Talentkaarten"),
              lambda dossier, parent: CardSettingsPage(dossier, parent))
