"""Share the register with colleagues: export all or the shown part; import with a preview that
shows what is new, what is merged and each conflict, where the user may take their value."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from resokit_desktop.services.register_service import (
    EntryFilter,
    ImportPreview,
    MergeAction,
    RegisterFileRefused,
    RegisterService,
    StorageError,
)
from resokit_desktop.translation import translator
from resokit_desktop.ui.neighbourhood.import_preview_table import ImportPreviewTable

_OK = "color: #2f5d3a;"
_PROBLEM = "color: #8a1c1c; font-weight: bold;"


_tr = translator("RegisterExchange")


def no_client_data_text() -> str:
    return _tr("Dit bestand bevat alleen het buurtregister: plaatsen, sleutelfiguren, "
               "initiatieven en organisaties. Er staan geen cliëntgegevens in; je kunt het "
               "met collega's delen.")


def refusal_text(refused: RegisterFileRefused) -> str:
    """One sentence per refusal: what is wrong with the file, and that nothing changed."""
    reason = {
        "not_a_file": _tr("dit is geen bestand dat gelezen kan worden"),
        "unreadable": _tr("het bestand kon niet gelezen worden"),
        "too_large": _tr("het bestand is te groot voor een buurtregister"),
        "not_json": _tr("dit is geen export van een buurtregister (geen JSON-tekst)"),
        "not_a_register": _tr("dit is geen export van een buurtregister"),
        "newer_version": _tr("het bestand komt uit een nieuwere versie van Resokit; werk de "
                             "toepassing eerst bij"),
        "unexpected_field": _tr("het bestand bevat meer dan registeritems (%1)"),
        "invalid_entry": _tr("een item in het bestand klopt niet (%1)"),
        "too_many": _tr("het bestand bevat te veel items"),
    }.get(refused.code, _tr("het bestand klopt niet"))
    return _tr("Niet ingelezen: %1. Er is niets veranderd.").replace(
        "%1", reason.replace("%1", refused.detail))


def _file_row(parent: QWidget, field: QLineEdit, browse: Callable[[], None]) -> QHBoxLayout:
    button = QPushButton(_tr("&Kiezen…"), parent)
    button.setAutoDefault(False)
    button.clicked.connect(browse)
    row = QHBoxLayout()
    label = QLabel(_tr("&Bestand:"), parent)
    label.setBuddy(field)
    row.addWidget(label)
    row.addWidget(field, 1)
    row.addWidget(button)
    return row


class _ExchangeDialog(QDialog):
    def exec_and_free(self) -> int:
        try:
            return self.exec()
        finally:
            self.deleteLater()

    def _show(self, text: str, ok: bool) -> None:
        self.message.setStyleSheet(_OK if ok else _PROBLEM)
        self.message.setText(text)


class ExportDialog(_ExchangeDialog):
    def __init__(self, service: RegisterService, shown: EntryFilter,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("register_export_dialog")
        self.setWindowTitle(_tr("Buurtregister exporteren"))
        self.resize(620, 300)
        self._service = service
        self._shown = shown
        self.written: Path | None = None
        notice = QLabel(no_client_data_text(), self)
        notice.setObjectName("register_export_notice")
        notice.setWordWrap(True)
        total, part = service.count(), len(service.entries(shown))
        self.all_entries = QRadioButton(_tr("Het &hele register (%1 items)").replace(
            "%1", str(total)), self)
        self.all_entries.setObjectName("register_export_all")
        self.shown_entries = QRadioButton(_tr("Alleen wat nu ge&toond wordt (%1 items)").replace(
            "%1", str(part)), self)
        self.shown_entries.setObjectName("register_export_shown")
        group = QButtonGroup(self)
        group.addButton(self.all_entries)
        group.addButton(self.shown_entries)
        self.all_entries.setChecked(True)
        self.file_field = QLineEdit(self)
        self.file_field.setObjectName("register_export_file")
        self.file_field.setAccessibleName(_tr("Bestand om naar te exporteren"))
        self.file_field.setText(str(Path.home() / f"buurtregister-{date.today().isoformat()}.json"))
        self.message = QLabel(self)
        self.message.setObjectName("register_export_message")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.export_button = buttons.addButton(_tr("E&xporteren"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("register_export_run")
        buttons.addButton(_tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        self.export_button.clicked.connect(self._export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(notice)
        layout.addWidget(self.all_entries)
        layout.addWidget(self.shown_entries)
        layout.addLayout(_file_row(self, self.file_field, self._browse))
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, _tr("Exporteren naar"), self.file_field.text(),
            _tr("Buurtregister (*.json)"), "", QFileDialog.Option.DontUseNativeDialog)
        if chosen:
            self.file_field.setText(chosen)

    def _export(self) -> None:
        text = self.file_field.text().strip()
        if not text:
            self._show(_tr("Kies eerst een bestand."), ok=False)
            return
        target = Path(text).expanduser()
        if target.is_file() and not self._may_replace(target):
            return
        query = self._shown if self.shown_entries.isChecked() else None
        try:
            count = self._service.export(target, query)
        except OSError as exc:
            self._show(_tr("Niet geëxporteerd: %1 kon niet geschreven worden (%2).").replace(
                "%1", target.name).replace("%2", exc.strerror or str(exc)), ok=False)
            return
        self.written = target
        self._show(_tr("%1 items geëxporteerd naar %2. Het bestand bevat geen cliëntgegevens.")
                   .replace("%1", str(count)).replace("%2", str(target)), ok=True)


    def _may_replace(self, target: Path) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, _tr("Bestand vervangen?"),
                          _tr("%1 bestaat al. Vervangen door deze export?").replace(
                              "%1", target.name), parent=self)
        box.setObjectName("register_export_replace")
        replace = box.addButton(_tr("Vervangen"), QMessageBox.ButtonRole.AcceptRole)
        replace.setObjectName("register_export_replace_yes")
        keep = box.addButton(_tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("register_export_replace_no")
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        box.deleteLater()
        return box.clickedButton() is replace


class ImportDialog(_ExchangeDialog):
    def __init__(self, service: RegisterService, today: Callable[[], date],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("register_import_dialog")
        self.setWindowTitle(_tr("Register van een collega importeren"))
        self.resize(900, 560)
        self._service = service
        self._today = today
        self.preview: ImportPreview | None = None
        self.imported = False
        intro = QLabel(_tr(
            "Items die je al hebt (zelfde naam en adres) worden samengevoegd: de notities van "
            "beide kanten blijven bewaard en lege velden worden aangevuld. Waar jullie iets "
            "anders invulden, blijft jouw versie, tenzij je hieronder 'Hun versie' aanvinkt. "
            "De lijst toont wat er verandert."),
            self)
        intro.setWordWrap(True)
        self.file_field = QLineEdit(self)
        self.file_field.setObjectName("register_import_file")
        self.file_field.setAccessibleName(_tr("Bestand van de collega"))
        self.file_field.textChanged.connect(self._reset)
        self.check_button = QPushButton(_tr("&Controleren"), self)
        self.check_button.setObjectName("register_import_check")
        self.check_button.setAutoDefault(False)
        self.check_button.clicked.connect(self.check)
        self.summary = QLabel(self)
        self.summary.setObjectName("register_import_summary")
        self.summary.setWordWrap(True)
        self.conflicts = ImportPreviewTable(self)
        self.message = QLabel(self)
        self.message.setObjectName("register_import_message")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.import_button = buttons.addButton(_tr("&Importeren"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("register_import_run")
        buttons.addButton(_tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.clicked.connect(self._import)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(_file_row(self, self.file_field, self._browse))
        layout.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.summary)
        layout.addWidget(self.conflicts, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._reset()

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, _tr("Register van een collega kiezen"), "", _tr("Buurtregister (*.json)"),
            "", QFileDialog.Option.DontUseNativeDialog)
        if chosen:
            self.file_field.setText(chosen)

    def _reset(self) -> None:
        self.preview = None
        self.summary.setText("")
        self.conflicts.show_preview(None)
        self.conflicts.setVisible(False)
        self.import_button.setEnabled(False)

    def check(self) -> None:
        self._reset()
        text = self.file_field.text().strip()
        if not text:
            self._show(_tr("Kies eerst een bestand."), ok=False)
            return
        try:
            self.preview = self._service.preview_import(Path(text).expanduser())
        except RegisterFileRefused as refused:
            self._show(refusal_text(refused), ok=False)
            return
        counts = [self.preview.count(a) for a in (MergeAction.NEW, MergeAction.MERGE,
                                                  MergeAction.SAME)]
        self.summary.setText(_tr(
            "%1 nieuwe items, %2 items die je al hebt en aangevuld worden, %3 items die al "
            "gelijk zijn.").replace("%1", str(counts[0])).replace("%2", str(counts[1]))
            .replace("%3", str(counts[2])))
        self.conflicts.show_preview(self.preview)
        self.conflicts.setVisible(bool(self.conflicts.rowCount()))
        self._show(_tr("Het bestand is in orde. Kijk de verschillen na en kies Importeren."),
                   ok=True)
        self.import_button.setEnabled(bool(counts[0] or counts[1]))

    def _import(self) -> None:
        if self.preview is None:
            return
        self.conflicts.apply_choices()
        marker = _tr("— Aangevuld uit het buurtregister van een collega (%1) —")
        try:
            result = self._service.apply_import(self.preview, marker, self._today())
        except StorageError:
            self._show(_tr("Niet ingelezen: het dossierbestand kon niet geschreven worden. Er "
                           "is niets veranderd."), ok=False)
            return
        self.imported = True
        self.import_button.setEnabled(False)
        self._show(_tr("Geïmporteerd: %1 nieuw, %2 aangevuld.").replace(
            "%1", str(result.added)).replace("%2", str(result.merged)), ok=True)
