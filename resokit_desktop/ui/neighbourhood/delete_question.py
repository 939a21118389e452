"""Ask before an entry leaves the neighbourhood register (the default answer keeps it)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from resokit_desktop.translation import translator

_tr = translator("NeighbourhoodRegister")


def ask_delete(parent: QWidget, name: str) -> bool:
    """True when the user confirms deleting the entry called ``name``."""
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Uit het buurtregister verwijderen"),
                      _tr("'%1' uit het buurtregister verwijderen?").replace("%1", name),
                      parent=parent)
    box.setObjectName("register_delete_dialog")
    box.setInformativeText(_tr(
        "Contacten die je al bij een cliënt toevoegde, blijven daar staan. Ctrl+Z zet het item "
        "terug."))
    delete = box.addButton(_tr("Verwijderen"), QMessageBox.ButtonRole.DestructiveRole)
    delete.setObjectName("register_confirm_delete")
    cancel = box.addButton(_tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
    cancel.setObjectName("register_cancel_delete")
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    box.deleteLater()
    return box.clickedButton() is delete
