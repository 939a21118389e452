"""Switch the interface language while the app runs: the main window re-made in the new language.

Installing a translator (i18n.install_language) sends every widget a LanguageChange event. The
main window answers in ``retranslate_ui()``: it saves what is being typed, then rebuilds what it
shows from the same registries that built it (actions and menus, the client list, every dossier
tab built so far through its registered factory, the empty page), for the same client and tab;
a tab not shown yet only gets its new title (it is built in the new language when first shown).
So every feature's texts follow the language without code of its own; a widget that keeps state
a rebuild would lose may still answer LanguageChange itself (``changeEvent`` → its own
``retranslate_ui``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from resokit_desktop.ui.dossiers.client_list_panel import ClientListPanel

if TYPE_CHECKING:
    # The main window (ui/main_window.py) is named by its Qt type only: it owns this switch.
    from PySide6.QtWidgets import QMainWindow as MainWindow


class LanguageSwitch(QObject):
    """Gathers the LanguageChange events of one language switch into one rebuild of the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._pending = False
        self._stale = False

    def language_changed(self) -> None:
        # One switch removes and installs several translators, each sending LanguageChange:
        # rebuild once, after the event loop delivered them all.
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self._window, self._window.retranslate_ui)

    def shown(self) -> None:
        """The window is shown again (after a lock): catch up with a switch made meanwhile."""
        if self._stale:
            self._window.retranslate_ui()

    def retranslate(self) -> None:
        self._pending = False
        window = self._window
        # A hidden window (closing, or behind the lock screen) catches up when shown again;
        # its dossier file may be closed by now.
        self._stale = not window.isVisible()
        if self._stale:
            return
        self._rebuild_actions(window)
        self._rebuild_client_list(window)
        self._rebuild_empty_page(window)
        if window.flush_pending():
            self._rebuild_tabs(window)
        else:  # input the user must fix first stays as it is; the titles still follow
            for index, spec in enumerate(window.tab_specs):
                window.tabs.setTabText(index, spec.title())

    @staticmethod
    def _rebuild_actions(window: MainWindow) -> None:
        old = window.action_registry
        shows_list = old.get("toggle_client_list").isChecked()
        for action in old.actions():
            window.removeAction(action)
            action.deleteLater()
        window.menuBar().clear()
        window.build_actions()
        window.action_registry.get("toggle_client_list").setChecked(shows_list)
        window.action_registry.set_client_selected(window.current_client_id() is not None)

    @staticmethod
    def _rebuild_client_list(window: MainWindow) -> None:
        old = window.client_list
        new = ClientListPanel(window.dossier.db, window)
        new.client_activated.connect(window.open_client)
        new.setVisible(old.isVisible())
        window.splitter.replaceWidget(window.splitter.indexOf(old), new)
        window.client_list = new
        old.deleteLater()
        new.reload(window.current_client_id())
        new.set_shown_client(window.current_client_id())

    @staticmethod
    def _rebuild_empty_page(window: MainWindow) -> None:
        showing = window.stack.currentIndex()
        old = window.stack.widget(0)
        window.stack.insertWidget(0, window.make_empty_page())
        window.stack.removeWidget(old)
        old.deleteLater()
        window.stack.setCurrentIndex(showing)

    @staticmethod
    def _rebuild_tabs(window: MainWindow) -> None:
        current = window.tabs.currentIndex()
        client_id = window.current_client_id()
        window.tabs.blockSignals(True)
        try:
            for index, spec in enumerate(window.tab_specs):
                if window.lazy_tabs.is_built(index):
                    window.lazy_tabs.replace(index, window.make_tab(spec), spec.title())
                else:  # not shown yet: built in the new language when first shown
                    window.tabs.setTabText(index, spec.title())
            window.tabs.setCurrentIndex(current)
        finally:
            window.tabs.blockSignals(False)
        for widget in window.built_tabs():
            widget.set_client(client_id)
        window._sync_undo_stack()  # noqa: SLF001 (the window's own step after a tab change)
