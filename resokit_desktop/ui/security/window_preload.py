"""Import the main window's modules on the UI thread while the unlock dialog waits for the user.

API (used by session_start)::

    preload = WindowPreload(parent=dialog)
    preload.start_after_paint(dialog)   # one module per event-loop turn, after the first paint
    preload.start()                     # the same, from the next turn (it painted already)
    preload.finish()                    # the rest, still one per turn (the event loop runs)

The unlock dialog needs none of these modules, so they are not imported before it shows; once
it has painted, each idle turn imports one (the largest about 15 ms), so typing stays
smooth and building the window after Enter does not wait for imports. Imports stay on the UI
thread: the key derivation's worker thread never imports widget modules. What is not loaded yet
when the passphrase is accepted (a quick typist) ``finish()`` imports the same way, one module
per turn, so the event loop never waits for all of them at once.
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QWidget

import resokit_desktop
from resokit_desktop.ui.widgets.first_paint import AfterFirstPaint

# In dependency order, the big parts first, so no single turn imports much at once (the largest
# step is about 15 ms on an idle machine). A name that no longer exists is skipped (a test
# imports every one).
WINDOW_MODULES: tuple[str, ...] = (
    "sqlite_utils",  # put off until first use (resokit_desktop/__init__.py): loaded now
    "resokit_desktop.services.dossier_opening",  # what Enter runs (on the worker thread)
    "resokit_desktop.ui.security.lock_triggers",  # the session's watchers (dossier_session)
    "resokit_desktop.ui.security.session_backup",
    "resokit_desktop.ui.security.background_check",
    "resokit_desktop.ui.security.clipboard_guard",
    "resokit_desktop.ui.security.lock_keeping",
    "resokit_desktop.services.privacy_review",
    "resokit_desktop.ui.security.session_flows",
    "resokit_desktop.domain.web.model",
    "resokit_desktop.services.dossier_service",
    "resokit_desktop.domain.talents",
    "resokit_desktop.domain.roles",
    "resokit_desktop.services.role_service",
    "resokit_desktop.ui.dossiers.client_table_model",
    "resokit_desktop.ui.dossiers.client_list_panel",
    "resokit_desktop.domain.summary",
    "resokit_desktop.reports.blocks",
    "resokit_desktop.domain.web.indicators",
    "resokit_desktop.reports.summary_document",
    "resokit_desktop.reports.help_sheets",
    "resokit_desktop.services.help_service",
    "resokit_desktop.ui.settings.settings_dialog",
    "resokit_desktop.ui.dossiers.overview_tab",
    "resokit_desktop.ui.main_window",
    "resokit_desktop.services.web_service",
    "resokit_desktop.ui.inclusion_web.indicators_panel",
    "resokit_desktop.domain.web.layout",
    "resokit_desktop.rendering.web_items",
    "resokit_desktop.rendering.web_scene",
    "resokit_desktop.ui.inclusion_web.web_editor",
    "resokit_desktop.ui.inclusion_web.member_panel",
    "resokit_desktop.services.register_service",
    "resokit_desktop.ui.roles.plan_form",
    "resokit_desktop.ui.roles.role_flow",
    "resokit_desktop.domain.buurtkaart",
    "resokit_desktop.services.map_service",
)


def modules_to_preload() -> list[str]:
    """The window's modules, each dossier tab's (they register their tab on import) and the
    modules that add menu actions."""
    # lazy: the registries belong to the window's modules, loaded here only when asked
    from resokit_desktop.ui.actions import ACTION_MODULES
    from resokit_desktop.ui.dossier_tabs import TAB_MODULES

    return [*WINDOW_MODULES, *TAB_MODULES, *ACTION_MODULES]


class WindowPreload(QObject):
    """Imports ``modules_to_preload()`` one per event-loop turn, starting after a paint."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: list[str] | None = None
        self._after_paint: AfterFirstPaint | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)
        self._loop: QEventLoop | None = None

    @property
    def done(self) -> bool:
        return self._pending == []

    def start_after_paint(self, widget: QWidget) -> None:
        """Begin once ``widget`` has painted: the first window is on screen before any import."""
        self._after_paint = AfterFirstPaint(widget, self.start)

    def start(self) -> None:
        """Begin on the next turn (the window it serves has painted already)."""
        self._pending = modules_to_preload()
        self._timer.start()

    def finish(self) -> None:
        """Import what is left, one module per turn, running the event loop until done."""
        self.stop()
        if self._pending is None:  # never painted (accepted at once): start now
            self._pending = modules_to_preload()
        if not self._pending:
            return
        self._loop = QEventLoop()
        self._timer.start()
        self._loop.exec()
        self._loop = None

    def stop(self) -> None:
        if self._after_paint is not None:
            self._after_paint.cancel()
            self._after_paint = None
        self._timer.stop()

    def _step(self) -> None:
        while self._pending:
            name = self._pending.pop(0)
            if not resokit_desktop.is_loaded(name):
                try:
                    importlib.import_module(name)
                    resokit_desktop.load_now(name)  # one put off until first use: now
                except Exception:  # noqa: BLE001 - the window's own import reports it
                    pass
                break  # one import per turn; the event loop runs in between
        if self._pending:
            self._timer.start()
        elif self._loop is not None:
            self._loop.quit()
