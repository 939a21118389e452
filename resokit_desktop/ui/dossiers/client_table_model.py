"""The client list as a Qt table model over dossier_service: light rows, no widget per client."""

from __future__ import annotations

from datetime import date

import sqlite_utils
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QApplication, QStyle

from resokit_desktop.domain.client import ClientStatus
from resokit_desktop.services import dossier_service, role_service
from resokit_desktop.services.dossier_service import ClientRow
from resokit_desktop.translation import label_of
from resokit_desktop.ui.widgets.dates import display_date

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
_TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
               Qt.ItemDataRole.AccessibleTextRole)


def appointment_text(value: str | None) -> str:
    """'2026-03-02 14:30' -> '02-03-2026 14:30' (the language's date format); None -> ''."""
    if not value:
        return ""
    day, _, time = value.strip().partition(" ")
    return f"{display_date(day)} {time}".strip()


_SORT_KEYS = {
    COLUMN_NAME: dossier_service.SORT_NAME,
    COLUMN_NEIGHBOURHOOD: dossier_service.SORT_NEIGHBOURHOOD,
    COLUMN_STATUS: dossier_service.SORT_STATUS,
    COLUMN_NEXT_APPOINTMENT: dossier_service.SORT_NEXT_APPOINTMENT,
}
# Rows read per step: enough to fill a tall window several times, cheap at 100,000 clients.
PAGE_SIZE = 500
# Rows whose details are read together when the view shows one not read yet.
DETAIL_BLOCK = 100


def status_text(status: str) -> str:
    """A stored client status in the window's language (the one label catalogue)."""
    return label_of(ClientStatus, status)


class ClientTableModel(QAbstractTableModel):
    """The clients matching the search text and status, read a page at a time in SQL order.

    ``rowCount`` is the rows read so far; the view asks for more (``fetchMore``) as the user
    scrolls towards the end, so a reload costs one page whatever the size of the caseload.
    """

    def __init__(self, db: sqlite_utils.Database, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self._ids: list[int] = []  # the rows read so far, in the list's order
        self._details: dict[int, ClientRow] = {}  # what they show; read by page or on demand
        self._overdue: dict[int, int] = {}  # open role-plan steps past their date, per client
        self.today = date.today  # tests may pin it
        self._more = False
        self._total: int | None = 0
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

    def query(self) -> dossier_service.ClientListQuery:
        column, order = self._sort
        shown = sorted(("active", "closed", "archived"), key=lambda s: status_text(s).casefold())
        return dossier_service.ClientListQuery(
            search=self._search, statuses=STATUS_FILTERS[self._status_filter],
            sort=_SORT_KEYS[column], descending=order == Qt.SortOrder.DescendingOrder,
            status_order=tuple(shown))

    def reload(self) -> None:
        """Read the first page again (after a change of filter, order or data)."""
        query = self.query()
        self.beginResetModel()
        rows = dossier_service.list_client_page(self._db, query, 0, PAGE_SIZE + 1)
        self._more = len(rows) > PAGE_SIZE
        del rows[PAGE_SIZE:]
        self._ids = [row.id for row in rows]
        self._details = {row.id: row for row in rows}
        self._overdue = role_service.overdue_counts(self._db, self._ids, self.today())
        if not self._more:
            self._total = len(self._ids)
        elif query.search.strip():
            self._total = None  # counting every match of a broad search would cost them all
        else:
            self._total = dossier_service.count_client_list(self._db, query)  # an index count
        self.endResetModel()

    def total_count(self) -> int | None:
        """How many clients the list holds, read or not; None: more than read, not counted."""
        return len(self._ids) if self._total is None and not self._more else self._total

    # -- paging ------------------------------------------------------------------------------
    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or not self._more:
            return
        self._read_until(len(self._ids) + PAGE_SIZE)

    def _read_until(self, count: int) -> None:
        """Read rows until ``count`` are in (or the list ends): a far stretch as ids only (an
        index walk), its details later for the rows the view shows."""
        start = len(self._ids)
        query = self.query()
        ids = dossier_service.list_client_ids(self._db, query, start, count - start + 1)
        self._more = len(ids) > count - start
        ids = ids[:count - start]
        if not ids:
            return
        self._load_details(ids[-PAGE_SIZE:])
        self.beginInsertRows(QModelIndex(), start, start + len(ids) - 1)
        self._ids.extend(ids)
        self.endInsertRows()
        if not self._more and self._total is None:
            self._total = len(self._ids)

    def _load_details(self, ids: list[int]) -> None:
        for row in dossier_service.client_rows(self._db, ids):
            self._details[row.id] = row
        self._overdue.update(role_service.overdue_counts(self._db, ids, self.today()))

    def _row_at(self, row: int) -> ClientRow | None:
        client_id = self._ids[row]
        if client_id not in self._details:
            start = max(0, row - DETAIL_BLOCK // 2)
            self._load_details(self._ids[start:start + DETAIL_BLOCK])
        return self._details.get(client_id)

    # -- sorting (a header click): the database orders, this model only reads pages ------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.columnCount() or (column, order) == self._sort:
            return
        self._sort = (column, order)
        self.reload()

    # -- lookup ------------------------------------------------------------------------------
    def client_id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, client_id: int) -> int | None:
        """The client's row among those read so far."""
        try:
            return self._ids.index(client_id)
        except ValueError:
            return None

    def locate(self, client_id: int) -> int | None:
        """The client's row, reading pages up to it when it lies further down; None: not listed."""
        row = self.row_of(client_id)
        if row is not None or not self._more:
            return row
        position = dossier_service.client_list_position(self._db, self.query(), client_id)
        if position is None:
            return None
        if position >= len(self._ids):
            self._read_until(position + 1)
        return self.row_of(client_id)

    # -- Qt model interface --------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == CLIENT_ID_ROLE:
            return self._ids[index.row()]
        if role == Qt.ItemDataRole.DecorationRole and index.column() == COLUMN_NAME:
            return self._overdue_icon(index.row())
        if role not in _TEXT_ROLES:
            return None
        item = self._row_at(index.row())
        if item is None:  # deleted since it was listed; the next reload drops it
            return None
        if index.column() == COLUMN_NAME and role != Qt.ItemDataRole.DisplayRole:
            return item.name + self._overdue_text(item.id)
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
        return None

    def overdue_steps(self, client_id: int) -> int:
        """How many open role-plan steps of the client are past their date."""
        return self._overdue.get(client_id, 0)

    def _overdue_icon(self, row: int):
        if not self._overdue.get(self._ids[row]):
            return None
        return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)

    def _overdue_text(self, client_id: int) -> str:
        count = self._overdue.get(client_id, 0)
        if not count:
            return ""
        return " — " + QCoreApplication.translate(
            "ClientTable", "rolplan: stappen over datum (%1)").replace("%1", str(count))

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
