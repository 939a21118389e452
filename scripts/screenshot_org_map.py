"""Open the organisation's buurtkaart on a fresh demo file, with the demo register's entries
placed on the demo street map (per neighbourhood, in clusters), for docs screenshots.

    .venv/bin/python scripts/screenshot_org_map.py DEMO_FILE

Runs against a demo file made here without a passphrase; never against real dossiers.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QTimer

from resokit_desktop.app import create_application
from resokit_desktop.services import org_map_service
from resokit_desktop.services.demo_service import fill_demo
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.services.register_service import RegisterService

DEMO_DAY = date(2026, 3, 16)


def _place_entries(db) -> None:
    """Each neighbourhood a cluster of pins; a few left in the list to place by hand."""
    images = org_map_service.images(db)
    org_map_service.set_image(db, images[0].id if images else None)
    pins = org_map_service.pins(db)
    hoods = sorted({pin.entry.neighbourhood for pin in pins})
    centres = [(0.20, 0.20), (0.70, 0.18), (0.22, 0.70), (0.74, 0.68), (0.47, 0.44)]
    moved, seen = {}, {}
    for pin in pins[:-4]:
        index = hoods.index(pin.entry.neighbourhood) % len(centres)
        n = seen.get(index, 0)
        seen[index] = n + 1
        cx, cy = centres[index]
        moved[pin.entry.id] = (cx + 0.15 * (n % 2) - 0.07, cy + 0.1 * (n // 2) - 0.1)
    org_map_service.move(db, moved)


def main(data: Path) -> int:
    app = create_application(["resokit"], lang="nl")
    from resokit_desktop.ui.main_window import MainWindow
    from resokit_desktop.ui.neighbourhood.register_window import RegisterWindow

    fresh = not data.exists()
    dossier = DossierFile.open(data)
    if fresh:
        fill_demo(dossier.db, DEMO_DAY)
        _place_entries(dossier.db)
    window = MainWindow(dossier)
    window.showMaximized()

    def open_map() -> None:
        register = RegisterWindow(RegisterService(dossier.db), window,
                                  client_id=window.current_client_id, today=lambda: DEMO_DAY)
        register.setGeometry(register.screen().availableGeometry())
        register.show()
        register.tabs.setCurrentWidget(register.org_map)
        register.org_map.view.fit_to_window()

    QTimer.singleShot(300, open_map)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
