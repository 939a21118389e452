"""Settings pages for the organisation name, the worker's name and the organisation's logo."""

from __future__ import annotations

import base64

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from resokit_desktop import i18n
from resokit_desktop.services import dossier_service
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.translation import translator
from resokit_desktop.ui.settings.settings_pages import register_page
from resokit_desktop.ui.widgets.field_message import with_message

ORGANISATION_NAME = "organisation.name"
WORKER_NAME = "worker.name"
ORGANISATION_LOGO = "organisation.logo_png"
LOGO_MAX_SIDE = 600
# Each language by its own name, so a user who cannot read the current one still finds theirs.
LANGUAGE_NAMES = {"nl": "Nederlands", "fr": "Français", "en": "English"}


_tr = translator("SettingsPages")


class GeneralPage(QWidget):
    def __init__(self, dossier: DossierFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = dossier.db
        self.organisation_field = QLineEdit(self)
        self.organisation_field.setObjectName("setting_organisation_name")
        self.organisation_field.setAccessibleName(_tr("Naam van de organisatie"))
        self.worker_field = QLineEdit(self)
        self.worker_field.setObjectName("setting_worker_name")
        self.worker_field.setAccessibleName(_tr("Naam van de begeleider"))
        form = QFormLayout(self)
        organisation_label = QLabel(_tr("&Organisatie"), self)
        organisation_label.setBuddy(self.organisation_field)
        worker_label = QLabel(_tr("&Begeleider (jouw naam)"), self)
        worker_label.setBuddy(self.worker_field)
        form.addRow(organisation_label, self.organisation_field)
        form.addRow(worker_label, self.worker_field)
        hint = QLabel(_tr("Deze namen komen bovenaan de afgedrukte samenvatting."), self)
        hint.setWordWrap(True)
        form.addRow(hint)
        self.language_field = QComboBox(self)
        self.language_field.setObjectName("setting_language")
        self.language_field.setAccessibleName(_tr("Taal van Resokit Desktop"))
        for code in i18n.LANGUAGES:
            self.language_field.addItem(LANGUAGE_NAMES[code], code)
        language_label = QLabel(_tr("&Taal"), self)
        language_label.setBuddy(self.language_field)
        form.addRow(language_label, self.language_field)
        language_hint = QLabel(_tr("Geldt meteen, voor de hele toepassing."), self)
        language_hint.setWordWrap(True)
        form.addRow(language_hint)

    def load(self) -> None:
        self.organisation_field.setText(
            dossier_service.get_setting(self._db, ORGANISATION_NAME, ""))
        self.worker_field.setText(dossier_service.get_setting(self._db, WORKER_NAME, ""))
        shown = self.language_field.findData(i18n.current_language())
        self.language_field.setCurrentIndex(max(shown, 0))

    def validate(self) -> list[str]:
        return []

    def save(self) -> None:
        organisation = self.organisation_field.text().strip()
        dossier_service.set_setting(self._db, ORGANISATION_NAME, organisation)
        dossier_service.set_setting(self._db, WORKER_NAME, self.worker_field.text().strip())
        self._apply_language(self.language_field.currentData())

    @staticmethod
    def _apply_language(lang: str) -> None:
        """Keep the choice for the next start and switch now (open windows retranslate)."""
        i18n.remember_language(lang)
        if lang != i18n.current_language():
            i18n.install_language(QCoreApplication.instance(), lang)


def image_to_png_base64(image: QImage) -> str:
    """Scale down very large logos and store them as PNG bytes, base64-encoded."""
    if max(image.width(), image.height()) > LOGO_MAX_SIDE:
        image = image.scaled(LOGO_MAX_SIDE, LOGO_MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return base64.b64encode(bytes(data.data())).decode("ascii")


class LogoPage(QWidget):
    def __init__(self, dossier: DossierFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = dossier.db
        self._logo: str | None = None
        self.path_field = QLineEdit(self)
        self.path_field.setObjectName("setting_logo_path")
        self.path_field.setAccessibleName(_tr("Pad naar het logobestand"))
        self.path_field.setPlaceholderText(_tr("een PNG- of JPG-bestand"))
        self.path_field.editingFinished.connect(self._load_path)
        path_box, self.message = with_message(self.path_field, "logo_path")
        choose = QPushButton(_tr("&Kiezen…"), self)
        choose.setObjectName("setting_logo_choose")
        choose.clicked.connect(self._choose)
        remove = QPushButton(_tr("Logo &weghalen"), self)
        remove.setObjectName("setting_logo_remove")
        remove.clicked.connect(self._remove)
        self.preview = QLabel(self)
        self.preview.setObjectName("setting_logo_preview")
        self.preview.setMinimumHeight(120)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row = QHBoxLayout()
        row.addWidget(path_box, 1)
        row.addWidget(choose, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        label = QLabel(_tr("&Logo van de organisatie (komt op de samenvatting; wordt in het "
                           "dossierbestand bewaard)"), self)
        label.setWordWrap(True)
        label.setBuddy(self.path_field)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addWidget(self.preview, 1)

    def load(self) -> None:
        self._logo = dossier_service.get_setting(self._db, ORGANISATION_LOGO, None)
        self._show_preview()

    def validate(self) -> list[str]:
        self._load_path()
        return [self.message.text().removeprefix("⚠ ")] if self.message.text() else []

    def save(self) -> None:
        dossier_service.set_setting(self._db, ORGANISATION_LOGO, self._logo)

    def set_logo_file(self, path: str) -> bool:
        self.path_field.setText(path)
        return self._load_path()

    def logo_base64(self) -> str | None:
        return self._logo

    def _load_path(self) -> bool:
        path = self.path_field.text().strip()
        self.message.clear_message()
        if not path:
            return True
        image = QImage(path)
        if image.isNull():
            self.message.show_message(_tr("Dit bestand kan niet als afbeelding gelezen worden."))
            return False
        self._logo = image_to_png_base64(image)
        self._show_preview()
        return True

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, _tr("Logo kiezen"), "", _tr("Afbeeldingen (*.png *.jpg *.jpeg *.bmp)"))
        if path:
            self.set_logo_file(path)

    def _remove(self) -> None:
        self._logo = None
        self.path_field.clear()
        self.message.clear_message()
        self._show_preview()

    def _show_preview(self) -> None:
        if not self._logo:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(_tr("Geen logo gekozen."))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(base64.b64decode(self._logo), "PNG")
        self.preview.setPixmap(pixmap.scaled(
            240, 120, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))


register_page("general", 10, lambda: _tr("Organisatie en begeleider"),
              lambda dossier, parent: GeneralPage(dossier, parent))
register_page("logo", 20, lambda: _tr("Logo"), lambda dossier, parent: LogoPage(dossier, parent))
