"""The left-hand client list: instant search, a status filter and the table of clients."""

from __future__ import annotations

import sqlite_utils
from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from resokit_desktop.domain.client import ClientStatus
from resokit_desktop.translation import choices, translator
from resokit_desktop.ui.dossiers.client_table_model import (
    COLUMN_NAME,
    COLUMN_NEIGHBOURHOOD,
    COLUMN_NEXT_APPOINTMENT,
    COLUMN_STATUS,
    ClientTableModel,
    status_text,
)
from resokit_desktop.ui.widgets.empty_state import EmptyState
from resokit_desktop.ui.widgets.wheel_safe import ComboBox

# After arrow keys move the selection, the dossier opens once the keys rest this long: walking
# down the list does not open (and save) every dossier on the way.
OPEN_PAUSE_MS = 400
# Names get the room: the name column always shows at least this many characters (the list's
# minimum width follows); the neighbourhood and status columns take what is left.
NAME_MIN_CHARS = 20
NEIGHBOURHOOD_CHARS = 14
# The search runs once typing pauses this long: a fast typist's keys never wait for a query.
SEARCH_DELAY_MS = 150


_tr = translator("ClientListPanel")


class ClientListPanel(QWidget):
    """Emits ``client_activated(id)`` when the user opens a client from the table.

    A click, Enter or a double-click opens at once; arrow keys only move the selection, and the
    selected client opens after a short pause. Tab leaves the table (no cell-by-cell walk).
    """

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
        for key, text in (*choices(ClientStatus), ("all", _tr("Alle"))):
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
        # Tab walking from cell to cell trapped keyboard users in the list: Tab leaves it.
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        # Fixed row heights: the view never measures 10,000 rows.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        header = self.table.horizontalHeader()
        # No ResizeToContents: it would measure thousands of rows on every search keystroke.
        # The name stretches; the others are sized from the font in _fit_columns.
        header.setSectionResizeMode(COLUMN_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COLUMN_NEIGHBOURHOOD, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(COLUMN_STATUS, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(COLUMN_NEXT_APPOINTMENT, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnHidden(COLUMN_STATUS, True)  # the filter starts at "Actief"
        header.setSortIndicator(COLUMN_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)  # e.g. by next appointment: a header click
        self.table.viewport().installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.clicked.connect(self._open_now)
        self.table.activated.connect(self._open_now)  # Enter, Return, double-click
        self._open_timer = QTimer(self)
        self._open_timer.setSingleShot(True)
        self._open_timer.setInterval(OPEN_PAUSE_MS)
        self._open_timer.timeout.connect(self._open_now)
        # A header click re-reads the list in the new order: keep the shown client selected.
        header.sortIndicatorChanged.connect(lambda *_: self.select_client(self._shown_client_id))
        self.model.rowsInserted.connect(self._update_count)  # a page read while scrolling

        self.count_label = QLabel(self)
        self.count_label.setObjectName("client_count")
        self.empty_state = EmptyState(self.table, self._empty_text, "client_list")

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
        self._fit_columns()

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
            self._fit_columns()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Name first (at least NAME_MIN_CHARS), then status (when listed), the next appointment,
        then the neighbourhood."""
        table = self.table
        metrics = table.fontMetrics()
        # The delegate keeps this margin on both sides of a cell's text.
        margin = 2 * (table.style().pixelMetric(
            QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1) + 4
        name_min = metrics.horizontalAdvance("n" * NAME_MIN_CHARS) + margin
        header = table.horizontalHeader()
        others = [c for c in (COLUMN_NEIGHBOURHOOD, COLUMN_STATUS, COLUMN_NEXT_APPOINTMENT)
                  if not table.isColumnHidden(c)]
        date_width = metrics.horizontalAdvance("00-00-0000") + margin
        # A header never makes a section narrower than its minimum: count those in as well;
        # the next appointment always has room for its whole date.
        table.setMinimumWidth(name_min + len(others) * header.minimumSectionSize()
                              + max(0, date_width - header.minimumSectionSize())
                              + 2 * table.frameWidth()
                              + table.verticalScrollBar().sizeHint().width())
        left = max(0, table.viewport().width() - name_min)
        if COLUMN_STATUS in others:
            status = max(metrics.horizontalAdvance(status_text(key))
                         for key in ("active", "closed", "archived")) + margin
            # The columns still to place get at least their minimum (the date: its width).
            after = (len(others) - 2) * header.minimumSectionSize() + date_width
            status = max(header.minimumSectionSize(), min(status, left - after))
            header.resizeSection(COLUMN_STATUS, status)
            left -= status
        header.resizeSection(COLUMN_NEXT_APPOINTMENT, date_width)  # the minimum width holds it
        left -= date_width
        neighbourhood = metrics.horizontalAdvance("n" * NEIGHBOURHOOD_CHARS) + margin
        header.resizeSection(COLUMN_NEIGHBOURHOOD, min(neighbourhood, left))

    # -- public ------------------------------------------------------------------------------
    def current_client_id(self) -> int | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.client_id_at(index.row()) if index.isValid() else None

    def select_client(self, client_id: int | None) -> bool:
        """Select the client's row without emitting client_activated; False when not listed."""
        self._open_timer.stop()
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

    def _empty_text(self) -> str:
        if self.model.search():
            return _tr("Geen cliënt gevonden voor deze zoekterm. Wis de zoekterm, of kies bij "
                       "Status \"Alle\".")
        if self.model.status_filter() in ("closed", "archived"):
            return _tr("Geen cliënten met deze status. Kies bij Status \"Alle\" of \"Actief\".")
        return _tr("Nog geen cliënten. Maak je eerste cliënt aan met Ctrl+N.")

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
        self.table.setColumnHidden(COLUMN_STATUS, key != "all")
        self._fit_columns()

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
            self._open_timer.stop()
            return
        self._open_timer.start()

    def _open_now(self, *_args) -> None:
        self._open_timer.stop()
        client_id = self.current_client_id()
        if client_id is not None:
            self.client_activated.emit(client_id)

    def _update_count(self) -> None:
        count = self.model.total_count()
        if count is None:  # a broad search: the rest is read while scrolling
            text = _tr("Meer dan %1 gevonden").replace("%1", str(self.model.rowCount()))
        else:
            text = _tr("%1 getoond").replace("%1", str(count))
        self.count_label.setText(text)
