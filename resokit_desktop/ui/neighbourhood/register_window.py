"""The "Buurtregister" window: search and filter the register, edit an entry (saved as you type,
like the Overzicht tab), add and delete entries, share with colleagues, and the neighbourhood scan.

The register belongs to the worker, not to a client: the window is reachable with no client open
and holds no client data. Its one save path is ``save_now()``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from resokit_desktop.domain.neighbourhood.entry import (
    NeighbourhoodEntry,
    NeighbourhoodKind,
    keep_valid_fields,
)
from resokit_desktop.services.register_service import (
    EntryFilter,
    NotFoundError,
    RegisterService,
    StorageError,
    WriteFailedError,
)
from resokit_desktop.translation import translator
from resokit_desktop.ui.neighbourhood.delete_question import ask_delete
from resokit_desktop.ui.neighbourhood.entry_form import EntryForm
from resokit_desktop.ui.neighbourhood.entry_list_panel import EntryListPanel
from resokit_desktop.ui.neighbourhood.org_map_tab import OrgMapTab
from resokit_desktop.ui.neighbourhood.register_keys import install_register_keys
from resokit_desktop.ui.neighbourhood.scan_view import ScanView
from resokit_desktop.ui.widgets.autosave import AutoSaver
from resokit_desktop.ui.widgets.leave_dialog import settle_unsaved
from resokit_desktop.ui.widgets.save_status import SaveStatus

_tr = translator("NeighbourhoodRegister")


class RegisterWindow(QDialog):
    """Non-modal; ``client_id()`` says which client the main window shows (for "add to client")."""

    def __init__(self, service: RegisterService, parent: QWidget | None = None, *,
                 client_id: Callable[[], int | None] = lambda: None,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.setObjectName("register_window")
        self.setWindowTitle(_tr("Buurtregister"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        screen = self.screen().availableGeometry() if self.screen() else None
        self.resize(min(1280, screen.width() - 40) if screen else 1280,
                    min(720, screen.height() - 60) if screen else 720)
        self.service = service
        self._client_id = client_id
        self._today = today
        self._entry_id: int | None = None
        self._dirty = False
        self._closing = False
        self._last_error: WriteFailedError | None = None
        self._deleted: NeighbourhoodEntry | None = None  # for "undo delete"

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("register_tabs")
        self.tabs.addTab(self._register_page(), _tr("Register"))
        self.scan_view = ScanView(self)
        self.tabs.addTab(self.scan_view, _tr("Buurtscan"))
        self.org_map = OrgMapTab(service.db, self)
        self.org_map.open_entry.connect(self.open_from_map)
        self.tabs.addTab(self.org_map, _tr("Buurtkaart organisatie"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.export_button = QPushButton(_tr("E&xporteren voor collega's…"), self)
        self.export_button.setObjectName("register_export")
        self.export_button.clicked.connect(self.export_register)
        self.import_button = QPushButton(_tr("Register van een collega im&porteren…"), self)
        self.import_button.setObjectName("register_import")
        self.import_button.clicked.connect(self.import_register)
        close = QPushButton(_tr("Sluiten"), self)
        close.setObjectName("register_close")
        close.setAutoDefault(False)
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        note = QLabel(_tr("Het buurtregister is van jou en bevat geen cliëntgegevens."), self)
        note.setWordWrap(True)
        bottom.addWidget(note, 1)
        buttons_row = QHBoxLayout()
        buttons_row.addStretch(1)
        buttons_row.addWidget(self.export_button)
        buttons_row.addWidget(self.import_button)
        buttons_row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        layout.addLayout(buttons_row)
        for button in (self.export_button, self.import_button):
            button.setAutoDefault(False)
        self._shortcuts()
        self.saver = AutoSaver(self.form, self.save_now)
        self.reload()
        self._clear_form()

    # -- building ----------------------------------------------------------------------------
    def _register_page(self) -> QWidget:
        page = QWidget(self)
        self.list_panel = EntryListPanel(page)
        self.list_panel.filter_changed.connect(self.reload)
        self.list_panel.entry_chosen.connect(self._entry_chosen)
        self.list_panel.new_button.clicked.connect(self.new_entry)
        self.list_panel.delete_button.clicked.connect(self.delete_entry)
        self.list_panel.client_button.clicked.connect(self.add_to_client)
        self.table = self.list_panel.table
        left = self.list_panel

        self.form = EntryForm(lambda: self._today(), page)
        self.form.edited.connect(self._edited)
        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(self.form)
        self.status = SaveStatus("register", page)
        self.status.retry_requested.connect(self.save_now)
        self.message = QLabel(page)
        self.message.setObjectName("register_message")
        self.message.setWordWrap(True)
        right = QWidget(page)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(scroll, 1)
        right_layout.addWidget(self.status)
        self.undo_button = QPushButton(_tr("Verwijderen ongedaan maken"), page)
        self.undo_button.setObjectName("register_undo_delete")
        self.undo_button.setToolTip(_tr("Zet het verwijderde item terug (Ctrl+Z)"))
        self.undo_button.setAutoDefault(False)
        self.undo_button.clicked.connect(self.undo_delete)
        self.undo_button.hide()
        message_row = QHBoxLayout()
        message_row.addWidget(self.message, 1)
        message_row.addWidget(self.undo_button)
        right_layout.addLayout(message_row)
        splitter = QSplitter(Qt.Orientation.Horizontal, page)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([540, 740])
        layout = QVBoxLayout(page)
        layout.addWidget(splitter)
        return page

    def _shortcuts(self) -> None:
        install_register_keys(self)

    # -- the list ----------------------------------------------------------------------------
    def current_filter(self) -> EntryFilter:
        return self.list_panel.current_filter()

    def reload(self) -> None:
        """Read the list again (search and filters applied), keeping the shown entry selected."""
        names = self.service.neighbourhoods()
        self.form.set_neighbourhoods(names)
        self.list_panel.set_neighbourhoods(names)
        self.list_panel.set_rows(self.service.entries(self.current_filter()),
                                 self.service.count(), self._entry_id)
        self._update_buttons()

    def _entry_chosen(self, entry_id: int) -> None:
        if entry_id == self._entry_id:
            return
        if not self.flush():
            self.reload()  # back to the entry that still needs fixing
            return
        self.show_entry(entry_id)

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.list_panel.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.list_panel.search_field.selectAll()

    # -- one entry ---------------------------------------------------------------------------
    def show_entry(self, entry_id: int) -> None:
        self.saver.stop()
        self._entry_id = entry_id
        self._dirty = False
        self.form.load(self.service.entry(entry_id))
        self.form.setEnabled(True)
        self.status.show_saved()
        self.message.setText("")
        self._update_buttons()

    def _clear_form(self) -> None:
        self.saver.stop()
        self._entry_id = None
        self._dirty = False
        self.form.load(NeighbourhoodEntry())
        self.form.setEnabled(False)
        self.status.show_saved()
        self._update_buttons()

    def new_entry(self) -> None:
        """An empty form, stored as soon as it has a name (the filters fill kind and area)."""
        self.tabs.setCurrentIndex(0)
        if not self.flush():
            return
        self._clear_form()
        shown = self.current_filter()
        self.form.load(NeighbourhoodEntry(kind=NeighbourhoodKind(shown.kind or "place"),
                                          neighbourhood=shown.neighbourhood or ""))
        self.form.setEnabled(True)
        self.table.clearSelection()
        self.message.setText(_tr("Nieuw item: wordt bewaard zodra de naam ingevuld is."))
        self.form.focus_name()
        self._update_buttons()

    def _edited(self) -> None:
        self._dirty = True
        self.status.show_pending()
        self.saver.poke()

    def save_now(self) -> bool:
        """Validate and store the form; True when the file now holds what the form shows."""
        if not self._dirty:
            return True
        self.saver.stop()
        typed, errors = self.form.collect(self._entry_id)
        self.form.show_errors(errors)
        problems = self.form.visible_messages()
        entry = self._valid_part(typed, errors) if errors else typed
        if entry is None:
            self.status.show_invalid(problems[0] if problems else "")
            return False
        try:
            self.service.save(entry)
        except (WriteFailedError, NotFoundError) as exc:
            error = exc if isinstance(exc, WriteFailedError) else WriteFailedError(str(exc))
            self._last_error = error
            self.status.show_failed(error)
            self.saver.retry_later()
            return False
        self._last_error = None
        self._entry_id = entry.id
        self._dirty = bool(errors)
        if errors:
            self.status.show_partly_saved(problems[0] if problems else "")
        else:
            self.status.show_saved()
        self.message.setText("")
        self.reload()
        return not errors

    def _valid_part(self, typed: NeighbourhoodEntry,
                    errors: list) -> NeighbourhoodEntry | None:
        """The stored entry with every valid typed field; None when there is nothing to store."""
        stored = (self.service.entry(self._entry_id) if self._entry_id is not None
                  else NeighbourhoodEntry())
        return keep_valid_fields(typed, stored, errors)

    def flush(self) -> bool:
        """Save pending edits; on invalid input or a failed write, ask: fix, or discard."""
        if not self._dirty or self.save_now():
            return True
        self.tabs.setCurrentIndex(0)
        return settle_unsaved(self, self.form.visible_messages(), self._last_error,
                              self.discard_changes, self.form.first_invalid_field())

    def discard_changes(self) -> None:
        if self._entry_id is not None and self.service.exists(self._entry_id):
            self.show_entry(self._entry_id)
        else:
            self._clear_form()

    def has_pending_edits(self) -> bool:
        return self._dirty

    def delete_entry(self) -> None:
        entry_id = self._entry_id
        if entry_id is None:
            return
        name = self.service.entry(entry_id).name
        if not ask_delete(self, name):
            return
        try:
            self._deleted = self.service.delete(entry_id)
        except StorageError:
            self.message.setText(_tr("Niet verwijderd: het bestand kon niet geschreven worden."))
            return
        self._clear_form()
        self.reload()
        self.message.setText(_tr("'%1' is verwijderd.").replace("%1", name))
        self.undo_button.show()
        self.table.setFocus()

    def undo_delete(self) -> None:
        """Put the last deleted entry back (Ctrl+Z or the button beside the message)."""
        deleted = self._deleted
        if deleted is None or not self.flush():
            return
        try:
            entry_id = self.service.restore(deleted)
        except StorageError:
            self.message.setText(_tr("Niet teruggezet: het bestand kon niet geschreven worden."))
            return
        self._deleted = None
        self.undo_button.hide()
        self.show_entry(entry_id)
        self.reload()
        self.message.setText(_tr("'%1' staat terug.").replace("%1", deleted.name))

    def add_to_client(self) -> None:
        client_id = self._client_id()
        if self._entry_id is None:
            return
        if client_id is None:
            self.message.setText(_tr("Kies eerst een cliënt in het hoofdvenster."))
            return
        if not self.flush():
            return
        try:
            _contact, added = self.service.add_to_client_contacts(self._entry_id, client_id)
        except StorageError:
            self.message.setText(_tr("Niet toegevoegd: het bestand kon niet geschreven worden."))
            return
        self.message.setText(_tr(
            "Toegevoegd aan de contacten en plaatsen van de gekozen cliënt.") if added else _tr(
            "Dit item staat al bij de contacten en plaatsen van de gekozen cliënt."))

    def _update_buttons(self) -> None:
        has_entry = self._entry_id is not None
        self.list_panel.delete_button.setEnabled(has_entry)
        self.list_panel.client_button.setEnabled(has_entry)

    # -- scan, sharing, closing ----------------------------------------------------------------
    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.scan_view:
            self.flush()
            today = self._today()
            self.scan_view.show_scan(self.service.scan(today), today)
        elif self.tabs.widget(index) is self.org_map and self.flush():
            self.org_map.reload()

    def open_from_map(self, entry_id: int) -> None:
        """A pin of the organisation map: its entry in the list and the form."""
        self.tabs.setCurrentIndex(0)
        self.list_panel.search_field.clear()
        self._entry_chosen(entry_id)
        self.reload()

    def export_register(self) -> None:
        # lazy: the sharing dialogs load when first opened
        from resokit_desktop.ui.neighbourhood.exchange_dialogs import ExportDialog

        if self.flush():
            ExportDialog(self.service, self.current_filter(), self).exec_and_free()

    def import_register(self) -> None:
        # lazy: the sharing dialogs load when first opened
        from resokit_desktop.ui.neighbourhood.exchange_dialogs import ImportDialog

        if not self.flush():
            return
        dialog = ImportDialog(self.service, self._today, self)
        dialog.exec_and_free()
        if dialog.imported:
            self.reload()
            if self._entry_id is not None and self.service.exists(self._entry_id):
                self.show_entry(self._entry_id)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.flush():
            event.ignore()
            return
        self._closing = True
        super().closeEvent(event)
        self._closing = False

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.close()  # asks about input that cannot be stored, like the close button
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Something else closes the window (a lock): what is valid is saved without asking."""
        if not self._closing:
            self.save_now()
        self._closing = False
        super().reject()
