"""Open the help window (F1 on the inclusieweb) on a fresh demo file, for docs screenshots.

    .venv/bin/python scripts/screenshot_help.py DEMO_FILE [--page KEY] [--search WORD]
                                                [--checklist] [--lang XX]

Runs against a demo file made here without a passphrase; never against real dossiers.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QTimer

from resokit_desktop.app import create_application
from resokit_desktop.services.demo_service import fill_demo
from resokit_desktop.services.dossier_file import DossierFile

DEMO_DAY = date(2026, 3, 16)


def main(data: Path, page: str, search: str, checklist: bool, lang: str = "nl") -> int:
    app = create_application(["resokit"], lang=lang)
    from resokit_desktop.ui.help.help_actions import open_checklist, open_help
    from resokit_desktop.ui.main_window import MainWindow

    fresh = not data.exists()
    dossier = DossierFile.open(data)
    if fresh:
        fill_demo(dossier.db, DEMO_DAY)
    window = MainWindow(dossier)
    window.showMaximized()

    def show() -> None:
        if checklist:
            open_checklist(window)
            return
        shown = open_help(window, page, window)
        shown.setGeometry(shown.screen().availableGeometry().adjusted(60, 40, -60, -40))
        if search:
            shown.search_field.setText(search)

    QTimer.singleShot(300, show)
    return app.exec()


if __name__ == "__main__":
    options = sys.argv[2:]

    def option(name: str, default: str) -> str:
        return options[options.index(name) + 1] if name in options else default

    sys.exit(main(Path(sys.argv[1]), option("--page", "guide_web"), option("--search", ""),
                  "--checklist" in options, option("--lang", "nl")))
