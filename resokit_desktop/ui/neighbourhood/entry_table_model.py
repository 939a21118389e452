"""The register list as a Qt table model: name, kind, neighbourhood and last check per entry."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from resokit_desktop.domain.neighbourhood.entry import NeighbourhoodEntry
from resokit_desktop.translation import translator
from resokit_desktop.ui.neighbourhood.register_texts import kind_text
from resokit_desktop.ui.widgets.dates import display_date

ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
_TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
               Qt.ItemDataRole.AccessibleTextRole)


_tr = translator("NeighbourhoodRegister")


class EntryTableModel(QAbstractTableModel):
    """Rows handed in by the window (already searched and filtered by the service)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[NeighbourhoodEntry] = []

    def set_rows(self, rows: list[NeighbourhoodEntry]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (_tr("Naam"), _tr("Soort"), _tr("Buurt"), _tr("Nagekeken"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        entry = self._rows[index.row()]
        if role == ENTRY_ID_ROLE:
            return entry.id
        if role not in _TEXT_ROLES:
            return None
        column = index.column()
        if column == 0:
            return entry.name
        if column == 1:
            return kind_text(entry.kind)
        if column == 2:
            return entry.neighbourhood
        return display_date(entry.last_checked) or (
            _tr("nooit") if role != Qt.ItemDataRole.DisplayRole else "—")

    def entry_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, entry_id: int | None) -> int | None:
        for row, entry in enumerate(self._rows):
            if entry.id == entry_id:
                return row
        return None
