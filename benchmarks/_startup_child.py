"""Child process of bench_startup: show a window (bare PySide6 or the app), report when painted.

Prints one line when the first main window has painted: "shown <heavy modules imported>".
"""

from __future__ import annotations

import os
import sys


def _report_on_first_paint(app) -> None:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QMainWindow

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
            if event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
                heavy = [m for m in ("pyqtgraph", "fpdf") if m in sys.modules]
                sys.stdout.write("shown " + (",".join(heavy) or "-") + "\n")
                sys.stdout.flush()
                os._exit(0)  # the measurement is done; skip the teardown
            return False

    app._first_paint = FirstPaint(app)
    app.installEventFilter(app._first_paint)


def main() -> None:
    mode = sys.argv[1]
    from PySide6.QtWidgets import QApplication, QMainWindow

    if mode == "bare":
        app = QApplication(sys.argv[:1])
        _report_on_first_paint(app)
        window = QMainWindow()
        window.resize(1200, 800)
        window.show()
        app.exec()
    else:
        # The real start-up path: resokit's own command line, app set-up and main window.
        app = QApplication(sys.argv[:1])  # create_application() reuses this instance
        _report_on_first_paint(app)
        from resokit_desktop.cli.main import main as resokit_main

        sys.exit(resokit_main(["--data", sys.argv[2]]))


if __name__ == "__main__":
    main()
