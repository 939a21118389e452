"""A new dossier file made through the welcome: choices first, then the passphrase, then the file.

API (used by ui/security/session_start.py for a file that does not exist yet)::

    choice, passphrase = ask_first_run()     # (None, None): cancelled, nothing was written
    problem = apply_first_run(dossier, choice)   # names, language, demo data; a message if refused
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from resokit_desktop import i18n
from resokit_desktop.services import dossier_service
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.services.errors import StorageError
from resokit_desktop.translation import translator
from resokit_desktop.ui.security.new_passphrase_dialog import REASON_NEW, NewPassphraseDialog
from resokit_desktop.ui.settings.general_page import ORGANISATION_NAME, WORKER_NAME
from resokit_desktop.ui.welcome.welcome_dialog import WelcomeChoice, WelcomeDialog

_tr = translator("FirstRun")


def ask_first_run() -> tuple[WelcomeChoice | None, str | None]:
    """The welcome, then the existing new-passphrase dialog; nothing is written here."""
    welcome = WelcomeDialog()
    if welcome.exec() != QDialog.DialogCode.Accepted:
        return None, None
    choice = welcome.choice()
    dialog = NewPassphraseDialog(REASON_NEW)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        i18n.install_language(QCoreApplication.instance(), welcome.language_before())
        return None, None
    return choice, dialog.passphrase()


def apply_first_run(dossier: DossierFile, choice: WelcomeChoice) -> str | None:
    """Keep the language for the next start; the names and (when asked) the demo in the file.

    Returns a message when the file refused part of it (a full disk); the file stays open.
    """
    i18n.remember_language(choice.language)
    try:
        if choice.organisation:
            dossier_service.set_setting(dossier.db, ORGANISATION_NAME, choice.organisation)
        if choice.worker:
            dossier_service.set_setting(dossier.db, WORKER_NAME, choice.worker)
        if choice.demo:
            # lazy: the demo caseload and its feature extensions load only when asked for
            from resokit_desktop.services import demo_service

            demo_service.fill_demo(dossier.db)
    except StorageError:
        return _tr("Het nieuwe dossierbestand is gemaakt, maar niet alles kon erin bewaard "
                   "worden (is de schijf vol?). Vul de namen later in bij Instellingen; de "
                   "voorbeelddossiers kunnen onvolledig zijn.")
    return None
