"""What is said about a sorted card: who named it, an example in the client's words, energy."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from resokit_desktop.domain.talents import MAX_LABEL, MAX_TEXT, NamedBy, SortedTalent
from resokit_desktop.translation import translator
from resokit_desktop.ui.talents.sort_model import CardSortModel
from resokit_desktop.ui.talents.talent_texts import named_by_text, ui_language
from resokit_desktop.ui.widgets.wheel_safe import ComboBox

_tr = translator("CardDetails")


class CardDetails(QWidget):
    """Edits the selected card's talent in place; asks the model to save after each edit."""

    focus_requested = Signal(str)

    def __init__(self, model: CardSortModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card_details")
        self.model = model
        self.key: str | None = None
        self._loading = False
        self.title = QLabel(self)
        self.title.setObjectName("card_details_title")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold; font-size: 13pt;")
        self.prompt = QLabel(self)
        self.prompt.setWordWrap(True)
        self.prompt.setStyleSheet("color: #4a4a4a; font-style: italic;")
        self.named_by = ComboBox(self)
        self.named_by.setObjectName("named_by_combo")
        self.named_by.setAccessibleName(_tr("Wie noemde dit talent"))
        for value in NamedBy:
            self.named_by.addItem(named_by_text(value), str(value))
        self.contact = ComboBox(self)
        self.contact.setObjectName("named_by_contact")
        self.contact.setAccessibleName(_tr("Wie uit het netwerk"))
        self.who = QLineEdit(self)
        self.who.setObjectName("named_by_name")
        self.who.setMaxLength(MAX_LABEL)
        self.who.setPlaceholderText(_tr("bv. mijn buurvrouw"))
        self.who.setAccessibleName(_tr("Naam van wie het noemde"))
        self.example = QPlainTextEdit(self)
        self.example.setObjectName("talent_example")
        self.example.setTabChangesFocus(True)
        self.example.setPlaceholderText(_tr("Wanneer liet je dit zien? In je eigen woorden."))
        self.example.setAccessibleName(_tr("Voorbeeld in de woorden van de cliënt"))
        self.example.setMinimumHeight(70)
        self.example_message = QLabel(self)
        self.example_message.setObjectName("talent_example_message")
        self.example_message.setWordWrap(True)
        self.example_message.setStyleSheet("color: #8a1c1c;")
        self.example_message.hide()
        self.energy = ComboBox(self)
        self.energy.setObjectName("energy_combo")
        self.energy.setAccessibleName(_tr("Geeft het energie"))
        for text, value in ((_tr("nog niet besproken"), ""), (_tr("ja, geeft energie"), "yes"),
                            (_tr("nee, kost energie"), "no")):
            self.energy.addItem(text, value)
        self.focus_box = QCheckBox(_tr("Focustalent"), self)
        self.focus_box.setToolTip(_tr("Hoogstens drie focustalenten; ze gaan mee naar het "
                                      "ontwerpen van een rol."))
        # The panel beside the piles may be narrow: fields shrink, their lists stay whole.
        for field in (self.named_by, self.contact, self.energy):
            field.setSizeAdjustPolicy(ComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            field.setMinimumContentsLength(6)
            field.view().setMinimumWidth(220)
        for field in (self.who, self.example):
            field.setMinimumWidth(80)
        self.focus_box.setObjectName("focus_box")
        self.form = QWidget(self)
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        # Labels above their fields: the panel beside the piles is narrow.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(_tr("Genoemd door:"), self.named_by)
        form.addRow(_tr("Wie uit het netwerk:"), self.contact)
        form.addRow(_tr("Of in eigen woorden:"), self.who)
        form.addRow(_tr("Voorbeeld:"), self.example)
        form.addRow("", self.example_message)
        form.addRow(_tr("Energie:"), self.energy)
        form.addRow("", self.focus_box)
        self.empty = QLabel(_tr("Kies een kaart op een stapel om erbij te noteren wie het "
                                "noemde, een voorbeeld en of het energie geeft."), self)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.prompt)
        layout.addWidget(self.form)
        layout.addWidget(self.empty)
        layout.addStretch(1)
        self.named_by.currentIndexChanged.connect(self._edited)
        self.contact.currentIndexChanged.connect(self._edited)
        self.who.textEdited.connect(self._edited)
        self.example.textChanged.connect(self._edited)
        self.energy.currentIndexChanged.connect(self._energy_edited)
        self.focus_box.clicked.connect(self._focus_clicked)
        self.show_card(None)

    def set_contacts(self, contacts: list[tuple[int, str]]) -> None:
        self._loading = True
        self.contact.clear()
        self.contact.addItem(_tr("(niemand gekozen)"), None)
        for contact_id, name in contacts:
            self.contact.addItem(name, contact_id)
        self._loading = False

    def show_card(self, key: str | None) -> None:
        """Show the card with this key (a deck card: its texts only; None: a short hint)."""
        self.key = key
        card = self.model.card(key) if key else None
        talent = self.model.talent(key) if key else None
        lang = ui_language()
        self.title.setText(talent.display_label(lang) if talent is not None
                           else card.label(lang) if card is not None else "")
        self.prompt.setText(card.prompt(lang) if card is not None else "")
        self.title.setVisible(key is not None)
        self.prompt.setVisible(bool(self.prompt.text()))
        self.form.setVisible(talent is not None)
        self.empty.setVisible(talent is None)
        if talent is not None:
            self._load(talent)

    def _load(self, talent: SortedTalent) -> None:
        self._loading = True
        self.named_by.setCurrentIndex(max(self.named_by.findData(str(talent.named_by)), 0))
        contact = talent.named_by_contact_id
        self.contact.setCurrentIndex(max(self.contact.findData(contact), 0) if contact else 0)
        self.contact.setEnabled(talent.named_by is NamedBy.NETWORK)
        if self.who.text() != talent.named_by_name:
            self.who.setText(talent.named_by_name)
        if self.example.toPlainText() != talent.example:
            self.example.setPlainText(talent.example)
        energy = {None: "", True: "yes", False: "no"}[talent.gives_energy]
        self.energy.setCurrentIndex(max(self.energy.findData(energy), 0))
        self.focus_box.setChecked(talent.is_focus)
        self._check_example()
        self._loading = False

    def _talent(self) -> SortedTalent | None:
        return self.model.talent(self.key) if self.key else None

    def _edited(self, *_args) -> None:
        talent = self._talent()
        if self._loading or talent is None:
            return
        talent.named_by = NamedBy(self.named_by.currentData())
        network = talent.named_by is NamedBy.NETWORK
        self.contact.setEnabled(network)
        talent.named_by_contact_id = self.contact.currentData() if network else None
        talent.named_by_name = self.who.text()
        talent.example = self.example.toPlainText()
        self._check_example()
        self.model.details_edited()

    def _check_example(self) -> None:
        length = len(self.example.toPlainText())
        too_long = length > MAX_TEXT
        self.example_message.setText(
            _tr("Te lang: hoogstens %1 tekens (nu %2). Dit kaartje wordt pas bewaard als het "
                "korter is.").replace("%1", str(MAX_TEXT)).replace("%2", str(length))
            if too_long else "")
        self.example_message.setVisible(too_long)

    def _energy_edited(self, *_args) -> None:
        talent = self._talent()
        if self._loading or talent is None:
            return
        talent.gives_energy = {"": None, "yes": True, "no": False}[self.energy.currentData()]
        self.model.details_edited(redraw=True)

    def _focus_clicked(self) -> None:
        talent = self._talent()
        if talent is None:
            return
        self.focus_box.setChecked(talent.is_focus)  # the model decides; it redraws us
        self.focus_requested.emit(talent.card_key)
