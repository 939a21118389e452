"""Turn SIGTERM, SIGHUP (logout, shutdown) and SIGINT (Ctrl+C) into one Qt signal: quit now.

Python runs a signal handler only when the interpreter gets control, and Qt's event loop may
wait in C++ for a long time, so the app would not notice until the next event. A self-pipe wakes
the loop: ``signal.set_wakeup_fd`` makes the C-level handler write the signal number into a
pipe (a pipe, not a socket) and a QSocketNotifier on the read end fires inside the event loop,
where it is safe to close windows and the dossier.
"""

from __future__ import annotations

import os
import signal

from PySide6.QtCore import QObject, QSocketNotifier, Signal

QUIT_SIGNALS = (signal.SIGTERM, signal.SIGHUP, signal.SIGINT)


class QuitSignals(QObject):
    """While it lives, the signals above emit ``requested`` (once) instead of killing the app."""

    requested = Signal(int)

    def __init__(self, signals: tuple[int, ...] = QUIT_SIGNALS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._signals = set(signals)
        self._read, self._write = os.pipe()
        os.set_blocking(self._read, False)
        os.set_blocking(self._write, False)
        self._previous_wakeup = signal.set_wakeup_fd(self._write, warn_on_full_buffer=False)
        # The handler itself does nothing: its only job is to replace the default action
        # (terminate at once); the byte in the pipe does the rest.
        self._previous = {number: signal.signal(number, _note) for number in signals}
        self._notifier = QSocketNotifier(self._read, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        self._emitted = False

    def _drain(self) -> None:
        try:
            data = os.read(self._read, 512)
        except BlockingIOError:
            return
        received = [number for number in data if number in self._signals]
        if received and not self._emitted:
            self._emitted = True
            self.requested.emit(received[0])

    def close(self) -> None:
        """Give the signals back to what handled them before (tests start more than one app)."""
        if self._notifier is None:
            return
        self._notifier.setEnabled(False)
        self._notifier = None
        for number, previous in self._previous.items():
            signal.signal(number, previous if previous is not None else signal.SIG_DFL)
        signal.set_wakeup_fd(self._previous_wakeup)
        os.close(self._read)
        os.close(self._write)


def _note(_signum: int, _frame: object) -> None:
    """Python-level handler: nothing to do here; QuitSignals acts in the event loop."""
