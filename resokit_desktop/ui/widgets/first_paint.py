"""Run something once a widget has painted for the first time (the next event-loop turn)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterFirstPaint(QObject):
    """``callback()`` on the turn after ``widget``'s first paint, so slow work that can wait a
    moment (a check, imports) never delays the window's first appearance. Owned by the widget.

    ``started`` tells whether it ran; ``run_now()`` runs it at once when it has not (a window
    closed before it ever painted); ``cancel()`` makes sure it never runs.
    """

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback = callback
        self.started = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self.run_now)  # after this paint, not inside it
        return False

    def run_now(self) -> None:
        if not self.started:
            self.cancel()
            self._callback()

    def cancel(self) -> None:
        self.started = True
        self._widget.removeEventFilter(self)
