"""Open the main window on a demo file at the buurtkaart of one client, for docs screenshots.

Usage (under Xvfb, see /work/shared/tools/shoot): screenshot_buurtkaart.py DEMO_FILE
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
    args = parser.parse_args()

    from resokit_desktop.app import create_application
    from resokit_desktop.services.dossier_file import DossierFile
    from resokit_desktop.storage import clients_repo
    from resokit_desktop.ui.main_window import MainWindow

    app = create_application(lang="nl")
    dossier = DossierFile.open(args.data)
    window = MainWindow(dossier)
    window.show()
    # Under a bare X server no window manager maximises: take the whole screen ourselves.
    window.setGeometry(app.primaryScreen().availableGeometry())
    client = next(c for c in clients_repo.list_clients(dossier.db)
                  if c.name.startswith(args.client))
    window.open_client(client.id)
    tab = window.tab_widget("buurtkaart")
    window.tabs.setCurrentWidget(tab)

    def later() -> None:
        pins = tab.editor.scene.pin_items
        if pins:
            tab.editor.select_only(sorted(pins)[0])

    QTimer.singleShot(300, later)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
