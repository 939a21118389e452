"""The left-hand client list: instant search, a status filter and the table of clients."""

from __future__ import annotations

import sqlite_utils
from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from resokit_desktop.ui.dossiers.client_table_model import ClientTableModel
from resokit_desktop.ui.widgets.wheel_safe import ComboBox

# The search runs once typing pauses this long: a fast typist's keys never wait for a query.
SEARCH_DELAY_MS = 150


def _tr(text: str) -> str:
    return QCoreApplication.translate("ClientListPanel", text)


class ClientListPanel(QWidget):
    """Emits ``client_activated(id)`` when the user selects a client in the table."""

    client_activated = Signal(int)

    def __init__(self, db: sqlite_utils.Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("client_list_panel")
        self.model = ClientTableModel(db, self)
        self._quiet = False
        self._shown_client_id: int | None = None

        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("client_search")
        self.search_field.setPlaceholderText(_tr("Zoek op naam, buurt of notities (Ctrl+F)"))
        self.search_field.setAccessibleName(_tr("Cliënten zoeken"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.textChanged.connect(self._search_typed)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search_changed)

        self.status_filter = ComboBox(self)  # the wheel scrolls the list, not the filter
        self.status_filter.setObjectName("client_status_filter")
        self.status_filter.setAccessibleName(_tr("Toon cliënten met status"))
        for key, text in (("active", _tr("Actief")), ("closed", _tr("Afgesloten")),
                          ("archived", _tr("Gearchiveerd")), ("all", _tr("Alle"))):
            self.status_filter.addItem(text, key)
        self.status_filter.currentIndexChanged.connect(self._filter_changed)
        filter_label = QLabel(_tr("Status:"), self)
        filter_label.setBuddy(self.status_filter)

        self.table = QTableView(self)
        self.table.setObjectName("client_table")
        self.table.setAccessibleName(_tr("Lijst van cliënten"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # Fixed row heights: the view never measures 10,000 rows.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        # No ResizeToContents: it would measure thousands of rows on every search keystroke.
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 140)
        header.resizeSection(2, self.fontMetrics().horizontalAdvance("Gearchiveerd") + 24)
        self.table.setColumnHidden(2, True)  # the filter starts at "Actief"
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, self.fontMetrics().horizontalAdvance("00-00-0000") + 24)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)  # e.g. by next appointment: a header click
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        # A header click re-reads the list in the new order: keep the shown client selected.
        header.sortIndicatorChanged.connect(lambda *_: self.select_client(self._shown_client_id))
        self.model.rowsInserted.connect(self._update_count)  # a page read while scrolling

        self.count_label = QLabel(self)
        self.count_label.setObjectName("client_count")

        filter_row = QHBoxLayout()
        filter_row.addWidget(filter_label)
        filter_row.addWidget(self.status_filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.addWidget(self.search_field)
        layout.addLayout(filter_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.setTabOrder(self.search_field, self.status_filter)
        self.setTabOrder(self.status_filter, self.table)
        self._update_count()

    def hideEvent(self, event) -> None:  # noqa: N802
        # Hidden (locked, closing, F9): a search still waiting for the pause must not run on a
        # file that may be closed by then; it runs when the list shows again.
        self._search_timer.stop()
        super().hideEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self.search_field.text() != self.model.search():
            self._search_timer.start()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        # Rows have a fixed height (fast with 10,000 clients): follow the text size.
        if event.type() == QEvent.Type.FontChange:
            self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        super().changeEvent(event)

    # -- public ------------------------------------------------------------------------------
    def current_client_id(self) -> int | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.client_id_at(index.row()) if index.isValid() else None

    def select_client(self, client_id: int | None) -> bool:
        """Select the client's row without emitting client_activated; False when not listed."""
        self._quiet = True
        try:
            selection = self.table.selectionModel()
            row = self.model.locate(client_id) if client_id is not None else None
            if row is None:
                selection.clearSelection()
                selection.setCurrentIndex(self.model.index(-1, -1),
                                          QItemSelectionModel.SelectionFlag.Clear)
                return False
            index = self.model.index(row, 0)
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)
            return True
        finally:
            self._quiet = False

    def reload(self, keep_client_id: int | None = None) -> None:
        self._quiet = True
        try:
            self.model.reload()
        finally:
            self._quiet = False
        self.select_client(keep_client_id)
        self._update_count()

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    # -- internal ----------------------------------------------------------------------------
    def _search_typed(self, _text: str) -> None:
        self._search_timer.start()  # (re)start: only the pause after the last key searches

    def _search_changed(self) -> None:
        text = self.search_field.text()
        self._refilter(lambda: self.model.set_search(text))

    def _filter_changed(self, _index: int) -> None:
        key = self.status_filter.currentData()
        self._refilter(lambda: self.model.set_status_filter(key))
        # The status column only tells something when every status is listed.
        self.table.setColumnHidden(2, key != "all")

    def _refilter(self, change) -> None:
        keep = self._selected_before_reset()
        self._quiet = True
        try:
            change()
        finally:
            self._quiet = False
        self.select_client(keep)
        self._update_count()

    def _selected_before_reset(self) -> int | None:
        return self._shown_client_id

    def set_shown_client(self, client_id: int | None) -> None:
        """The dossier on the right; kept selected across searches when it is still listed."""
        self._shown_client_id = client_id
        self.select_client(client_id)

    def _current_changed(self, current, _previous) -> None:
        if self._quiet or not current.isValid():
            return
        client_id = self.model.client_id_at(current.row())
        if client_id is not None:
            self.client_activated.emit(client_id)

    def _update_count(self) -> None:
        count = self.model.total_count()
        if count is None:  # a broad search: the rest is read while scrolling
            text = _tr("Meer dan %1 gevonden").replace("%1", str(self.model.rowCount()))
        else:
            text = _tr("%1 getoond").replace("%1", str(count))
        self.count_label.setText(text)
