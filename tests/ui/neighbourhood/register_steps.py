"""Small user steps for the register window tests: real clicks and key presses only."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QWidget


def clear_and_type(qtbot, field: QLineEdit, text: str) -> None:
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    if text:
        qtbot.keyClicks(field, text)


def click(qtbot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_row(qtbot, table, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def table_names(table) -> list[str]:
    model = table.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def answer_next_dialog(qtbot, button_name: str, seen: list | None = None) -> None:
    """When the next modal dialog opens, record its text and click the named button."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, answer)
            return
        label = dialog.findChild(QWidget, "qt_msgbox_label")
        if seen is not None:
            seen.append(label.text() if label is not None else dialog.objectName())
        qtbot.mouseClick(dialog.findChild(QAbstractButton, button_name),
                         Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
