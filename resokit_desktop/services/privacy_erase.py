"""Delete a client for good from the open dossier, and the words that explain what remains."""

from __future__ import annotations

from resokit_desktop.security import backups, erase
from resokit_desktop.security.erase import EraseReport
from resokit_desktop.services.dossier_file import DossierFile, kept_aside_copies
from resokit_desktop.storage.settings_repo import get_setting
from resokit_desktop.translation import translator

_tr = translator("PrivacyErase")


def erase_client(dossier: DossierFile, client_id: int) -> EraseReport:
    """Rows, search index, freed pages and WAL: see security.erase.erase_client."""
    return erase.erase_client(dossier.db, client_id)


def retry_wipe(dossier: DossierFile) -> bool:
    """Run the wiping steps again (after a failure, e.g. a full disk); True when all worked."""
    return all(erase.wipe_traces(dossier.db))


def backup_notice(dossier: DossierFile) -> str:
    """What stays behind in backups until they rotate, with this dossier's rotation settings.

    Rotation keeps the newest backup of each of the last N days *that have a backup*, then
    one per week; so the notice names the oldest backup rather than promising a date.
    """
    daily = int(get_setting(dossier.db, backups.SETTING_KEEP_DAILY, backups.DEFAULT_KEEP_DAILY))
    weekly = int(get_setting(dossier.db, backups.SETTING_KEEP_WEEKLY,
                             backups.DEFAULT_KEEP_WEEKLY))
    files = backups.backup_files(dossier.path)
    if not files:
        return _tr("Er zijn geen automatische back-ups die deze cliënt nog bevatten.")
    oldest = min(when for when, _path in files)
    text = _tr(
        "De automatische back-ups (nu %1, de oudste van %2) bevatten deze cliënt nog, "
        "versleuteld. Ze verdwijnen naarmate er nieuwe back-ups bijkomen: bewaard blijven die "
        "van de laatste %3 dagen met een back-up en daarvoor één per week, %4 weken lang. Wie "
        "een oudere back-up terugzet, haalt de cliënt terug."
    )
    return (text.replace("%1", str(len(files))).replace("%2", oldest.strftime("%d-%m-%Y"))
            .replace("%3", str(daily)).replace("%4", str(weekly)))


def kept_aside_notice(dossier: DossierFile) -> str:
    """What stays behind in copies kept aside on restore ("" when there are none)."""
    count = len(kept_aside_copies(dossier.path))
    if not count:
        return ""
    return _tr(
        "Er zijn ook %1 apart bewaarde kopieën van het dossierbestand (van het terugzetten van "
        "een back-up) die deze cliënt kunnen bevatten. Na het verwijderen kun je ze ook laten "
        "verwijderen.").replace("%1", str(count))


def incomplete_wipe_text() -> str:
    return _tr(
        "De cliënt is verwijderd, maar het bestand kon nog niet volledig opgeschoond worden "
        "(is de schijf vol?). Maak ruimte vrij en kies dan 'Opnieuw proberen'."
    )
