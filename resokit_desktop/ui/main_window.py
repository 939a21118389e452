"""The main window shell: client list on the left, the dossier's registered tabs on the right."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShowEvent, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from resokit_desktop.domain.client import ClientStatus
from resokit_desktop.services import dossier_service, privacy_erase
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.services.errors import StorageError
from resokit_desktop.translation import translator
from resokit_desktop.ui import text_size, window_layout
from resokit_desktop.ui.about_box import show_about
from resokit_desktop.ui.actions import ActionRegistry, add_contributed_actions
from resokit_desktop.ui.client_list_fold import ClientListFold
from resokit_desktop.ui.dossier_tabs import TabSpec, registered_tabs
from resokit_desktop.ui.dossiers.client_list_panel import ClientListPanel
from resokit_desktop.ui.dossiers.delete_client_dialog import confirm_delete_client
from resokit_desktop.ui.dossiers.overview_tab import OverviewTab
from resokit_desktop.ui.language_switch import LanguageSwitch
from resokit_desktop.ui.lazy_tabs import LazyTabs, TabHost
from resokit_desktop.ui.session_controls import SessionControls
from resokit_desktop.ui.settings.settings_dialog import SettingsDialog
from resokit_desktop.ui.widgets.first_field import focus_first_field
from resokit_desktop.ui.widgets.kept_input import KeptInput
from resokit_desktop.ui.widgets.modal import exec_and_free

WINDOW_TITLE = "Resokit Desktop"
SETTINGS_GROUP = window_layout.SETTINGS_GROUP


_tr = translator("MainWindow")


class MainWindow(TabHost, QMainWindow):
    """A shell: it routes the selected client to the tabs and asks them to flush before leaving."""

    def __init__(self, dossier: DossierFile, session: SessionControls | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.dossier = dossier
        self.session = session  # lock, backups, passphrase (None: a window without a session)
        self.setWindowTitle(WINDOW_TITLE)
        self.undo_group = QUndoGroup(self)
        self._client_id: int | None = None
        self.language_switch = LanguageSwitch(self)

        self.client_list = ClientListPanel(dossier.db, self)
        self.client_list.client_activated.connect(self._client_activated)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("dossier_tabs")
        self.tabs.setAccessibleName(_tr("Dossier van de gekozen cliënt"))
        self.tabs.setDocumentMode(True)
        self.tab_specs: list[TabSpec] = []
        self._overview: OverviewTab | None = None
        # Each tab is built when first shown or asked for (none while the empty page shows).
        self.lazy_tabs = LazyTabs(self.tabs, self._build_tab)
        for spec in registered_tabs():
            self.tab_specs.append(spec)
            self.lazy_tabs.add(spec)
        self.tabs.currentChanged.connect(self._tab_changed)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.make_empty_page())
        self.stack.addWidget(self.tabs)
        self.stack.currentChanged.connect(self._page_changed)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.client_list)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([400, 960])
        self.setCentralWidget(self.splitter)

        self.build_actions()
        self.statusBar().setSizeGripEnabled(True)
        self.resize(1280, 760)
        text_size.restore_size()
        # The window frame is only known once shown: fit a remembered layout again then.
        self._fit_when_shown = window_layout.restore_layout(self, self.splitter)
        self._show_client(None)

    # -- what other parts may use ------------------------------------------------------------
    def make_tab(self, spec: TabSpec) -> QWidget:
        """One dossier tab from its registered factory, wired to the window."""
        widget = spec.factory(self.dossier, self.tabs)
        widget.setProperty("tab_key", spec.key)
        if isinstance(widget, OverviewTab):
            self._overview = widget
            widget.client_saved.connect(self._client_saved)
        else:
            widget.client_changed.connect(self.refresh_clients)
        return widget

    def _build_tab(self, spec: TabSpec) -> QWidget:
        widget = self.make_tab(spec)
        widget.set_client(self._client_id)
        return widget

    @property
    def overview(self) -> OverviewTab:
        """The Overzicht tab (built now if it was not): new clients and status go through it."""
        if self._overview is None:
            self.lazy_tabs.tab("overview")
        return self._overview

    def build_actions(self) -> None:
        """The action registry and the menus (again after a language change)."""
        self.action_registry = ActionRegistry(self)
        self._add_actions()
        add_contributed_actions(self.action_registry, self)
        self.action_registry.build_menus(self.menuBar())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.language_switch.language_changed()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Show every text in the newly installed language (see ui/language_switch.py)."""
        self.language_switch.retranslate()

    def current_client_id(self) -> int | None:
        return self._client_id

    def flush_pending(self) -> bool:
        """Ask every built tab to save; False when one holds input the user must fix first."""
        current = self.tabs.currentWidget()
        ordered = [current, *[w for w in self.built_tabs() if w is not current]]
        for widget in ordered:
            if widget is not None and not widget.flush():
                self.stack.setCurrentWidget(self.tabs)
                self.tabs.setCurrentWidget(widget)
                return False
        return True

    def restore_kept(self, kept: dict[str, KeptInput]) -> None:
        """After unlocking: input kept over the lock is back on its tab, marked as not stored."""
        if not kept:
            return
        client_id = next(iter(kept.values())).client_id
        if client_id is None:
            self.new_client()
        elif client_id != self._client_id or self.stack.currentWidget() is not self.tabs:
            self._show_client(client_id)
        shown = None
        for spec in self.tab_specs:  # only the tabs that kept input are built for it
            item = kept.get(spec.key)
            widget = self.tab_widget(spec.key) if item is not None else None
            if widget is not None:
                widget.restore_kept(item)
                shown = shown or widget
        if shown is not None:
            self.tabs.setCurrentWidget(shown)
        self.statusBar().showMessage(_tr(
            "Bij het vergrendelen kon niet alles bewaard worden: je invoer staat terug in het "
            "formulier, maar is nog niet bewaard."), 60000)

    def refresh_clients(self) -> None:
        self.client_list.reload(self._client_id)

    def open_client(self, client_id: int) -> bool:
        """Show a client after saving pending edits; False when the user must fix input first."""
        if client_id == self._client_id and self.stack.currentWidget() is self.tabs:
            return True
        if not self.flush_pending():
            self.client_list.select_client(self._client_id)
            return False
        self._show_client(client_id)
        return True

    # -- actions ---------------------------------------------------------------------------
    def _add_actions(self) -> None:
        add = self.action_registry.add
        std = QKeySequence.StandardKey  # the platform's own keys (ui/actions.STANDARD_SHORTCUTS)
        add("settings", _tr("&Instellingen…"), None, "file", self.open_settings, order=800)
        add("quit", _tr("&Afsluiten"), std.Quit, "file", self.close, order=900)
        undo = self.undo_group.createUndoAction(self, _tr("&Ongedaan maken"))
        self.action_registry.add_action("undo", undo, std.Undo, "edit", order=100)
        redo = self.undo_group.createRedoAction(self, _tr("Opnie&uw"))
        self.action_registry.add_action("redo", redo, std.Redo, "edit", order=110)
        add("delete", _tr("Selectie &verwijderen"), std.Delete, "edit",
            self.delete_selection, order=200)
        add("search", _tr("&Zoeken"), std.Find, "edit", self.focus_search, order=300)
        add("new_client", _tr("&Nieuwe cliënt"), std.New, "dossier", self.new_client, order=100)
        add("close_client", _tr("Dossier a&fsluiten"), None, "dossier",
            lambda: self.set_client_status(ClientStatus.CLOSED), order=200, needs_client=True)
        add("archive_client", _tr("Dossier a&rchiveren"), None, "dossier",
            lambda: self.set_client_status(ClientStatus.ARCHIVED), order=210, needs_client=True)
        add("reopen_client", _tr("Dossier &heropenen"), None, "dossier",
            lambda: self.set_client_status(ClientStatus.ACTIVE), order=220, needs_client=True)
        add("delete_client", _tr("Cliënt &definitief verwijderen…"), None, "dossier",
            self.delete_client, order=300, needs_client=True)
        add("toggle_client_list", _tr("&Cliëntenlijst tonen"), "F9", "view",
            self._toggle_client_list, order=100, checkable=True)
        self.action_registry.get("toggle_client_list").setChecked(True)
        self.client_list_fold = ClientListFold(self, self.action_registry.get("toggle_client_list"))
        # Window-wide, so they work from the client list too (QTabWidget's own keys do not), and
        # for a new client still being typed (switch_tab does nothing while no dossier is shown).
        add("next_tab", _tr("Volgend ta&bblad"), std.NextChild, "view",
            lambda: self.switch_tab(1), order=150)
        add("previous_tab", _tr("Vor&ig tabblad"), std.PreviousChild, "view",
            lambda: self.switch_tab(-1), order=160)
        add("text_larger", _tr("Tekst &groter"), std.ZoomIn, "view",
            lambda: text_size.step(1), order=200)
        add("text_smaller", _tr("Tekst &kleiner"), std.ZoomOut, "view",
            lambda: text_size.step(-1), order=210)
        add("text_normal", _tr("&Normale tekstgrootte"), "Ctrl+0", "view",
            text_size.reset, order=220)
        add("about", _tr("&Over Resokit Desktop"), None, "help", self.about, order=900)

    def new_client(self) -> None:
        if not self.flush_pending():
            return
        self._show_client(None)
        self.client_list.set_shown_client(None)
        self.stack.setCurrentWidget(self.tabs)
        self.tabs.setCurrentWidget(self.overview)
        self.overview.start_new()

    def set_client_status(self, status: ClientStatus) -> None:
        client_id = self._client_id
        if client_id is None or not self.flush_pending():
            return
        try:
            dossier_service.set_status(self.dossier.db, client_id, status)
        except StorageError:
            QMessageBox.warning(self, WINDOW_TITLE, _tr(
                "Niet bewaard: de status kon niet gewijzigd worden. Wat eerder bewaard was, "
                "blijft intact."))
            return
        self.overview.set_client(client_id)
        self.refresh_clients()
        self.statusBar().showMessage(_tr("Status gewijzigd."), 4000)

    def delete_client(self) -> None:
        client_id = self._client_id
        if client_id is None:
            return
        name = dossier_service.get_client(self.dossier.db, client_id).name
        if not confirm_delete_client(self, self.dossier, name):
            return
        self._show_client(None)  # pending edits of this client are dropped with it
        try:
            report = privacy_erase.erase_client(self.dossier, client_id)
        except StorageError:
            QMessageBox.warning(self, WINDOW_TITLE, _tr(
                "Niet verwijderd: het bestand kon niet geschreven worden. Er is niets veranderd."))
            self._show_client(client_id)
            return
        self.client_list.set_shown_client(None)
        self.refresh_clients()
        self.statusBar().showMessage(_tr("Cliënt verwijderd."), 4000)
        from resokit_desktop.ui.security import erase_notice  # lazy: only after an erase

        if not report.complete:
            erase_notice.offer_wipe_retry(self)
        erase_notice.offer_kept_aside_removal_after_erase(self)

    def delete_selection(self) -> None:
        widget = self.tabs.currentWidget()
        if self.stack.currentWidget() is self.tabs and widget is not None:
            widget.delete_selection()

    def switch_tab(self, step: int) -> None:
        """Show the next (+1) or previous (-1) dossier tab; the focus follows when it was there."""
        if self.stack.currentWidget() is not self.tabs or self.tabs.count() == 0:
            return
        focus_was_in_tabs = self.tabs.isAncestorOf(QApplication.focusWidget())
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())
        if focus_was_in_tabs:
            focus_first_field(self.tabs.currentWidget())

    def focus_search(self) -> None:
        self.client_list.show()
        self.action_registry.get("toggle_client_list").setChecked(True)
        self.client_list.focus_search()

    def settings_dialog(self) -> SettingsDialog:
        """The settings as this window opens them: saving applies them to the session too."""
        on_saved = self.session.apply_settings if self.session is not None else None
        return SettingsDialog(self.dossier, self, on_saved=on_saved)

    def open_settings(self) -> None:
        exec_and_free(self.settings_dialog())

    def about(self) -> None:
        show_about(self)

    # -- internal -----------------------------------------------------------------------------
    def make_empty_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        label = QLabel(_tr("Kies links een cliënt, of maak een nieuwe cliënt aan (Ctrl+N)."), page)
        label.setObjectName("empty_dossier_hint")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setStyleSheet("font-size: 13pt; color: #444;")
        button = QPushButton(_tr("Nieuwe cliënt"), page)
        button.setObjectName("empty_new_client")
        button.clicked.connect(self.new_client)
        layout.addWidget(label)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    def _show_client(self, client_id: int | None) -> None:
        self._client_id = client_id
        for widget in self.built_tabs():
            widget.set_client(client_id)
        self.stack.setCurrentIndex(1 if client_id is not None else 0)
        self.action_registry.set_client_selected(client_id is not None)
        self.client_list.set_shown_client(client_id)
        self._sync_undo_stack()

    def _client_activated(self, client_id: int) -> None:
        self.open_client(client_id)

    def _client_saved(self, client_id: int) -> None:
        if client_id != self._client_id:
            # A new client got its id: the other tabs may now work on it.
            self._client_id = client_id
            for widget in self.built_tabs():
                if widget is not self.overview:
                    widget.set_client(client_id)
            self.action_registry.set_client_selected(True)
            self.client_list.set_shown_client(client_id)
        if self.overview.listed_changed:
            self.refresh_clients()

    def _tab_changed(self, _index: int) -> None:
        # A new client exists only once its name is stored: save it before another tab opens.
        widget = self.tabs.currentWidget()
        if (self._client_id is None and widget is not self.overview
                and self.stack.currentWidget() is self.tabs):
            saved = self.overview.has_pending_edits() and self.overview.save_now()
            if not saved:
                self.tabs.blockSignals(True)
                self.tabs.setCurrentWidget(self.overview)
                self.tabs.blockSignals(False)
                self.statusBar().showMessage(_tr(
                    "Vul eerst een naam of pseudoniem in; daarna kan je de andere onderdelen "
                    "gebruiken."), 6000)
                if not self.overview.form.visible_messages():
                    self.overview.form.name_field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.lazy_tabs.ensure_built(self.tabs.currentIndex())  # first shown: built now
        self._sync_undo_stack()

    def _sync_undo_stack(self, *_args) -> None:
        widget = self.tabs.currentWidget()
        stack = widget.undo_stack() if widget is not None else None
        if stack is not None and stack not in self.undo_group.stacks():
            self.undo_group.addStack(stack)
        self.undo_group.setActiveStack(stack)

    def _page_changed(self, _index: int) -> None:
        if self.stack.currentWidget() is self.tabs:  # the dossier shows: its tab is needed now
            self.lazy_tabs.ensure_built(self.tabs.currentIndex())
            self._sync_undo_stack()

    def _toggle_client_list(self) -> None:
        self.client_list.setVisible(self.action_registry.get("toggle_client_list").isChecked())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.language_switch.shown()
        if self._fit_when_shown:
            self._fit_when_shown = False
            window_layout.fit_to_screen(self)

    def save_layout(self) -> None:
        """Window geometry and splitter only: never anything about a client."""
        window_layout.save_layout(self, self.splitter)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.flush_pending():
            event.ignore()
            return
        self.save_layout()
        event.accept()
