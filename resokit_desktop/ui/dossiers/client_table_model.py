"""The client list as a Qt table model over clients_repo: light rows, no widget per client."""

from __future__ import annotations

import sqlite_utils
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from resokit_desktop.storage import clients_repo
from resokit_desktop.storage.clients_repo import ClientRow

# Status filter keys -> the stored statuses they show (None: every status).
STATUS_FILTERS: dict[str, tuple[str, ...] | None] = {
    "active": ("active",),
    "closed": ("closed",),
    "archived": ("archived",),
    "all": None,
}

COLUMN_NAME, COLUMN_NEIGHBOURHOOD, COLUMN_STATUS, COLUMN_NEXT_APPOINTMENT = range(4)
CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


def appointment_text(value: str | None) -> str:
    """'2026-03-02 14:30' -> '02-03-2026 14:30' (the app's date format); None -> ''."""
    if not value:
        return ""
    day, _, time = value.strip().partition(" ")
    parts = day.split("-")
    shown = "-".join(reversed(parts)) if len(parts) == 3 else day
    return f"{shown} {time}".strip()


def _sort_key(column: int):
    if column == COLUMN_NEIGHBOURHOOD:
        return lambda row: (row.neighbourhood.casefold(), row.name.casefold(), row.id)
    if column == COLUMN_STATUS:
        return lambda row: (status_text(row.status).casefold(), row.name.casefold(), row.id)
    if column == COLUMN_NEXT_APPOINTMENT:
        return lambda row: (row.next_appointment or "", row.name.casefold(), row.id)
    return lambda row: (row.name.casefold(), row.id)


def status_text(status: str) -> str:
    return {
        "active": QCoreApplication.translate("ClientTable", "Actief"),
        "closed": QCoreApplication.translate("ClientTable", "Afgesloten"),
        "archived": QCoreApplication.translate("ClientTable", "Gearchiveerd"),
    }.get(status, status)


class ClientTableModel(QAbstractTableModel):
    """Rows from clients_repo.list_clients, refiltered by search text and status."""

    def __init__(self, db: sqlite_utils.Database, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self._rows: list[ClientRow] = []
        self._search = ""
        self._status_filter = "active"
        self._sort: tuple[int, Qt.SortOrder] = (COLUMN_NAME, Qt.SortOrder.AscendingOrder)
        self.reload()

    # -- filtering ---------------------------------------------------------------------------
    def set_search(self, text: str) -> None:
        if text != self._search:
            self._search = text
            self.reload()

    def set_status_filter(self, key: str) -> None:
        if key not in STATUS_FILTERS:
            raise ValueError(key)
        if key != self._status_filter:
            self._status_filter = key
            self.reload()

    def search(self) -> str:
        return self._search

    def status_filter(self) -> str:
        return self._status_filter

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._sorted(clients_repo.list_clients(
            self._db, self._search, STATUS_FILTERS[self._status_filter]
        ))
        self.endResetModel()

    # -- sorting (a header click) --------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.columnCount():
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        where = [(self._rows[i.row()].id, i.column()) for i in persistent]
        self._rows = self._sorted(self._rows)
        rows = {item.id: row for row, item in enumerate(self._rows)}
        self.changePersistentIndexList(persistent, [self.index(rows[i], c) for i, c in where])
        self.layoutChanged.emit()

    def _sorted(self, rows: list[ClientRow]) -> list[ClientRow]:
        column, order = self._sort
        if column == COLUMN_NAME and order == Qt.SortOrder.AscendingOrder:
            return rows  # the repository's own order
        ordered = sorted(rows, key=_sort_key(column),
                         reverse=order == Qt.SortOrder.DescendingOrder)
        if column == COLUMN_NEXT_APPOINTMENT:
            # Clients without an appointment come last, whichever way the dates run.
            ordered = ([r for r in ordered if r.next_appointment]
                       + [r for r in ordered if not r.next_appointment])
        return ordered

    # -- lookup ------------------------------------------------------------------------------
    def client_id_at(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, client_id: int) -> int | None:
        for row, item in enumerate(self._rows):
            if item.id == client_id:
                return row
        return None

    # -- Qt model interface --------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if index.column() == COLUMN_NEXT_APPOINTMENT and role in (
                Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return appointment_text(item.next_appointment)  # with the hour
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                    Qt.ItemDataRole.ToolTipRole):  # the tooltip shows an elided name in full
            column = index.column()
            if column == COLUMN_NAME:
                return item.name
            if column == COLUMN_NEIGHBOURHOOD:
                return item.neighbourhood
            if column == COLUMN_STATUS:
                return status_text(item.status)
            if column == COLUMN_NEXT_APPOINTMENT:
                # The date alone keeps the column narrow: the names need the room.
                return appointment_text(item.next_appointment).split(" ")[0]
        if role == CLIENT_ID_ROLE:
            return item.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole) \
                and section == COLUMN_NEXT_APPOINTMENT:
            return QCoreApplication.translate("ClientTable", "Volgende afspraak")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("ClientTable", "Naam"),
            QCoreApplication.translate("ClientTable", "Buurt"),
            QCoreApplication.translate("ClientTable", "Status"),
            QCoreApplication.translate("ClientTable", "Afspraak"),
        )[section]
