"""Notice when the user has been idle too long (time asleep included) and say it is time to lock.

API::

    watcher = IdleWatcher(timeout_ms=10 * 60 * 1000)   # app-wide event filter, QtCore only
    watcher.idle.connect(lock_the_window)
    watcher.start(); watcher.stop(); watcher.set_timeout(ms)

Every mouse, key, wheel or touch event anywhere in the application restarts the idle period.
Elapsed time is read from CLOCK_BOOTTIME, which keeps counting while the laptop sleeps, so a
machine resumed after the timeout locks at the first check instead of staying open overnight.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

_ACTIVITY = {
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.KeyPress, QEvent.Type.KeyRelease,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.HoverMove, QEvent.Type.TabletPress, QEvent.Type.Shortcut,
}


def boot_clock() -> float:
    """Seconds on a clock that also counts suspended time (monotonic where unavailable)."""
    try:
        return time.clock_gettime(time.CLOCK_BOOTTIME)
    except (AttributeError, OSError):
        return time.monotonic()


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, timeout_ms: int, clock: Callable[[], float] = boot_clock,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._timeout_ms = timeout_ms
        self._last_activity = clock()
        self._check = QTimer(self)
        self._check.timeout.connect(self.check_now)
        self._running = False

    @property
    def timeout_ms(self) -> int:
        return self._timeout_ms

    def set_timeout(self, timeout_ms: int) -> None:
        self._timeout_ms = timeout_ms
        if self._running:
            self.start()

    def start(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and not self._running:
            app.installEventFilter(self)
        self._running = True
        self._last_activity = self._clock()
        if self._timeout_ms <= 0:
            self._check.stop()
            return
        self._check.start(max(50, min(1000, self._timeout_ms // 4)))

    def stop(self) -> None:
        self._check.stop()
        app = QCoreApplication.instance()
        if app is not None and self._running:
            app.removeEventFilter(self)
        self._running = False

    def seconds_idle(self) -> float:
        return self._clock() - self._last_activity

    def check_now(self) -> None:
        if self._running and self._timeout_ms > 0 and \
                self.seconds_idle() * 1000 >= self._timeout_ms:
            self.stop()
            self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in _ACTIVITY:
            self._last_activity = self._clock()
        return False
