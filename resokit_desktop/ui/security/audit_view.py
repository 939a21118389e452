"""The audit log in the app: a read-only table (time, event, client) and the chain check."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from resokit_desktop.services import privacy_review
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.services.privacy_review import AuditEntry
from resokit_desktop.translation import translator
from resokit_desktop.ui.widgets.dates import display_datetime

_tr = translator("AuditView")


def event_text(event: str) -> str:
    texts = {
        "opened": _tr("Dossierbestand geopend"),
        "unlocked": _tr("Ontgrendeld"),
        "exported": _tr("Geëxporteerd"),
        "printed": _tr("Afgedrukt"),
        "deleted": _tr("Cliënt definitief verwijderd"),
        "backup": _tr("Back-up gemaakt"),
        "restore": _tr("Back-up teruggezet"),
        "access_export": _tr("Inzage gegeven (PDF en JSON)"),
        "transfer_export": _tr("Overdracht aan een collega"),
        "transfer_import": _tr("Overdracht van een collega ingelezen"),
        "passphrase_changed": _tr("Wachtwoordzin gewijzigd"),
    }
    return texts.get(event, event)


def local_time(iso: str) -> str:
    try:
        return display_datetime(datetime.fromisoformat(iso).astimezone())
    except ValueError:
        return iso


class AuditTableModel(QAbstractTableModel):
    """Rows = entries, newest first; columns = when, what, which client."""

    def __init__(self, entries: list[AuditEntry], names: dict[int, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries = entries
        self._names = names

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (_tr("Wanneer"), _tr("Wat"), _tr("Cliënt"))[section]
        return None

    def client_text(self, client_id: int | None) -> str:
        if client_id is None:
            return "—"
        name = self._names.get(client_id)
        if name is None:
            return _tr("#%1 (verwijderd)").replace("%1", str(client_id))
        return f"#{client_id} {name}"

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if column == 0:
            return local_time(entry.at)
        if column == 1:
            return event_text(entry.event)
        return self.client_text(entry.client_id)


class AuditDialog(QDialog):
    def __init__(self, dossier: DossierFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audit_dialog")
        self.setWindowTitle(_tr("Logboek"))
        self.resize(720, 480)
        entries = privacy_review.audit_entries(dossier)
        ids = {e.client_id for e in entries if e.client_id is not None}
        self.model = AuditTableModel(entries, privacy_review.client_names(dossier, ids), self)
        intro = QLabel(_tr(
            "Wanneer het dossierbestand gebruikt werd: openen, afdrukken, exporteren, "
            "verwijderen, back-ups. Het logboek bewaart geen inhoud."), self)
        intro.setWordWrap(True)
        broken = privacy_review.audit_chain_break(dossier)
        self.chain_label = QLabel(self)
        self.chain_label.setObjectName("audit_chain")
        if broken is None:
            self.chain_label.setText(_tr("✓ Het logboek is volledig en ongewijzigd."))
        else:
            self.chain_label.setText(_tr(
                "⚠ Het logboek is gewijzigd of onvolledig vanaf vermelding %1.").replace(
                    "%1", str(broken)))
            self.chain_label.setStyleSheet("color: #8a1c1c; font-weight: bold;")
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setObjectName("audit_table")
        self.table.setAccessibleName(_tr("Vermeldingen in het logboek"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_tr("Sluiten"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setObjectName("close_audit")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.chain_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
