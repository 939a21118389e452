"""The one way to run slow work off the UI thread (a key derivation, a check, a backup, a PDF).

API::

    call = BackgroundCall(parent, low_priority=False, name="resokit-work")  # a UI-thread QObject
    call.finished.connect(slot)            # slot(result) runs in the UI thread; an exception
                                           # raised by the function is handed over as the result
    call.start(function, *args)            # function(*args) runs on a new thread
    call.running -> bool; call.wait()      # join the thread, deliver its result now
    run_in_background(work, on_done, on_failed)   # fire and forget, callbacks in the UI thread
    wait_for_all()                         # at exit: let every running call end
    lower_thread_priority()                # inside a thread: nice it (Linux), else no-op

The event loop keeps running while the work runs, so the window never freezes. Only one call
runs at a time per BackgroundCall. Nothing is logged, so no client data can leak. The work must
not touch widgets or the dossier connection (both belong to the UI thread).
"""

from __future__ import annotations

import atexit
import contextlib
import os
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal

LOW_PRIORITY_NICE = 10

_threads: set[threading.Thread] = set()  # every thread still running, for wait_for_all()
_detached: set[BackgroundCall] = set()  # run_in_background's calls, kept alive until done


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
            _threads.discard(threading.current_thread())

        self._active = True
        self._thread = threading.Thread(target=run, name=self._name, daemon=True)
        _threads.add(self._thread)
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


def run_in_background(work: Callable[[], Any], on_done: Callable[[Any], None],
                      on_failed: Callable[[BaseException], None]) -> None:
    """Call ``work()`` on a thread; ``on_done(result)`` or ``on_failed(error)`` in the UI thread."""
    call = BackgroundCall(name="resokit-job")

    def deliver(result: object) -> None:
        _detached.discard(call)
        call.deleteLater()
        if isinstance(result, Exception):
            on_failed(result)
        else:
            on_done(result)

    call.finished.connect(deliver)
    _detached.add(call)
    call.start(work)


def wait_for_all(timeout: float | None = None) -> None:
    """Block until every running call has ended (at exit, before the objects it reports to go)."""
    for thread in list(_threads):
        thread.join(timeout)


# A daemon thread still running while the interpreter shuts down can abort it (it may hold the
# stdout lock or be importing): let running work end first, within reason.
atexit.register(wait_for_all, 60.0)
