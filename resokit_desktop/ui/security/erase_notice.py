"""After an erase: offer a retry when the clean-up could not finish (disk full), and list the
copies kept aside on restore that may still hold the client, offering to remove them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from resokit_desktop.services import privacy_erase
from resokit_desktop.services.dossier_file import (
    KeptAside,
    kept_aside_copies,
    remove_kept_aside,
)
from resokit_desktop.translation import translator
from resokit_desktop.ui.widgets.dates import display_datetime

_tr = translator("EraseNotice")


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


def describe_kept_aside(copy: KeptAside, with_name: bool = True) -> str:
    """When and why a copy was kept aside, with its file name on a line of its own."""
    why = _tr("vóór het terugzetten") if copy.label == "before-restore" else _tr("beschadigd")
    when = display_datetime(copy.created) if copy.created else "?"
    return f"{when} — {why}" + (f"\n{copy.path.name}" if with_name else "")


def ask_to_remove_kept_aside(parent: QWidget | None, dossier_path: Path,
                             copies: list[KeptAside], reason: str) -> int:
    """List the kept-aside copies with the reason they matter; remove them if the user agrees.

    Returns how many were removed (0 when the user keeps them or there are none).
    """
    if not copies:
        return 0
    box = QMessageBox(parent)
    box.setObjectName("kept_aside_question")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Apart bewaarde kopieën"))
    box.setText(reason)
    box.setInformativeText("\n\n".join(describe_kept_aside(copy) for copy in copies) + "\n\n" + _tr(
        "Verwijder ze, tenzij je ze nog nodig hebt. Verwijderen kan niet ongedaan gemaakt "
        "worden."))
    remove = box.addButton(_tr("Kopieën verwijderen"), QMessageBox.ButtonRole.DestructiveRole)
    remove.setObjectName("remove_kept_aside")
    keep = box.addButton(_tr("Bewaren"), QMessageBox.ButtonRole.RejectRole)
    keep.setObjectName("keep_kept_aside")
    box.setDefaultButton(remove)
    box.setEscapeButton(keep)
    details = box.findChild(QLabel, "qt_msgbox_informativelabel")
    if details is not None:  # wide enough for a file name on one line
        details.setMinimumWidth(details.fontMetrics().horizontalAdvance("m") * 34)
    box.exec()
    if box.clickedButton() is not remove:
        return 0
    removed = 0
    for copy in copies:
        try:
            remove_kept_aside(dossier_path, copy.path)
            removed += 1
        except (OSError, ValueError):
            continue
    if removed < len(copies):
        QMessageBox.warning(parent, _tr("Apart bewaarde kopieën"), _tr(
            "Niet alle kopieën konden verwijderd worden. Verwijder ze zelf uit de map van het "
            "dossierbestand."))
    return removed


def offer_kept_aside_removal_after_erase(window) -> int:
    """After an erase: the copies kept aside on restore may still hold the client."""
    return ask_to_remove_kept_aside(window, window.dossier.path,
                                    kept_aside_copies(window.dossier.path), _tr(
        "Bij het terugzetten van een back-up werden kopieën van het dossierbestand apart "
        "bewaard. Daarin staat de verwijderde cliënt mogelijk nog, leesbaar met de "
        "wachtwoordzin van toen."))
