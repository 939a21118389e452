"""Slow steps of opening (the file's first check, a key derivation) off the UI thread, with a
small busy window, so the screen never freezes while no other window is up yet.

API (used by session_start)::

    result = run_busy(function, *args, text=checking_text())  # function(*args) on a thread
    # the event loop keeps running meanwhile; an exception raised by it is raised here again

The busy window ("Bezig met openen…" and a moving bar) appears only when the step takes longer
than ``SHOW_AFTER_MS``, so a quick step does not flash a window. It is not modal: nothing else
is open to block, and dialogs that follow are not kept waiting behind it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QVBoxLayout, QWidget

from resokit_desktop.translation import translator
from resokit_desktop.ui.widgets.background import BackgroundCall

SHOW_AFTER_MS = 150

_tr = translator("OpenBusy")


def opening_text() -> str:
    return _tr("Bezig met openen…")


def checking_text() -> str:
    return _tr("Het dossierbestand wordt gecontroleerd…")


class BusyWindow(QDialog):
    """A small window with what is going on and a moving bar (no buttons: it ends by itself)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("open_busy")
        self.setWindowTitle("Resokit Desktop")
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.label = QLabel(text, self)
        self.label.setObjectName("open_busy_text")
        bar = QProgressBar(self)
        bar.setRange(0, 0)  # busy, no known end
        bar.setTextVisible(False)
        bar.setAccessibleName(text)
        bar.setMinimumWidth(320)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(bar)


def run_busy(function: Callable[..., Any], *args: Any, text: str | None = None) -> Any:
    """``function(*args)`` on a background thread while the event loop runs; its result."""
    call = BackgroundCall(name="resokit-open")
    loop = QEventLoop()
    outcome: dict[str, object] = {}

    def done(result: object) -> None:
        outcome["result"] = result
        loop.quit()

    call.finished.connect(done)
    window = BusyWindow(text or opening_text())
    show_later = QTimer()
    show_later.setSingleShot(True)
    show_later.timeout.connect(window.show)
    show_later.start(SHOW_AFTER_MS)
    call.start(function, *args)
    if "result" not in outcome:
        loop.exec()
    show_later.stop()
    window.hide()
    window.deleteLater()
    call.deleteLater()
    result = outcome["result"]
    if isinstance(result, BaseException):
        raise result
    return result
