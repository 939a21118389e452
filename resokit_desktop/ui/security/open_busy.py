"""Slow steps of opening (the file's first check, a key derivation) off the UI thread, with a
small busy window, so the screen never freezes while no other window is up yet.

API (used by session_start)::

    result = run_busy(function, *args, text=checking_text())  # function(*args) on a thread
    # the event loop keeps running meanwhile; an exception raised by it is raised here again
    wait_busy(call, text=checking_text())  # until a started BackgroundCall has delivered

The busy window ("Bezig met openen…" and a moving bar) appears only when the step takes longer
than ``SHOW_AFTER_MS``, so a quick step does not flash a window. It is not modal: nothing else
is open to block, and dialogs that follow are not kept waiting behind it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer
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
        # Not modal (a dialog's default when shown with show()). Qt's enum namespace is left
        # alone here: creating it costs 20-30 ms, and the unlock dialog paints without it.
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
    outcome: dict[str, object] = {}
    call.finished.connect(lambda result: outcome.setdefault("result", result))
    call.start(function, *args)
    wait_busy(call, text)
    call.deleteLater()
    result = outcome["result"]
    if isinstance(result, BaseException):
        raise result
    return result


def wait_busy(call: BackgroundCall, text: str | None = None) -> None:
    """Let the event loop run until ``call`` has delivered its result (at once when it has),
    with the busy window when that takes longer than ``SHOW_AFTER_MS``."""
    if not call.running:
        return
    loop = QEventLoop()
    call.finished.connect(loop.quit)
    window = BusyWindow(text or opening_text())
    show_later = QTimer()
    show_later.setSingleShot(True)
    show_later.timeout.connect(window.show)
    show_later.start(SHOW_AFTER_MS)
    if call.running:
        loop.exec()
    call.finished.disconnect(loop.quit)
    show_later.stop()
    window.hide()
    window.deleteLater()
