"""Small user steps for the privacy dialog tests: real clicks and key presses."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit


def clear_and_type(qtbot, field: QLineEdit, text: str) -> None:
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    if text:
        qtbot.keyClicks(field, text)


def click(qtbot, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def when_dialog_opens(qtbot, handle) -> None:
    """Call handle(dialog) once the next modal dialog is up."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
            return
        handle(dialog)

    QTimer.singleShot(0, poll)
