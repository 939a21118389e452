"""The dossier session's message boxes and the words for why the file did not open."""

from __future__ import annotations

import errno

from PySide6.QtWidgets import QMessageBox, QWidget

from resokit_desktop.services import opening_codes
from resokit_desktop.services.errors import AlreadyOpenError
from resokit_desktop.translation import translator
from resokit_desktop.ui.security.unlock_panel import DISK_FULL, READ_ONLY, place_problem_text

_tr = translator("DossierSession")


def show_message(parent: QWidget | None, icon: QMessageBox.Icon, text: str) -> None:
    """One modal box with an OK button (object name ``session_message`` for tests)."""
    box = QMessageBox(icon, _tr("Resokit Desktop"), text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("session_message")
    box.exec()


def is_a_folder_text(path: str) -> str:
    return _tr("%1 is een map, geen dossierbestand.").replace("%1", path)


def folder_problem_text(error: OSError) -> str:
    """The lock file could not be made beside the dossier: a full disk or a read-only folder."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return _tr("Het dossierbestand kan niet geopend worden: de schijf is vol. Maak "
                   "ruimte vrij en start Resokit Desktop opnieuw.")
    return _tr("Het dossierbestand kan niet geopend worden: de map is niet schrijfbaar.")


def already_open_text(error: AlreadyOpenError) -> str:
    holder = error.holder
    since = holder.since_local().strftime("%d-%m-%Y %H:%M") if holder else "?"
    return (_tr(
        "Dit dossierbestand is al geopend in Resokit Desktop, sinds %1 (proces %2 op %3). "
        "Werk daar verder, of sluit het daar eerst. Twee vensters op hetzelfde bestand "
        "zouden elkaars werk kunnen overschrijven.")
        .replace("%1", since).replace("%2", str(holder.pid if holder else "?"))
        .replace("%3", holder.host if holder else "?"))


def open_problem_text(code: str) -> str:
    """Why the file did not open, for a code of services/dossier_opening (not WRONG)."""
    if code == opening_codes.NEWER:
        return _tr("Dit bestand is gemaakt met een nieuwere versie van Resokit Desktop. "
                   "Werk de toepassing bij om het te openen.")
    if code in (DISK_FULL, READ_ONLY):
        return place_problem_text(code)
    return _tr("Dit bestand kan niet geopend worden als Resokit-dossier.")
