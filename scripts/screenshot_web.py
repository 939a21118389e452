"""Open the main window on a demo file at the inclusieweb of one client, for docs screenshots.

Usage (under Xvfb, see /work/shared/tools/shoot): screenshot_web.py DEMO_FILE [--present]
[--client NAME] [--lang fr] [--tab overview]. The demo file is written by
``python -m resokit_desktop demo``.
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
    parser.add_argument("--contrast", action="store_true")
    parser.add_argument("--lang", default="nl", choices=("nl", "fr", "en", "pseudo"))
    parser.add_argument("--tab", default="inclusion_web", help="the dossier tab to show")
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
    window.tabs.setCurrentWidget(window.tab_widget(args.tab))
    tab = window.tab_widget("inclusion_web")

    def later() -> None:
        members = tab.editor.scene.member_items
        if members and not args.present:
            tab.editor.select_only(sorted(members)[0])
        _choose_something(window.tab_widget(args.tab))
        if args.present:
            tab.enter_presentation(high_contrast=args.contrast)

    QTimer.singleShot(300, later)
    return app.exec()


def _choose_something(shown) -> None:
    """What a worker would have chosen on the tab: a card, the first role plan, a pin."""
    key = shown.property("tab_key")
    if key == "talents":
        card_list = next((lst for lst in shown.board.lists() if lst.count() > 1), None)
        if card_list is not None:
            card_list.setCurrentRow(1)
    elif key == "roles" and shown.plan_list.count():
        shown.plan_list.setCurrentRow(0)
    elif key == "buurtkaart" and shown.editor.scene.pin_items:
        shown.editor.select_only(sorted(shown.editor.scene.pin_items)[0])


if __name__ == "__main__":
    sys.exit(main())
