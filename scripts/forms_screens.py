"""Open one screen of the forms work on a fresh demo file, for a screenshot (docs/*.png).

    .venv/bin/python scripts/forms_screens.py SCREEN DEMO_FILE [LANG]

SCREEN: member-panel, session-followup, print-dialog, save-dialog or compare.

Runs against a demo file made here without a passphrase; never against real dossiers.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer

from resokit_desktop.app import create_application
from resokit_desktop.domain.session import Agreement, Session, SessionType
from resokit_desktop.services import web_service
from resokit_desktop.services.demo_service import fill_demo
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.storage import clients_repo, sessions_repo

DEMO_DAY = date(2026, 3, 16)


def _client_with_web(db) -> int:
    return next(row.id for row in clients_repo.list_clients(db)
                if web_service.list_versions(db, row.id))


def main(screen: str, data: Path, lang: str = "nl") -> int:
    app = create_application(["resokit"], lang=lang)
    from resokit_desktop.ui.main_window import MainWindow

    fresh = not data.exists()
    dossier = DossierFile.open(data)
    if fresh:
        fill_demo(dossier.db, DEMO_DAY)
    client_id = _client_with_web(dossier.db)
    window = MainWindow(dossier)
    window.showMaximized()
    window.open_client(client_id)
    if screen == "member-panel":
        tab = window.tab_widget("inclusion_web")
        window.tabs.setCurrentWidget(tab)
        members = list(tab.editor.scene.member_items)
        QTimer.singleShot(300, lambda: tab.editor.select_only(members[min(2, len(members) - 1)]))
    elif screen == "session-followup":
        sessions_repo.save_session(dossier.db, Session(
            client_id=client_id, date="2026-03-02", type=SessionType.FOLLOW_UP,
            worked_on="Samen gekeken wie er kan helpen bij de verhuis.",
            agreements=[Agreement(what="Bellen naar de bib voor de leesclub", who="Samira",
                                  due_date="2026-03-09"),
                        Agreement(what="Buurman vragen voor de verhuisdoos", who="Samira"),
                        Agreement(what="Folder vrijwilligerswerk meebrengen", who="Begeleider",
                                  done=True)]))
        window.open_client(client_id)
        tab = window.tab_widget("sessions")
        window.tabs.setCurrentWidget(tab)
        tab.set_client(client_id)
        QTimer.singleShot(300, lambda: tab.new_session())
    elif screen == "print-dialog":
        from resokit_desktop.ui.printing.summary_preview import SummaryPreviewDialog

        def open_preview() -> None:
            dialog = SummaryPreviewDialog(dossier.db, client_id, window, today=DEMO_DAY)
            dialog.setWindowState(Qt.WindowState.WindowMaximized)
            dialog.show()

        QTimer.singleShot(300, open_preview)
    elif screen == "save-dialog":
        from resokit_desktop.ui.printing.summary_preview import SummaryPreviewDialog

        def open_save() -> None:
            dialog = SummaryPreviewDialog(dossier.db, client_id, window, today=DEMO_DAY)
            dialog.show()
            QTimer.singleShot(300, dialog.save_pdf)

        QTimer.singleShot(300, open_save)
    elif screen == "compare":
        from resokit_desktop.ui.inclusion_web.compare_dialog import CompareDialog

        two = next(row.id for row in clients_repo.list_clients(dossier.db)
                   if len(web_service.list_versions(dossier.db, row.id)) >= 2)
        QTimer.singleShot(300, lambda: CompareDialog(dossier.db, two, window).show())
    code = app.exec()
    dossier.close()
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], Path(sys.argv[2]), *sys.argv[3:4]))
