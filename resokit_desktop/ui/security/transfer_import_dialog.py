"""Take over a client from a colleague: choose the file, check it, preview, then import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from resokit_desktop.services import privacy_exports
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.services.errors import StorageError
from resokit_desktop.services.privacy_exports import TransferPreview, TransferRefused
from resokit_desktop.translation import translator

_tr = translator("TransferImportDialog")


def counts_text(counts: dict[str, int]) -> str:
    parts = [
        (counts.get("sessions", 0), _tr("gesprek(ken)")),
        (counts.get("agreements", 0), _tr("afspraak/afspraken")),
        (counts.get("contacts", 0), _tr("persoon/plaats(en) in het netwerk")),
        (counts.get("web_versions", 0), _tr("versie(s) van het inclusieweb")),
        (counts.get("role_plans", 0), _tr("rolplan(nen)")),
    ]
    return ", ".join(f"{n} {label}" for n, label in parts if n)


class TransferImportDialog(QDialog):
    def __init__(self, dossier: DossierFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transfer_import_dialog")
        self.setWindowTitle(_tr("Overdracht van een collega inlezen"))
        self.resize(560, 360)
        self._dossier = dossier
        self.preview: TransferPreview | None = None
        self.imported_id: int | None = None
        self.file_field = QLineEdit(self)
        self.file_field.setObjectName("import_file")
        self.file_field.setAccessibleName(_tr("Overdrachtsbestand"))
        self.file_field.textChanged.connect(self._reset)
        browse = QPushButton(_tr("&Kiezen…"), self)
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_field, 1)
        file_row.addWidget(browse)
        self.pass_field = QLineEdit(self)
        self.pass_field.setObjectName("import_passphrase")
        self.pass_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.pass_field.setAccessibleName(_tr("Wachtwoordzin van de overdracht"))
        self.pass_field.textChanged.connect(self._reset)
        form = QFormLayout()
        file_label = QLabel(_tr("&Bestand:"), self)
        file_label.setBuddy(self.file_field)  # a row holding a layout gets no buddy by itself
        form.addRow(file_label, file_row)
        form.addRow(_tr("&Wachtwoordzin:"), self.pass_field)
        self.check_button = QPushButton(_tr("&Controleren"), self)
        self.check_button.setObjectName("import_check")
        self.check_button.clicked.connect(self._check)
        self.preview_label = QLabel(self)
        self.preview_label.setObjectName("import_preview")
        self.preview_label.setWordWrap(True)
        self.as_new = QRadioButton(_tr("Inlezen als &nieuwe cliënt"), self)
        self.as_new.setObjectName("import_as_new")
        self.skip = QRadioButton(_tr("&Niet inlezen (overslaan)"), self)
        self.skip.setObjectName("import_skip")
        group = QButtonGroup(self)
        group.addButton(self.as_new)
        group.addButton(self.skip)
        self.as_new.setChecked(True)
        self.message = QLabel(self)
        self.message.setObjectName("import_message")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.import_button = buttons.addButton(
            _tr("&Inlezen"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("import_run")
        close = buttons.addButton(_tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.clicked.connect(self._import)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.check_button)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.as_new)
        layout.addWidget(self.skip)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self._reset()

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, _tr("Overdracht kiezen"), "", _tr("Overdracht (*.resokit-overdracht)"), "",
            QFileDialog.Option.DontUseNativeDialog)
        if chosen:
            self.file_field.setText(chosen)

    def _reset(self) -> None:
        self.preview = None
        self.preview_label.setText("")
        self.as_new.setVisible(False)
        self.skip.setVisible(False)
        self.import_button.setEnabled(False)

    def _check(self) -> None:
        self._reset()
        path = Path(self.file_field.text().strip()).expanduser()
        try:
            self.preview = privacy_exports.preview_transfer(
                self._dossier, path, self.pass_field.text())
        except TransferRefused as refused:
            self._show(privacy_exports.refusal_text(refused), ok=False)
            return
        client = self.preview.client
        text = _tr("Cliënt: %1\nInhoud: %2\nGemaakt op: %3").replace(
            "%1", str(client.get("name", ""))).replace(
            "%2", counts_text(self.preview.counts) or _tr("alleen de persoonsgegevens")).replace(
            "%3", self.preview.exported_at[:10])
        self.preview_label.setText(text)
        conflict = bool(self.preview.conflicts)
        self.as_new.setVisible(conflict)
        self.skip.setVisible(conflict)
        self.as_new.setChecked(True)
        self._show(_tr("Er bestaat al een cliënt met deze naam. Kies wat er moet gebeuren.")
                   if conflict else _tr("Het bestand is in orde."), ok=not conflict)
        self.import_button.setEnabled(True)

    def _import(self) -> None:
        if self.preview is None:
            return
        choice = "skip" if self.skip.isVisible() and self.skip.isChecked() else "new"
        path = Path(self.file_field.text().strip()).expanduser()
        try:
            result = privacy_exports.import_transfer(
                self._dossier, path, self.pass_field.text(), choice)
        except TransferRefused as refused:
            self._show(privacy_exports.refusal_text(refused), ok=False)
            return
        except StorageError:
            self._show(_tr("Niet ingelezen: het dossierbestand kon niet geschreven worden. Er is "
                           "niets veranderd."), ok=False)
            return
        self.import_button.setEnabled(False)
        self.imported_id = result.client_id
        if result.client_id is None:
            self._show(_tr("Overgeslagen: er is niets ingelezen."), ok=True)
        else:
            self._show(_tr("Ingelezen als nieuwe cliënt."), ok=True)

    def _show(self, text: str, ok: bool) -> None:
        self.message.setStyleSheet("color: #2f5d3a;" if ok else
                                   "color: #8a1c1c; font-weight: bold;")
        self.message.setText(text)
