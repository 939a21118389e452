"""The settings dialog: a list of registered pages; OK saves every page, Cancel changes nothing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.services.errors import WriteFailedError
from resokit_desktop.translation import translator
from resokit_desktop.ui.help.help_actions import install_help_key
from resokit_desktop.ui.settings.settings_pages import registered_pages
from resokit_desktop.ui.widgets.save_status import failure_text

_tr = translator("SettingsDialog")


class SettingsDialog(QDialog):
    def __init__(self, dossier: DossierFile, parent: QWidget | None = None,
                 on_saved: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self._on_saved = on_saved  # e.g. the session re-reads its idle-lock time
        self.setObjectName("settings_dialog")
        self.setWindowTitle(_tr("Instellingen"))
        install_help_key(self, "settings")  # F1: the settings' help page
        self.resize(720, 440)
        self.page_list = QListWidget(self)
        self.page_list.setObjectName("settings_page_list")
        self.page_list.setAccessibleName(_tr("Onderdelen van de instellingen"))
        self.page_list.setSpacing(3)
        self.pages_stack = QStackedWidget(self)
        self.pages: dict[str, QWidget] = {}
        for spec in registered_pages():
            page = spec.factory(dossier, self.pages_stack)
            page.load()
            self.pages[spec.key] = page
            self.page_list.addItem(spec.title())
            self.pages_stack.addWidget(page)
        self.page_list.currentRowChanged.connect(self.pages_stack.setCurrentIndex)
        self.page_list.setCurrentRow(0)
        # Every page's name whole (French and English names are longer than the Dutch).
        self.page_list.setFixedWidth(self.page_list.sizeHintForColumn(0)
                                     + 2 * self.page_list.frameWidth() + 12)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("settings_error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #8a1c1c; font-weight: bold;")
        self.error_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_tr("Bewaren"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        body = QHBoxLayout()
        body.addWidget(self.page_list)
        body.addWidget(self.pages_stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def show_page(self, key: str) -> QWidget:
        self.page_list.setCurrentRow(list(self.pages).index(key))
        return self.pages[key]

    def accept(self) -> None:
        for index, page in enumerate(self.pages.values()):
            problems = page.validate()
            if problems:
                self.page_list.setCurrentRow(index)
                self.error_label.setText("⚠ " + " ".join(problems))
                self.error_label.show()
                return
        try:
            for page in self.pages.values():
                page.save()
        except WriteFailedError as exc:
            QMessageBox.warning(self, _tr("Niet bewaard"), failure_text(exc))
            return
        if self._on_saved is not None:
            self._on_saved()
        super().accept()
