"""Open the neighbourhood register window on a fresh demo file, for docs screenshots.

    .venv/bin/python scripts/screenshot_register.py DEMO_FILE [--scan]

Runs against a demo file made here without a passphrase; never against real dossiers.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer

from resokit_desktop.app import create_application
from resokit_desktop.services.demo_service import fill_demo
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.services.register_service import RegisterService

DEMO_DAY = date(2026, 3, 16)


def main(data: Path, scan: bool) -> int:
    app = create_application(["resokit"], lang="nl")
    from resokit_desktop.ui.main_window import MainWindow
    from resokit_desktop.ui.neighbourhood.register_window import RegisterWindow

    fresh = not data.exists()
    dossier = DossierFile.open(data)
    if fresh:
        fill_demo(dossier.db, DEMO_DAY)
    window = MainWindow(dossier)
    window.showMaximized()

    def open_register() -> None:
        register = RegisterWindow(RegisterService(dossier.db), window,
                                  client_id=window.current_client_id, today=lambda: DEMO_DAY)
        register.setWindowState(Qt.WindowState.WindowMaximized)
        register.show()
        if scan:
            register.tabs.setCurrentIndex(1)
        else:
            first = register.list_panel.model.entry_id(0)
            if first is not None:
                register.show_entry(first)
                register.reload()

    QTimer.singleShot(300, open_register)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), "--scan" in sys.argv[2:]))
