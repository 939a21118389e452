"""In a narrow window the Inclusieweb gets the width: the client list folds away while the web is
shown and comes back when the worker leaves it; F9 brings it back at any time."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

# Narrower than this (a 1024 x 768 laptop), the web beside the client list and the member panel
# would draw its names under 11 px.
NARROW_WINDOW_WIDTH = 1200
WIDE_TAB_KEYS = frozenset({"inclusion_web"})


class ClientListFold(QObject):
    """Folds the client list (through its "show" action, so the menu's tick follows) while a
    tab that needs the width is shown in a narrow window. A list the worker opened again with F9
    stays open until they leave that tab; a list they closed themselves stays closed."""

    def __init__(self, window: QMainWindow, action: QAction) -> None:
        super().__init__(window)
        self._window = window
        self._action = action
        self.folded = False
        self._kept_open = False
        window.tabs.currentChanged.connect(self.update)
        window.stack.currentChanged.connect(self.update)
        action.triggered.connect(self._chosen)
        window.installEventFilter(self)

    def _wide_tab_shown(self) -> bool:
        window = self._window
        tab = window.tabs.currentWidget()
        return (window.stack.currentWidget() is window.tabs and tab is not None
                and tab.property("tab_key") in WIDE_TAB_KEYS)

    def update(self, *_args) -> None:
        if self._wide_tab_shown() and self._window.width() < NARROW_WINDOW_WIDTH:
            if not self.folded and not self._kept_open and self._action.isChecked():
                self.folded = True
                self._action.setChecked(False)
            return
        self._kept_open = False
        if self.folded:
            self.folded = False
            self._action.setChecked(True)

    def _chosen(self, checked: bool) -> None:
        """The worker pressed F9 (or used the menu): their choice holds."""
        if self.folded and checked:
            self._kept_open = True
        self.folded = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._window and event.type() == QEvent.Type.Resize:
            self.update()
        return super().eventFilter(watched, event)
