"""A message shown right under one field: words plus a sign, so colour never carries it alone."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

_ERROR_STYLE = "color: #8a1c1c; font-weight: bold; padding: 2px 0 4px 0;"


class FieldMessage(QLabel):
    """Hidden until a message is shown; tells assistive technology about it too."""

    def __init__(self, field: QWidget | None, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._field = field
        self.setObjectName(f"message_{name}")
        self.setWordWrap(True)
        self.setStyleSheet(_ERROR_STYLE)
        self.hide()

    def show_message(self, text: str) -> None:
        # Selectable once there is something to select: set here rather than when built, so a
        # first window with fields does not make Qt's enum namespace (20-30 ms) before it shows.
        self.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setText("⚠ " + text)
        self.setAccessibleName(text)
        self.show()
        if self._field is not None:
            self._field.setAccessibleDescription(text)
            self._field.setProperty("invalid", True)
            self._field.setStyleSheet("border: 2px solid #8a1c1c;")

    def clear_message(self) -> None:
        self.setText("")
        self.hide()
        if self._field is not None:
            self._field.setAccessibleDescription("")
            self._field.setProperty("invalid", False)
            self._field.setStyleSheet("")

    def message(self) -> str:
        """The visible message without the sign ('' when hidden)."""
        return self.text().removeprefix("⚠ ") if self.isVisibleTo(self.parentWidget()) else ""


def with_message(field: QWidget, name: str) -> tuple[QWidget, FieldMessage]:
    """Wrap a field and its message in one column, for a form row."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    message = FieldMessage(field, name, box)
    layout.addWidget(message)
    return box, message
