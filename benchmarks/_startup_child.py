"""Child process of bench_startup: show a window (bare PySide6 or the app), report when painted.

    _startup_child.py bare | main FILE | first FILE

``main``: prints one line when the first main window has painted. ``first``: when the first
window of the app has painted (the unlock dialog of an encrypted file, the passphrase dialog of
a plain file, or a main window), whichever it is. The line: "shown <window> <heavy modules>",
where <window> is the painted widget's object name and <heavy modules> lists pyqtgraph, fpdf and
the main window's module when they were already imported (or "-").
"""

from __future__ import annotations

import os
import sys

HEAVY = ("pyqtgraph", "fpdf", "resokit_desktop.ui.main_window")


def _report_on_first_paint(app, first_window: bool) -> None:
    # lazy: the child imports PySide6 only after its start time is taken by the parent
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QDialog, QMainWindow

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
            if event.type() != QEvent.Type.Paint:
                return False
            wanted = (isinstance(obj, QMainWindow) or (
                first_window and isinstance(obj, QDialog) and obj.objectName() != "open_busy"))
            if wanted:
                heavy = [m for m in HEAVY if m in sys.modules]
                name = obj.objectName() or type(obj).__name__
                sys.stdout.write(f"shown {name} " + (",".join(heavy) or "-") + "\n")
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
        _report_on_first_paint(app, first_window=False)
        window = QMainWindow()
        window.resize(1200, 800)
        window.show()
        app.exec()
    else:
        # The real start-up path: resokit's own command line, app set-up and first window.
        app = QApplication(sys.argv[:1])  # create_application() reuses this instance
        _report_on_first_paint(app, first_window=mode == "first")  # "app"/"main": main window
        from resokit_desktop.cli.main import main as resokit_main

        sys.exit(resokit_main(["--data", sys.argv[2]]))


if __name__ == "__main__":
    main()
