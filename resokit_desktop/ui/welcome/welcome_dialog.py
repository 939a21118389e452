"""The first-run welcome: what the tool is for, the language, the names, demo data or empty.

API (used by ui/welcome/first_run.py)::

    dialog = WelcomeDialog()
    if dialog.exec() == QDialog.DialogCode.Accepted:
        dialog.choice()  -> WelcomeChoice(language, organisation, worker, demo)

The language applies at once while the dialog is open (every text here retranslates); nothing
is kept until the user finishes: cancelling puts the earlier language back.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from resokit_desktop import i18n
from resokit_desktop.translation import translator
from resokit_desktop.ui.settings.general_page import LANGUAGE_NAMES
from resokit_desktop.ui.widgets.field_message import with_message

NAME_MAX = 120
PAGE_LANGUAGE, PAGE_NAMES, PAGE_START = range(3)

_tr = translator("WelcomeDialog")


@dataclass(frozen=True)
class WelcomeChoice:
    language: str
    organisation: str
    worker: str
    demo: bool


def _wrapped(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


class WelcomeDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome_dialog")
        self.setMinimumWidth(560)
        self._language_before = i18n.current_language()
        self.title = _wrapped(self, "welcome_title")
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.step_label = _wrapped(self, "welcome_step")
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._language_page())
        self.pages.addWidget(self._names_page())
        self.pages.addWidget(self._start_page())
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("welcome_back")
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self._back)
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("welcome_next")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self._next)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("welcome_cancel")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.step_label)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self._show_page(PAGE_LANGUAGE)

    # -- pages ----------------------------------------------------------------------------------
    def _language_page(self) -> QWidget:
        page = QWidget(self)
        self.intro = _wrapped(page, "welcome_intro")
        self.language_field = QComboBox(page)
        self.language_field.setObjectName("welcome_language")
        for code in i18n.LANGUAGES:
            self.language_field.addItem(LANGUAGE_NAMES[code], code)
        self.language_field.setCurrentIndex(max(
            self.language_field.findData(self._language_before), 0))
        self.language_field.currentIndexChanged.connect(self._language_chosen)
        self.language_label = QLabel(page)
        self.language_label.setBuddy(self.language_field)
        form = QFormLayout()
        form.addRow(self.language_label, self.language_field)
        layout = QVBoxLayout(page)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _names_page(self) -> QWidget:
        page = QWidget(self)
        self.organisation_field = QLineEdit(page)
        self.organisation_field.setObjectName("welcome_organisation")
        self.worker_field = QLineEdit(page)
        self.worker_field.setObjectName("welcome_worker")
        organisation_box, self.organisation_message = with_message(
            self.organisation_field, "welcome_organisation")
        worker_box, self.worker_message = with_message(self.worker_field, "welcome_worker")
        self.organisation_field.textEdited.connect(
            lambda _text: self.organisation_message.clear_message())
        self.worker_field.textEdited.connect(lambda _text: self.worker_message.clear_message())
        self.organisation_label = QLabel(page)
        self.organisation_label.setBuddy(self.organisation_field)
        self.worker_label = QLabel(page)
        self.worker_label.setBuddy(self.worker_field)
        self.names_hint = _wrapped(page, "welcome_names_hint")
        form = QFormLayout(page)
        form.addRow(self.names_hint)
        form.addRow(self.organisation_label, organisation_box)
        form.addRow(self.worker_label, worker_box)
        return page

    def _start_page(self) -> QWidget:
        page = QWidget(self)
        self.start_hint = _wrapped(page, "welcome_start_hint")
        self.demo_choice = QRadioButton(page)
        self.demo_choice.setObjectName("welcome_demo")
        self.empty_choice = QRadioButton(page)
        self.empty_choice.setObjectName("welcome_empty")
        self.empty_choice.setChecked(True)
        group = QButtonGroup(page)
        group.addButton(self.demo_choice)
        group.addButton(self.empty_choice)
        self.demo_hint = _wrapped(page, "welcome_demo_hint")
        self.demo_hint.setIndent(24)
        self.empty_hint = _wrapped(page, "welcome_empty_hint")
        self.empty_hint.setIndent(24)
        self.passphrase_hint = _wrapped(page, "welcome_passphrase_hint")
        layout = QVBoxLayout(page)
        layout.addWidget(self.start_hint)
        layout.addWidget(self.empty_choice)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.demo_choice)
        layout.addWidget(self.demo_hint)
        layout.addStretch(1)
        layout.addWidget(self.passphrase_hint)
        return page

    # -- texts ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(_tr("Welkom bij Resokit Desktop"))
        self.title.setText(_tr("Welkom bij Resokit Desktop"))
        self.intro.setText(_tr(
            "Met Resokit Desktop breng je samen met een cliënt diens netwerk in kaart: wie er "
            "is, wie steunt en wie er nog kan bijkomen. Je houdt gesprekken bij, tekent het "
            "inclusieweb, zoekt talenten en plant rollen die de cliënt waardeert. Alles blijft "
            "op deze computer, versleuteld."))
        self.language_label.setText(_tr("&Taal"))
        self.language_field.setAccessibleName(_tr("Taal van Resokit Desktop"))
        self.names_hint.setText(_tr(
            "Deze namen komen bovenaan wat je afdrukt. Je mag ze leeg laten en later invullen "
            "bij Instellingen."))
        self.organisation_label.setText(_tr("&Organisatie"))
        self.organisation_field.setAccessibleName(_tr("Naam van de organisatie"))
        self.worker_label.setText(_tr("&Begeleider (jouw naam)"))
        self.worker_field.setAccessibleName(_tr("Naam van de begeleider"))
        self.start_hint.setText(_tr("Waarmee wil je beginnen?"))
        self.empty_choice.setText(_tr("Met een &leeg bestand"))
        self.empty_hint.setText(_tr("Voor echt werk: je maakt zelf je eerste cliënt aan."))
        self.demo_choice.setText(_tr("Met &voorbeelddossiers"))
        self.demo_hint.setText(_tr(
            "Om rond te kijken en te oefenen: enkele verzonnen cliënten met gesprekken, webs "
            "en rollen."))
        self.passphrase_hint.setText(_tr(
            "Daarna kies je een wachtwoordzin; pas dan wordt het dossierbestand gemaakt."))
        self.back_button.setText(_tr("Te&rug"))
        self.cancel_button.setText(_tr("Annuleren"))
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_buttons(self) -> None:
        index = self.pages.currentIndex()
        self.back_button.setEnabled(index > PAGE_LANGUAGE)
        self.next_button.setText(
            _tr("&Wachtwoordzin kiezen") if index == PAGE_START else _tr("&Verder"))
        self.step_label.setText(_tr("Stap %1 van %2").replace("%1", str(index + 1))
                                .replace("%2", str(self.pages.count())))

    # -- navigation -----------------------------------------------------------------------------
    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self._update_buttons()
        first = {PAGE_LANGUAGE: self.language_field, PAGE_NAMES: self.organisation_field,
                 PAGE_START: self.empty_choice if self.empty_choice.isChecked()
                 else self.demo_choice}[index]
        first.setFocus(Qt.FocusReason.TabFocusReason)

    def _back(self) -> None:
        self._show_page(max(self.pages.currentIndex() - 1, PAGE_LANGUAGE))

    def _next(self) -> None:
        index = self.pages.currentIndex()
        if index == PAGE_NAMES and not self._names_valid():
            return
        if index == PAGE_START:
            self.accept()
            return
        self._show_page(index + 1)

    def _names_valid(self) -> bool:
        valid = True
        for field, message in ((self.worker_field, self.worker_message),
                               (self.organisation_field, self.organisation_message)):
            message.clear_message()
            if len(field.text().strip()) > NAME_MAX:
                message.show_message(_tr("Te lang: hoogstens %1 tekens.").replace(
                    "%1", str(NAME_MAX)))
                field.setFocus()
                valid = False
        return valid

    def _language_chosen(self, _index: int) -> None:
        lang = self.language_field.currentData()
        if lang != i18n.current_language():
            i18n.install_language(QCoreApplication.instance(), lang)
            self.retranslate()  # at once; the LanguageChange event comes later

    def reject(self) -> None:
        """Cancelled: the language chosen here is not kept."""
        if i18n.current_language() != self._language_before:
            i18n.install_language(QCoreApplication.instance(), self._language_before)
        super().reject()

    def language_before(self) -> str:
        """The language the application had before the welcome opened."""
        return self._language_before

    def choice(self) -> WelcomeChoice:
        return WelcomeChoice(
            language=self.language_field.currentData(),
            organisation=self.organisation_field.text().strip(),
            worker=self.worker_field.text().strip(),
            demo=self.demo_choice.isChecked())
