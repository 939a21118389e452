"""The register list with its search field, kind and neighbourhood filters and entry buttons."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from resokit_desktop.domain.neighbourhood.entry import NeighbourhoodEntry, NeighbourhoodKind
from resokit_desktop.services.register_service import EntryFilter
from resokit_desktop.translation import translator
from resokit_desktop.ui.neighbourhood.entry_table_model import EntryTableModel
from resokit_desktop.ui.neighbourhood.register_texts import kind_text
from resokit_desktop.ui.widgets.empty_state import EmptyState
from resokit_desktop.ui.widgets.wheel_safe import ComboBox

_tr = translator("NeighbourhoodRegister")


class EntryListPanel(QWidget):
    """Emits ``filter_changed`` when search or filters change and ``entry_chosen(id)`` when the
    user moves to another row (not while the window reloads the rows)."""

    filter_changed = Signal()
    entry_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("register_search")
        self.search_field.setPlaceholderText(_tr("naam, aanbod, noden, talen…"))
        self.search_field.setAccessibleName(_tr("Zoeken in het buurtregister"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.textChanged.connect(lambda _text: self.filter_changed.emit())
        self.kind_filter = ComboBox(self)
        self.kind_filter.setObjectName("register_kind_filter")
        self.kind_filter.setAccessibleName(_tr("Toon alleen deze soort"))
        self.kind_filter.addItem(_tr("Alle soorten"), None)
        for kind in NeighbourhoodKind:
            self.kind_filter.addItem(kind_text(kind), str(kind))
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.filter_changed.emit())
        self.hood_filter = ComboBox(self)
        self.hood_filter.setObjectName("register_hood_filter")
        self.hood_filter.setAccessibleName(_tr("Toon alleen deze buurt"))
        self.hood_filter.addItem(_tr("Alle buurten"), None)
        self.hood_filter.currentIndexChanged.connect(lambda _i: self.filter_changed.emit())
        for combo in (self.kind_filter, self.hood_filter):
            # A long neighbourhood name or translation must not widen the list.
            combo.setSizeAdjustPolicy(
                ComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        search_row = QHBoxLayout()
        search_row.addWidget(self._label(_tr("Zoek&en:"), self.search_field))
        search_row.addWidget(self.search_field, 1)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self._label(_tr("&Filter:"), self.kind_filter))
        filter_row.addWidget(self.kind_filter, 1)
        filter_row.addWidget(self._label(_tr("B&uurt:"), self.hood_filter))
        filter_row.addWidget(self.hood_filter, 1)

        self.model = EntryTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("register_table")
        self.table.setAccessibleName(_tr("Items in het buurtregister"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        # The name gets the room; kind and neighbourhood get a fixed start width (the user may
        # drag it; a long translation or name shows in full as a tooltip).
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(1, 130)
        header.resizeSection(2, 110)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("register_count")
        self._total = 0
        self.empty_state = EmptyState(self.table, self._empty_text, "register_list")

        self.new_button = self._button(_tr("Nieu&w item"), "register_new")
        self.delete_button = self._button(_tr("Ve&rwijderen…"), "register_delete")
        self.client_button = self._button(_tr("Bij contacten van de cliënt voe&gen"),
                                          "register_add_to_client")
        self.client_button.setToolTip(_tr(
            "Neemt dit item over in de contacten en plaatsen van de cliënt die in het "
            "hoofdvenster open staat."))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        # On a line of its own: long translations must not widen the window past the screen.
        client_row = QHBoxLayout()
        client_row.addStretch(1)
        client_row.addWidget(self.client_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(search_row)
        layout.addLayout(filter_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addLayout(buttons)
        layout.addLayout(client_row)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    def current_filter(self) -> EntryFilter:
        return EntryFilter(self.search_field.text(), self.kind_filter.currentData(),
                           self.hood_filter.currentData())

    def set_rows(self, rows: list[NeighbourhoodEntry], total: int,
                 selected_id: int | None) -> None:
        """Show these rows (and select the shown entry) without emitting ``entry_chosen``."""
        self._loading = True
        self._total = total  # before the rows: the empty line reads it when they change
        try:
            self.model.set_rows(rows)
            row = self.model.row_of(selected_id)
            if row is not None:
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
        finally:
            self._loading = False
        self.count_label.setText(_tr("%1 van %2 items getoond").replace(
            "%1", str(len(rows))).replace("%2", str(total)))

    def _empty_text(self) -> str:
        if self._total:
            return _tr("Niets gevonden. Wis de zoekterm, of kies \"Alle soorten\" en "
                       "\"Alle buurten\".")
        return _tr("Het buurtregister is nog leeg. Voeg een eerste item toe met Ctrl+N "
                   "(Nieuw item).")

    def set_neighbourhoods(self, names: list[str]) -> None:
        """The neighbourhood filter's choices; the chosen one stays chosen while it exists."""
        chosen = self.hood_filter.currentData()
        if [self.hood_filter.itemData(i) for i in range(1, self.hood_filter.count())] == names:
            return
        self.hood_filter.blockSignals(True)
        while self.hood_filter.count() > 1:
            self.hood_filter.removeItem(1)
        for name in names:
            self.hood_filter.addItem(name, name)
        index = self.hood_filter.findData(chosen) if chosen is not None else 0
        self.hood_filter.setCurrentIndex(max(index, 0))
        self.hood_filter.blockSignals(False)
        if index < 0:  # the chosen neighbourhood is gone: the list shows all again
            self.filter_changed.emit()

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry_id = self.model.entry_id(current.row())
        if not self._loading and entry_id is not None:
            self.entry_chosen.emit(entry_id)
