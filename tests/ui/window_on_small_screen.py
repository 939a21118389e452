"""Run in a child process on a 1024x768 offscreen screen: reopen a window saved at 1280x760.

Prints one JSON line: the reopened window's frame, the screen's free area, and what the web
toolbar and the comparison show. Used by test_window_fits_screen.py.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from resokit_desktop.app import create_application
from resokit_desktop.services.demo_service import fill_demo
from resokit_desktop.services.dossier_file import DossierFile


def _rect(rect: QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def main(data: Path) -> None:
    app = create_application(["resokit-test"], lang="nl")
    from resokit_desktop.ui.main_window import MainWindow

    dossier = DossierFile.open(data)
    fill_demo(dossier.db, date(2026, 3, 16))
    first = MainWindow(dossier)
    first.setWindowState(Qt.WindowState.WindowNoState)
    first.show()
    first.setGeometry(QRect(30, 20, 1280, 760))  # as left on a larger screen
    app.processEvents()
    first.save_layout()
    first.close()

    again = MainWindow(dossier)
    again.show()
    for _ in range(20):
        app.processEvents()
    result = {
        "frame": _rect(again.frameGeometry()),
        "available": _rect(app.primaryScreen().availableGeometry()),
        "minimum_width": again.minimumSizeHint().width(),
    }
    print(json.dumps(result))
    again.close()
    dossier.close()
    QApplication.processEvents()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
