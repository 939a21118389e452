"""Python's cycle collector runs between events on the UI thread, never in the middle of Qt code.

Left to itself, the collector runs at whatever allocation crosses its threshold: inside a Qt call
(a style sheet being applied, a paint) or on a background thread. If the garbage it finds holds
a window Python owns (a dialog or tab in a reference cycle), Qt then deletes that window in the
middle of unrelated work, which can crash the program. Here automatic collection is switched off
and a timer on the UI thread collects the generations that are due, by the same thresholds.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class SafePointCollector(QObject):
    """While it lives, cyclic garbage is collected only on its timer, on the UI thread."""

    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start()

    def collect_if_due(self) -> int | None:
        """Collect the oldest generation whose count is over its threshold; return it, or None."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return generation
        return None

    def stop(self) -> None:
        """Hand collection back to Python (as it was before), after one full safe collection."""
        self._timer.stop()
        self.setParent(None)  # install() makes a new one after this
        gc.collect()
        if self._was_enabled:
            gc.enable()


def install(app: QObject) -> SafePointCollector:
    """Collect garbage at safe points for the rest of the application's life (once per app)."""
    existing = app.findChild(SafePointCollector)
    return existing if existing is not None else SafePointCollector(app)
