"""Choose a period and write the anonymous figures (CSV + one-page PDF of team totals).

The figures are gathered and both files written off the UI thread (``ui/widgets/background``),
on a connection of their own; meanwhile the dialog says it is busy and its buttons are off.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QApplication,
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
from resokit_desktop.ui.widgets.background import BackgroundCall

_t = translator("AggregateExport")


class AggregateDialog(QDialog):
    """The period, a word on what leaves the file, and the export button."""

    def __init__(self, dossier, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.dossier = dossier
        self._call = BackgroundCall(self, name="resokit-aggregate")
        self._call.finished.connect(self._done)
        self._written: tuple[Path, Path] | None = None
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
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
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

    @property
    def busy(self) -> bool:
        """True while the figures are being gathered and written."""
        return self._call.running

    def choose_target(self) -> Path | None:
        """Ask where the CSV goes (the PDF goes beside it)."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getSaveFileName(
            self, _t("Anonieme cijfers exporteren"),
            str(Path(folder) / _t("anonieme-cijfers.csv")), "CSV (*.csv)")
        return Path(chosen) if chosen else None

    def choose_and_export(self) -> None:
        chosen = self.choose_target()
        if chosen is not None:
            self.export_to(chosen)

    def export_to(self, csv_path: Path) -> bool:
        """Start writing the CSV there and the PDF beside it (same name, .pdf) in the
        background; False (and a message) when the period is wrong. The result is shown when
        the work is done."""
        if self.busy:
            return False
        start, end = self.period()
        if start > end:
            self.message.setText(_t("De begindatum ligt na de einddatum."))
            return False
        csv_path = csv_path.with_suffix(".csv")
        pdf_path = csv_path.with_suffix(".pdf")
        self._written = (csv_path, pdf_path)
        self._set_busy(True)
        self._call.start(self.dossier.reading_job(
            lambda db: aggregate_export.build_and_write(db, start, end, csv_path, pdf_path)))
        return True

    def wait(self) -> None:
        """Block until a running export is done and show its result (tests, closing)."""
        self._call.wait()

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.export_button, self.close_button, self.start_edit, self.end_edit):
            widget.setEnabled(not busy)
        if busy:
            self.message.setText(_t("Bezig met exporteren…"))
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        else:
            QApplication.restoreOverrideCursor()

    def _done(self, result: object) -> None:
        self._set_busy(False)
        if isinstance(result, Exception):
            exc = result
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            self.message.setText(_t("Niet geëxporteerd: {reason}").format(reason=reason))
            return
        csv_path, pdf_path = self._written
        self.message.setText(_t("Geschreven: {csv} en {pdf} ({clients} cliënten, {versions} "
                                "versies).").format(csv=csv_path.name, pdf=pdf_path.name,
                                                   clients=result.clients,
                                                   versions=result.versions))

    def reject(self) -> None:
        """Esc and Close wait while the files are being written (nothing is left half-done)."""
        if not self.busy:
            super().reject()
