"""A status label that keeps the room of its longest message, so showing one moves nothing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ReservedLabel(QLabel):
    """Fixed to the size of the widest of ``messages()`` (re-measured when the font changes)."""

    def __init__(self, messages: Callable[[], list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._messages = messages
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._reserve()

    def _reserve(self) -> None:
        metrics = self.fontMetrics()
        margins = self.contentsMargins()
        width = max((metrics.horizontalAdvance(text) for text in self._messages()), default=0)
        self.setFixedSize(width + margins.left() + margins.right() + 2 * self.margin() + 4,
                          metrics.height() + margins.top() + margins.bottom() + 2 * self.margin())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._reserve()
