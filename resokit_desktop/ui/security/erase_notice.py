"""After an erase whose clean-up could not finish (disk full): say so and offer a retry."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from resokit_desktop.services import privacy_erase


def _tr(text: str) -> str:
    return QCoreApplication.translate("EraseNotice", text)


def offer_wipe_retry(window) -> None:
    while True:
        box = QMessageBox(window)
        box.setObjectName("erase_incomplete_dialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(_tr("Opschonen niet afgerond"))
        box.setText(privacy_erase.incomplete_wipe_text())
        retry = box.addButton(_tr("Opnieuw proberen"), QMessageBox.ButtonRole.AcceptRole)
        retry.setObjectName("retry_wipe")
        later = box.addButton(_tr("Later"), QMessageBox.ButtonRole.RejectRole)
        later.setObjectName("wipe_later")
        box.exec()
        if box.clickedButton() is not retry or privacy_erase.retry_wipe(window.dossier):
            return
