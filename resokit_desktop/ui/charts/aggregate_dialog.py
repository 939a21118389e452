"""Choose a period and write the anonymous figures (CSV + one-page PDF of team totals)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from resokit_desktop.services import aggregate_export
from resokit_desktop.translation import translator

_t = translator("AggregateExport")


class AggregateDialog(QDialog):
    """The period, a word on what leaves the file, and the export button."""

    def __init__(self, db, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(_t("Anonieme cijfers exporteren"))
        today = today or date.today()
        self.start_edit = QDateEdit(QDate(today.year, 1, 1))
        self.end_edit = QDateEdit(QDate(today.year, today.month, today.day))
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
        self.start_edit.setAccessibleName(_t("Van"))
        self.end_edit.setAccessibleName(_t("Tot en met"))
        about = QLabel(_t("Per cliënt een willekeurige code (telkens nieuw) en per versie van het "
                          "web alleen aantallen. Geen namen, notities, contactgegevens, "
                          "geboortedatum, buurt of vrije tekst. In de teamcijfers (PDF) wordt een "
                          "aantal van 1 of 2 cliënten niet getoond."))
        about.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(_t("Van"), self.start_edit)
        form.addRow(_t("Tot en met"), self.end_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(_t("Exporteren…"),
                                               QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.choose_and_export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def period(self) -> tuple[str, str]:
        return (self.start_edit.date().toString("yyyy-MM-dd"),
                self.end_edit.date().toString("yyyy-MM-dd"))

    def choose_and_export(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getSaveFileName(
            self, _t("Anonieme cijfers exporteren"),
            str(Path(folder) / _t("anonieme-cijfers.csv")), "CSV (*.csv)")
        if chosen:
            self.export_to(Path(chosen))

    def export_to(self, csv_path: Path) -> bool:
        """Write the CSV there and the PDF beside it (same name, .pdf); say what was written."""
        start, end = self.period()
        if start > end:
            self.message.setText(_t("De begindatum ligt na de einddatum."))
            return False
        csv_path = csv_path.with_suffix(".csv")
        pdf_path = csv_path.with_suffix(".pdf")
        try:
            export = aggregate_export.build(self.db, start, end)
            aggregate_export.write(export, csv_path, pdf_path)
        except (OSError, ValueError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            self.message.setText(_t("Niet geëxporteerd: {reason}").format(reason=reason))
            return False
        self.message.setText(_t("Geschreven: {csv} en {pdf} ({clients} cliënten, {versions} "
                                "versies).").format(csv=csv_path.name, pdf=pdf_path.name,
                                                   clients=export.clients,
                                                   versions=export.versions))
        return True
