"""Delete a client for good from the open dossier, and the words that explain what remains."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from resokit_desktop.security import backups, erase
from resokit_desktop.security.erase import EraseReport
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.storage.settings_repo import get_setting


def _tr(text: str) -> str:
    return QCoreApplication.translate("PrivacyErase", text)


def erase_client(dossier: DossierFile, client_id: int) -> EraseReport:
    """Rows, search index, freed pages and WAL: see security.erase.erase_client."""
    return erase.erase_client(dossier.db, client_id)


def retry_wipe(dossier: DossierFile) -> bool:
    """Run the wiping steps again (after a failure, e.g. a full disk); True when all worked."""
    return all(erase.wipe_traces(dossier.db))


def backup_notice(dossier: DossierFile) -> str:
    """What stays behind in backups until they rotate, with this dossier's rotation settings."""
    daily = int(get_setting(dossier.db, backups.SETTING_KEEP_DAILY, backups.DEFAULT_KEEP_DAILY))
    weekly = int(get_setting(dossier.db, backups.SETTING_KEEP_WEEKLY,
                             backups.DEFAULT_KEEP_WEEKLY))
    count = len(backups.backup_files(dossier.path))
    text = _tr(
        "De automatische back-ups (nu %1) bevatten deze cliënt nog, versleuteld, tot ze "
        "vervallen: dagelijkse back-ups na %2 dagen, wekelijkse na %3 weken. Wie een oudere "
        "back-up terugzet, haalt de cliënt terug."
    )
    return text.replace("%1", str(count)).replace("%2", str(daily)).replace("%3", str(weekly))


def incomplete_wipe_text() -> str:
    return _tr(
        "De cliënt is verwijderd, maar het bestand kon nog niet volledig opgeschoond worden "
        "(is de schijf vol?). Maak ruimte vrij en kies dan 'Opnieuw proberen'."
    )
