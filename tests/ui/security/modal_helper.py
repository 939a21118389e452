"""Test helper: act on a modal dialog once it is shown (the code under test blocks in exec)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget


class ModalScript:
    """Runs the step for each expected dialog name in order; a failing step closes the dialog
    (so the test does not hang) and is re-raised by check()."""

    def __init__(self) -> None:
        self.steps: list[tuple[str, Callable[[QWidget], None]]] = []
        self.errors: list[BaseException] = []
        self.seen: list[str] = []

    def expect(self, object_name: str, step: Callable[[QWidget], None]) -> ModalScript:
        self.steps.append((object_name, step))
        return self

    def start(self) -> None:
        QTimer.singleShot(0, self._poll)

    def _poll(self) -> None:
        if not self.steps:
            return
        widget = QApplication.activeModalWidget()
        name, step = self.steps[0]
        if widget is not None and widget.isVisible() and widget.objectName() == name:
            self.steps.pop(0)
            self.seen.append(name)
            try:
                step(widget)
            except BaseException as exc:  # noqa: BLE001 - reported by check()
                self.errors.append(exc)
                self.steps.clear()
                if isinstance(widget, QDialog):
                    widget.reject()
                return
        QTimer.singleShot(20, self._poll)

    def check(self) -> None:
        if self.errors:
            raise self.errors[0]
        assert not self.steps, f"dialogs never shown: {[n for n, _ in self.steps]}"


def accept_welcome(dialog: QWidget) -> None:
    """The first-run welcome as it comes (Dutch, no names, an empty file): Enter on each page."""
    # lazy: only the tests that make a new file need pytest-qt's key helpers here
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    dialog.activateWindow()
    for _try in range(200):
        if dialog.isActiveWindow():
            break
        QTest.qWait(10)
    for _page in range(3):
        QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)
