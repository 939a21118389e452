"""A status label that keeps the room of its longest message, so showing one moves nothing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ReservedLabel(QLabel):
    """Always one line high; with ``messages`` also as wide as the widest of them.

    Sizes are measured again when the font changes (the text-size setting).
    """

    def __init__(self, messages: Callable[[], list[str]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._messages = messages
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Fixed if messages else QSizePolicy.Policy.Ignored,
                           QSizePolicy.Policy.Fixed)
        self._reserve()

    def _reserve(self) -> None:
        metrics = self.fontMetrics()
        margins = self.contentsMargins()
        self.setFixedHeight(metrics.height() + margins.top() + margins.bottom()
                            + 2 * self.margin() + 2)
        if self._messages is not None:
            width = max((metrics.horizontalAdvance(t) for t in self._messages()), default=0)
            self.setFixedWidth(width + margins.left() + margins.right() + 2 * self.margin() + 4)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._reserve()
