"""Handover of the chosen client: a target file and the transfer file's own passphrase."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from resokit_desktop.services import privacy_exports
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.services.errors import OutputRefused, StorageError
from resokit_desktop.services.passphrase_service import check_passphrase_text
from resokit_desktop.translation import translator
from resokit_desktop.ui.security.passphrase_texts import error_text

MIN_PASSPHRASE = 8


_tr = translator("TransferExportDialog")


class TransferExportDialog(QDialog):
    def __init__(self, dossier: DossierFile, client_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transfer_export_dialog")
        self.setWindowTitle(_tr("Overdragen aan een collega"))
        self._dossier = dossier
        self._client_id = client_id
        self.written: Path | None = None
        intro = QLabel(_tr(
            "Maakt een versleuteld bestand met alleen deze cliënt, voor een collega. Geef de "
            "wachtwoordzin apart door (niet in dezelfde e-mail als het bestand)."), self)
        intro.setWordWrap(True)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        self.target_field = QLineEdit(
            str(Path(documents) / privacy_exports.transfer_file_name(client_id)), self)
        self.target_field.setObjectName("transfer_target")
        self.target_field.setAccessibleName(_tr("Bestand voor de overdracht"))
        browse = QPushButton(_tr("&Kiezen…"), self)
        browse.clicked.connect(self._browse)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target_field, 1)
        target_row.addWidget(browse)
        self.pass_field = QLineEdit(self)
        self.pass_field.setObjectName("transfer_passphrase")
        self.pass_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.pass_field.setAccessibleName(_tr("Wachtwoordzin voor de overdracht"))
        self.repeat_field = QLineEdit(self)
        self.repeat_field.setObjectName("transfer_repeat")
        self.repeat_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_field.setAccessibleName(_tr("Wachtwoordzin herhalen"))
        form = QFormLayout()
        file_label = QLabel(_tr("&Bestand:"), self)
        file_label.setBuddy(self.target_field)  # a row holding a layout gets no buddy by itself
        form.addRow(file_label, target_row)
        form.addRow(_tr("&Wachtwoordzin:"), self.pass_field)
        form.addRow(_tr("&Herhalen:"), self.repeat_field)
        self.message = QLabel(self)
        self.message.setObjectName("transfer_message")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.export_button = buttons.addButton(
            _tr("&Overdracht maken"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("transfer_export")
        close = buttons.addButton(_tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        self.export_button.clicked.connect(self._export)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, _tr("Overdracht bewaren"), self.target_field.text(),
            _tr("Overdracht (*.resokit-overdracht)"), "",
            QFileDialog.Option.DontUseNativeDialog)
        if chosen:
            self.target_field.setText(chosen)

    def _problem(self) -> str | None:
        if len(self.pass_field.text()) < MIN_PASSPHRASE:
            return _tr("Kies een wachtwoordzin van minstens %1 tekens.").replace(
                "%1", str(MIN_PASSPHRASE))
        errors = check_passphrase_text(self.pass_field.text())  # the dossier's rule
        if errors:
            return error_text(errors[0].code)
        if self.pass_field.text() != self.repeat_field.text():
            return _tr("De twee wachtwoordzinnen zijn niet gelijk.")
        if not self.target_field.text().strip():
            return _tr("Kies waar het bestand moet komen.")
        return None

    def _export(self) -> None:
        problem = self._problem()
        if problem:
            self._show(problem, ok=False)
            return
        target = Path(self.target_field.text().strip()).expanduser()
        try:
            privacy_exports.export_transfer(
                self._dossier, self._client_id, target, self.pass_field.text())
        except OutputRefused:
            self._show(_tr("Hier kan geen bestand komen. Kies een gewone bestandsnaam in een "
                           "bestaande map."), ok=False)
            return
        except (OSError, StorageError):
            self._show(_tr("Niet gemaakt: het bestand kon niet geschreven worden (is de schijf "
                           "vol?). Er is geen half bestand achtergebleven."), ok=False)
            return
        self.written = target
        self.pass_field.clear()
        self.repeat_field.clear()
        self._show(_tr("Klaar: %1 is gemaakt.").replace("%1", target.name), ok=True)

    def _show(self, text: str, ok: bool) -> None:
        self.message.setStyleSheet("color: #2f5d3a;" if ok else
                                   "color: #8a1c1c; font-weight: bold;")
        self.message.setText(text)
