"""Retention review: closed dossiers past the set number of years, and that number."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from resokit_desktop.services import privacy_review
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.services.errors import WriteFailedError
from resokit_desktop.translation import translator
from resokit_desktop.ui.widgets.wheel_safe import SpinBox

_tr = translator("RetentionDialog")


class RetentionDialog(QDialog):
    def __init__(self, dossier: DossierFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retention_dialog")
        self.setWindowTitle(_tr("Bewaartermijn nakijken"))
        self.resize(640, 420)
        self._dossier = dossier
        intro = QLabel(_tr(
            "Gesloten dossiers waarin langer dan de bewaartermijn niets meer gebeurde. Kijk ze "
            "na: bewaar ze met een reden, of verwijder ze definitief."), self)
        intro.setWordWrap(True)
        self.years = SpinBox(self)
        self.years.setObjectName("retention_years")
        self.years.setRange(privacy_review.MIN_YEARS, privacy_review.MAX_YEARS)
        self.years.setSuffix(_tr(" jaar"))
        self.years.setAccessibleName(_tr("Bewaartermijn in jaren"))
        self.years.setValue(privacy_review.retention_years(dossier))
        self.years.valueChanged.connect(self._years_changed)
        row = QHBoxLayout()
        label = QLabel(_tr("&Bewaartermijn na sluiten:"), self)
        label.setBuddy(self.years)
        row.addWidget(label)
        row.addWidget(self.years)
        row.addStretch(1)
        self.table = QTableWidget(0, 2, self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setObjectName("retention_table")
        self.table.setHorizontalHeaderLabels([_tr("Cliënt"), _tr("Laatste activiteit")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("retention_empty")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_tr("Sluiten"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        rows = privacy_review.dossiers_for_review(self._dossier)
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            name = QTableWidgetItem(row.name)
            name.setData(Qt.ItemDataRole.UserRole, row.client_id)
            self.table.setItem(number, 0, name)
            self.table.setItem(number, 1, QTableWidgetItem(row.last_activity))
        self.empty_label.setText(
            _tr("Geen dossiers om na te kijken.") if not rows
            else _tr("%1 dossier(s) om na te kijken.").replace("%1", str(len(rows))))

    def _years_changed(self, value: int) -> None:
        try:
            privacy_review.set_retention_years(self._dossier, value)
        except WriteFailedError:
            QMessageBox.warning(self, self.windowTitle(), _tr(
                "Niet bewaard: de bewaartermijn kon niet opgeslagen worden. Wat eerder bewaard "
                "was, blijft intact."))
            return
        self.refresh()
