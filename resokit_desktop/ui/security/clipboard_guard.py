"""Forget what was copied from Resokit: clear the clipboard on lock and quit if we filled it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QClipboard, QGuiApplication


class ClipboardGuard(QObject):
    """Remembers whether the clipboard last changed while Resokit was the active application
    (a copy from one of our fields), so clearing never throws away what the user copied
    elsewhere afterwards."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ours = False
        self._clipboard = QGuiApplication.clipboard()
        self._clipboard.dataChanged.connect(self._changed)

    def _changed(self) -> None:
        self._ours = (
            self._clipboard.ownsClipboard()
            or QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
            or QGuiApplication.focusWindow() is not None
            or QGuiApplication.focusObject() is not None
        )

    @property
    def holds_ours(self) -> bool:
        return self._ours or self._clipboard.ownsClipboard()

    def clear_if_ours(self) -> bool:
        """Clear clipboard (and X11 selection) when Resokit put its content there."""
        if not self.holds_ours:
            return False
        self._clipboard.clear(QClipboard.Mode.Clipboard)
        if self._clipboard.supportsSelection():
            self._clipboard.clear(QClipboard.Mode.Selection)
        self._ours = False
        return True
