"""User steps for the session editor: typing into fields and into agreement cells."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget


def retype(qtbot, field, text: str) -> None:
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    if text:
        qtbot.keyClicks(field, text)


def type_notes(qtbot, field, text: str) -> None:
    qtbot.mouseClick(field.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(field, text)


def type_in_cell(qtbot, table, row: int, column: int, text: str) -> None:
    """Click the cell, press F2 to edit, type, press Enter: as a worker would."""
    rect = table.visualRect(table.model().index(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not table
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def add_agreement(qtbot, agreements, who: str, what: str, due: str = "") -> None:
    """Click 'Afspraak toevoegen': the 'Wat' cell opens; type, then fill the other cells."""
    qtbot.mouseClick(agreements.add_button, Qt.MouseButton.LeftButton)
    row = agreements.table.rowCount() - 1
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, what)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    if who:
        type_in_cell(qtbot, agreements.table, row, 0, who)
    if due:
        type_in_cell(qtbot, agreements.table, row, 2, due)


def answer_next_dialog(qtbot, button_name: str, seen: list[str] | None = None) -> None:
    """When the next modal dialog opens, note its text and informative text, click the button."""

    def click() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, click)
            return
        if seen is not None:
            for name in ("qt_msgbox_label", "qt_msgbox_informativelabel"):
                label = dialog.findChild(QWidget, name)
                seen.append(label.text() if label is not None else "")
        qtbot.mouseClick(dialog.findChild(QAbstractButton, button_name), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)
