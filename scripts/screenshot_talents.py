"""Open the main window on a demo file at the Talentenkaart of one client, for docs screenshots.

Usage (under Xvfb, see /work/shared/tools/shoot): screenshot_talents.py DEMO_FILE [--present]
[--client NAME]. The demo file is written by ``python -m resokit_desktop demo``.
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QTimer


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data")
    parser.add_argument("--client", default="Marie-Louise")
    parser.add_argument("--present", action="store_true")
    parser.add_argument("--lang", default="nl")
    args = parser.parse_args()

    from resokit_desktop.app import create_application
    from resokit_desktop.services.dossier_file import DossierFile
    from resokit_desktop.storage import clients_repo
    from resokit_desktop.ui.main_window import MainWindow

    app = create_application(lang=args.lang)
    dossier = DossierFile.open(args.data)
    window = MainWindow(dossier)
    window.show()
    # Under a bare X server no window manager maximises: take the whole screen ourselves.
    window.setGeometry(app.primaryScreen().availableGeometry())
    client = next(c for c in clients_repo.list_clients(dossier.db)
                  if c.name.startswith(args.client))
    window.open_client(client.id)
    tab = window.tab_widget("talents")
    window.tabs.setCurrentWidget(tab)

    def later() -> None:
        focus = tab.model.focus_keys()
        if focus:
            tab.board.select(focus[0])
        if args.present:
            tab.enter_presentation()

    QTimer.singleShot(300, later)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
