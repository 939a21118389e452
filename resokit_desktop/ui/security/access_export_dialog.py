"""Right-of-access export for the chosen client: folder, initials option, then PDF + JSON."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from resokit_desktop.services import privacy_exports
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.services.errors import StorageError
from resokit_desktop.translation import translator

_tr = translator("AccessExportDialog")


def choose_folder(parent: QWidget, start: str) -> str:
    """Qt's own dialog: the desktop's recent-files list never learns about client exports."""
    return QFileDialog.getExistingDirectory(
        parent, _tr("Map kiezen"), start, QFileDialog.Option.DontUseNativeDialog
        | QFileDialog.Option.ShowDirsOnly)


class AccessExportDialog(QDialog):
    def __init__(self, dossier: DossierFile, client_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("access_export_dialog")
        self.setWindowTitle(_tr("Inzage geven"))
        self._dossier = dossier
        self._client_id = client_id
        self.files: privacy_exports.AccessExportFiles | None = None
        intro = QLabel(_tr(
            "Maakt een leesbare PDF en een JSON-bestand met alle gegevens over deze cliënt, "
            "voor een vraag om inzage. Geef ze alleen aan de cliënt zelf."), self)
        intro.setWordWrap(True)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        self.folder_field = QLineEdit(documents, self)
        self.folder_field.setObjectName("access_folder")
        self.folder_field.setAccessibleName(_tr("Map voor de bestanden"))
        browse = QPushButton(_tr("&Kiezen…"), self)
        browse.setObjectName("access_browse")
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_label = QLabel(_tr("&Map:"), self)
        folder_label.setBuddy(self.folder_field)
        folder_row.addWidget(folder_label)
        folder_row.addWidget(self.folder_field, 1)
        folder_row.addWidget(browse)
        self.initials_box = QCheckBox(
            _tr("&Namen van andere personen vervangen door initialen"), self)
        self.initials_box.setObjectName("access_initials")
        self.initials_box.setChecked(True)
        self.message = QLabel(self)
        self.message.setObjectName("access_message")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            _tr("&Exporteren"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("access_export")
        close = self.buttons.addButton(_tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("access_close")
        self.export_button.clicked.connect(self._export)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(folder_row)
        layout.addWidget(self.initials_box)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _browse(self) -> None:
        chosen = choose_folder(self, self.folder_field.text())
        if chosen:
            self.folder_field.setText(chosen)

    def _export(self) -> None:
        folder = Path(self.folder_field.text().strip()).expanduser()
        if not self.folder_field.text().strip() or not folder.is_dir():
            self._show_problem(_tr("Deze map bestaat niet. Kies een bestaande map."))
            return
        try:
            self.files = privacy_exports.export_access(
                self._dossier, self._client_id, folder, self.initials_box.isChecked())
        except (OSError, StorageError):
            self._show_problem(_tr(
                "Niet geëxporteerd: de bestanden konden niet geschreven worden (is de schijf "
                "vol of de map beveiligd?). Er is geen half bestand achtergebleven."))
            return
        self.message.setStyleSheet("color: #2f5d3a;")
        self.message.setText(_tr("Klaar: %1 en %2 staan in de map.").replace(
            "%1", self.files.pdf.name).replace("%2", self.files.json.name))

    def _show_problem(self, text: str) -> None:
        self.message.setStyleSheet("color: #8a1c1c; font-weight: bold;")
        self.message.setText(text)
