"""Open the main window on a demo file at one client's Grafieken tab, or the caseload overview,
for docs screenshots.

Usage (under Xvfb, see /work/shared/tools/shoot): screenshot_charts.py DEMO_FILE
[--client NAME] [--caseload]. The demo file is written by ``python -m resokit_desktop demo``.
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QTimer


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data")
    parser.add_argument("--client", default="Marie-Louise")
    parser.add_argument("--caseload", action="store_true")
    parser.add_argument("--scroll", type=int, default=0)
    args = parser.parse_args()

    from resokit_desktop.app import create_application
    from resokit_desktop.services.dossier_file import DossierFile
    from resokit_desktop.storage import clients_repo
    from resokit_desktop.ui.main_window import MainWindow

    app = create_application(lang="nl")
    dossier = DossierFile.open(args.data)
    window = MainWindow(dossier)
    window.show()
    window.setGeometry(app.primaryScreen().availableGeometry())
    client = next(c for c in clients_repo.list_clients(dossier.db)
                  if c.name.startswith(args.client))
    window.open_client(client.id)
    tab = window.tab_widget("charts")
    window.tabs.setCurrentWidget(tab)

    def later() -> None:
        if args.caseload:
            window.action_registry.get("caseload_overview").trigger()
            overview = window._caseload_window
            overview.setGeometry(app.primaryScreen().availableGeometry())
            overview.show_bar("role_plans_by_status", 1)
        elif args.scroll:
            area = tab.stack.currentWidget()
            area.verticalScrollBar().setValue(args.scroll)

    QTimer.singleShot(400, later)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
