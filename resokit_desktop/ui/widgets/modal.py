"""Run a modal dialog and free it once closed, so each opening leaves no window alive."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog


def exec_and_free(dialog: QDialog) -> int:
    """Show ``dialog`` modally, then schedule its deletion; returns what ``exec()`` returned.

    A dialog made with the main window as parent otherwise lives as long as the window whenever
    something (a lambda connected to one of its widgets) still refers to it. The caller may read
    the dialog right after this returns: the deletion waits for the event loop.
    """
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()
