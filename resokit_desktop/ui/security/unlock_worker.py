"""Run one slow call (a key derivation, a file check) on a thread; its result comes back by signal.

API::

    call = BackgroundCall(parent)          # a QObject living in the UI thread
    call.finished.connect(slot)            # slot(result) runs in the UI thread
    call.start(function, *args)            # function(*args) runs on a new thread
    call.running -> bool; call.wait()      # join the thread, deliver its result now
    lower_thread_priority()                # call inside a thread: nice it (Linux), else no-op

The event loop keeps running while the call works, so the window never freezes. Only one call
runs at a time per BackgroundCall. An exception in the function is handed to the slot as the
result (the slot decides what it means); nothing is logged, so no client data can leak.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal

LOW_PRIORITY_NICE = 10


def lower_thread_priority() -> None:
    """Give the calling thread a lower CPU priority where the OS allows it per thread (Linux)."""
    if hasattr(os, "setpriority") and hasattr(threading, "get_native_id"):
        with contextlib.suppress(OSError, AttributeError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), LOW_PRIORITY_NICE)


class BackgroundCall(QObject):
    finished = Signal(object)
    _arrived = Signal(object)  # from the thread, queued to this object in the UI thread

    def __init__(self, parent: QObject | None = None, low_priority: bool = False,
                 name: str = "resokit-work") -> None:
        super().__init__(parent)
        self._arrived.connect(self._deliver)
        self._active = False  # from start() until the result is delivered
        self._thread: threading.Thread | None = None
        self._low_priority = low_priority
        self._name = name

    @property
    def running(self) -> bool:
        return self._active

    def start(self, function: Callable[..., Any], *args: Any) -> None:
        if self.running:
            raise RuntimeError("a background call is already running")

        def run() -> None:
            if self._low_priority:
                lower_thread_priority()
            try:
                result: Any = function(*args)
            except Exception as exc:  # noqa: BLE001 - handed to the slot, which decides
                result = exc
            with contextlib.suppress(RuntimeError):  # the receiver went away meanwhile
                self._arrived.emit(result)

        self._active = True
        self._thread = threading.Thread(target=run, name=self._name, daemon=True)
        self._thread.start()

    def wait(self) -> None:
        """Block until the call is done and deliver its result to the slot now."""
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        # The result was posted to this object (in the UI thread): deliver it now.
        QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)

    def _deliver(self, result: object) -> None:
        self._active = False
        self.finished.emit(result)


def preload_window_modules() -> None:
    """Import the main window and its tab modules (no widget is made): called on the unlock
    thread once the file opened, so building the window after Enter does not wait for imports."""
    # lazy: this is the preloading itself, run on the unlock thread
    from resokit_desktop.ui.dossier_tabs import load_tab_modules

    importlib.import_module("resokit_desktop.ui.main_window")
    load_tab_modules()
