"""Open the neighbourhood register window on a fresh demo file, for docs screenshots.

    .venv/bin/python scripts/screenshot_register.py DEMO_FILE [--scan | --import] [--lang XX]

--import shows the preview of a colleague's register (made here from the demo entries, a few
changed) with its conflicts.

Runs against a demo file made here without a passphrase; never against real dossiers.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QTimer

from resokit_desktop.app import create_application
from resokit_desktop.domain.neighbourhood.entry import NeighbourhoodEntry
from resokit_desktop.services.demo_service import fill_demo
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.services.register_service import RegisterService

DEMO_DAY = date(2026, 3, 16)


def _colleague_file(folder: Path) -> Path:
    """A colleague's export: the demo entries of two neighbourhoods, some filled in otherwise."""
    from resokit_desktop.services.demo_register import demo_entries
    from resokit_desktop.storage.connection import open_database

    other_path = folder / "collega.resokit"
    for leftover in folder.glob("collega.resokit*"):
        leftover.unlink()
    other = open_database(other_path)
    try:
        service = RegisterService(other)
        for entry in demo_entries(DEMO_DAY):
            if entry.neighbourhood not in ("Laken", "Jette"):
                continue
            if entry.name.startswith("Buurthuis"):
                entry.opening_hours = "ma-za 9u-18u"
                entry.notes = "Nieuwe onthaalmedewerker sinds februari."
            if entry.name.startswith("Bibliotheek"):
                entry.contact = "balie 02 000 11 99"
            service.save(entry)
        service.save(NeighbourhoodEntry(name="Petanqueclub De Linde", neighbourhood="Laken",
                                        offers="Petanque op woensdag", needs="Nieuwe spelers"))
        target = folder / "collega-buurtregister.json"
        service.export(target)
    finally:
        other.conn.close()
    return target


def main(data: Path, scan: bool, preview: bool, lang: str = "nl") -> int:
    app = create_application(["resokit"], lang=lang)
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
        register.setGeometry(register.screen().availableGeometry())
        register.show()
        if preview:
            from resokit_desktop.ui.neighbourhood.exchange_dialogs import ImportDialog

            dialog = ImportDialog(register.service, lambda: DEMO_DAY, register)
            dialog.file_field.setText(str(_colleague_file(data.parent)))
            dialog.check()
            dialog.show()
        elif scan:
            register.tabs.setCurrentIndex(1)
        else:
            # An entry with every part filled in, so the form shows what it holds.
            rich = [e.id for e in register.service.entries() if e.name.startswith("Buurthuis")]
            if rich:
                register.show_entry(rich[0])
                register.reload()

    QTimer.singleShot(300, open_register)
    return app.exec()


if __name__ == "__main__":
    options = sys.argv[2:]
    language = options[options.index("--lang") + 1] if "--lang" in options else "nl"
    sys.exit(main(Path(sys.argv[1]), "--scan" in options, "--import" in options, language))
