"""Dialog flows the dossier session runs: restoring a damaged file, restoring from the menu,
changing the passphrase (each one a small conversation with the user, then file work)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox

from resokit_desktop.services import backup_service, privacy_review
from resokit_desktop.services.dossier_file import (
    DossierFile,
    kept_aside_copies,
    remove_kept_aside,
    restore_dossier,
)
from resokit_desktop.services.dossier_guard import KIND_PLAIN
from resokit_desktop.services.errors import HardLinkedError, StorageError, WrongPassphraseError
from resokit_desktop.translation import translator
from resokit_desktop.ui.security.change_passphrase_dialog import (
    CURRENT_WRONG,
    ChangePassphraseDialog,
)
from resokit_desktop.ui.security.change_passphrase_dialog import FAILED as CHANGE_FAILED
from resokit_desktop.ui.security.erase_notice import ask_to_remove_kept_aside
from resokit_desktop.ui.security.restore_dialog import RestoreDialog
from resokit_desktop.ui.security.session_api import OpenSession
from resokit_desktop.ui.security.unlock_panel import WRONG, UnlockDialog

_tr = translator("DossierSession")


def refuse_hard_linked(session: OpenSession, exc: HardLinkedError) -> None:
    """Say why a dossier file with a second name (hard link) is not opened, and what to do."""
    session.message(QMessageBox.Icon.Critical, _tr(
        "Dit dossierbestand heeft %1 namen (harde koppelingen). Via een andere naam kunnen twee "
        "programma's tegelijk schrijven, en dan gaat bewaard werk verloren. Verwijder de andere "
        "naam (of maak een gewone kopie in plaats van een koppeling) en open het bestand dan "
        "opnieuw.").replace("%1", str(exc.names)))


def restore_damaged_asking_passphrase(session: OpenSession, kind: str) -> DossierFile | None:
    """A damaged file found before any passphrase: check it against the backups."""
    if (kind == KIND_PLAIN or backup_service.plain_backups(session.path)
            or not backup_service.has_backups(session.path)):
        return offer_restore(session, None)
    session.message(QMessageBox.Icon.Warning, _tr(
        "Het dossierbestand is beschadigd. Geef je wachtwoordzin om een back-up te kiezen."))

    def opens_backup(text: str) -> str | None:
        if text and backup_service.passphrase_opens_a_backup(session.path, text):
            session.damaged_passphrase = text
            return None
        return WRONG

    dialog = UnlockDialog(opens_backup, session.throttle, session.path.name)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return offer_restore(session, session.damaged_passphrase)


def offer_restore(session: OpenSession, passphrase: str | None) -> DossierFile | None:
    infos = backup_service.list_backups(session.path, passphrase)
    if not any(info.ok for info in infos):
        session.message(QMessageBox.Icon.Critical, _tr(
            "Het dossierbestand is beschadigd en er is geen bruikbare back-up. Het bestand "
            "blijft onaangeroerd staan; neem een kopie en vraag hulp."))
        return None
    dialog = RestoreDialog(infos, damaged_file=True, kept=kept_aside_copies(session.path),
                           remove=lambda copy: remove_kept_aside(session.path, copy))
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() is None:
        return None
    try:
        aside = backup_service.restore_damaged(session.path, dialog.chosen(), passphrase)
        dossier = DossierFile.open(session.path, passphrase)
        privacy_review.record_event(dossier, "restore")
    except (StorageError, OSError):
        session.message(QMessageBox.Icon.Critical, _tr(
            "De back-up kon niet teruggezet worden. Er is niets overschreven."))
        return None
    session.message(QMessageBox.Icon.Information, _tr(
        "De back-up is teruggezet. Het beschadigde bestand is apart bewaard als %1.")
        .replace("%1", aside.name if aside else "-"))
    return dossier


def restore_from_menu(session: OpenSession) -> bool:
    if session.dossier is None or session.window is None:
        return False
    if hasattr(session.window, "flush_pending") and not session.window.flush_pending():
        return False
    passphrase = session.dossier.passphrase
    dialog = RestoreDialog(backup_service.list_backups(session.path, passphrase),
                           parent=session.window, kept=kept_aside_copies(session.path),
                           remove=lambda copy: remove_kept_aside(session.path, copy))
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() is None:
        return False
    chosen = dialog.chosen()
    session.drop_window()
    session.wait_for_backup()
    session.dossier.close()
    session.dossier = None
    try:
        aside = restore_dossier(session.path, chosen, passphrase)
    except (StorageError, OSError):
        aside = None
        session.message(QMessageBox.Icon.Critical, _tr(
            "De back-up kon niet teruggezet worden. Er is niets overschreven."))
    session.reopen_client = None
    session.enter(DossierFile.open(session.path, passphrase))
    if aside is not None:
        privacy_review.record_event(session.dossier, "restore")
    if aside is not None and hasattr(session.window, "statusBar"):
        session.window.statusBar().showMessage(_tr(
            "Back-up teruggezet. Het vorige bestand is bewaard als %1.").replace(
            "%1", aside.name), 15000)
    return aside is not None


def change_passphrase(session: OpenSession) -> bool:
    if session.dossier is None or session.window is None:
        return False
    if hasattr(session.window, "flush_pending") and not session.window.flush_pending():
        return False
    dossier = session.dossier
    left_on_old_key: list = []

    def change(current: str, new: str) -> str | None:
        session.wait_for_backup()
        try:
            left_on_old_key[:] = dossier.change_passphrase(current, new) or []
        except WrongPassphraseError:
            return CURRENT_WRONG
        except (StorageError, OSError):
            return CHANGE_FAILED
        return None

    dialog = ChangePassphraseDialog(change, parent=session.window)
    changed = dialog.exec() == QDialog.DialogCode.Accepted
    if changed:
        # The file was reopened under the new key: rebuild the window on the new connection.
        session.drop_window()
        session.enter(dossier)
        if hasattr(session.window, "statusBar"):
            session.window.statusBar().showMessage(_tr("Wachtwoordzin gewijzigd."), 8000)
        _ask_about_copies_on_the_old_key(session, left_on_old_key)
    return changed


def _ask_about_copies_on_the_old_key(session: OpenSession, left: list) -> None:
    """Kept-aside copies that could not be re-encrypted still open with the old passphrase."""
    copies = [copy for copy in kept_aside_copies(session.path) if copy.path in left]
    ask_to_remove_kept_aside(session.window, session.path, copies, _tr(
        "Deze apart bewaarde kopieën van het dossierbestand konden niet opnieuw versleuteld "
        "worden (ze zijn beschadigd). Ze openen nog met de oude wachtwoordzin."))
