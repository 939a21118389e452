"""Ask before a client is deleted for good, saying what stays behind in backups and copies."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from resokit_desktop.services import privacy_erase
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.translation import translator

_tr = translator("MainWindow")  # the window's words, as before


def confirm_delete_client(parent: QWidget, dossier: DossierFile, name: str) -> bool:
    """True when the user chose "Definitief verwijderen" (the default button is Cancel)."""
    box = QMessageBox(parent)
    box.setObjectName("delete_client_dialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Cliënt definitief verwijderen"))
    box.setText(_tr("Alles van %1 wordt definitief verwijderd.").replace("%1", name))
    box.setInformativeText(_tr(
        "Het dossier, de toestemmingen, alle gesprekken en afspraken en alles wat verder bij "
        "deze cliënt hoort, gaan weg uit het bestand. Dit kan niet ongedaan gemaakt worden.")
        + "\n\n" + privacy_erase.backup_notice(dossier)
        + ("\n\n" + kept if (kept := privacy_erase.kept_aside_notice(dossier)) else ""))
    delete = box.addButton(_tr("Definitief verwijderen"), QMessageBox.ButtonRole.DestructiveRole)
    delete.setObjectName("confirm_delete")
    cancel = box.addButton(_tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
    cancel.setObjectName("cancel_delete")
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is delete
