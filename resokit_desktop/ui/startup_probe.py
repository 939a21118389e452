"""For benchmarks only: report the main window's first paint on stdout, then end at once.

Asked for with RESOKIT_BENCH_FIRST_PAINT=1 (benchmarks/bench_bundle.py times the installed
program this way, where a probe script cannot be injected). Prints one fixed word, no data.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

ENV_VARIABLE = "RESOKIT_BENCH_FIRST_PAINT"


class _FirstPaint(QObject):
    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
            sys.stdout.write("shown\n")
            sys.stdout.flush()
            os._exit(0)  # the measurement is done; skip the teardown
        return False


def install_if_asked(app: QApplication) -> None:
    if os.environ.get(ENV_VARIABLE) == "1":
        app._first_paint_probe = _FirstPaint(app)
        app.installEventFilter(app._first_paint_probe)
