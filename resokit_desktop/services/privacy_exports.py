"""Use cases that let client data leave the dossier on purpose: right of access and handover."""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from resokit_desktop.security import access_export, transfer, transfer_values
from resokit_desktop.security.access_export import AccessExportFiles
from resokit_desktop.security.transfer import ImportResult, TransferPreview, TransferRefused
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.translation import translator

__all__ = [
    "AccessExportFiles", "ImportResult", "TransferPreview", "TransferRefused",
    "export_access", "export_access_to_folder", "export_transfer", "import_transfer",
    "preview_transfer", "refusal_text", "transfer_file_name", "write_access_files",
]


_tr = translator("PrivacyExports")


def export_access(dossier: DossierFile, client_id: int, folder: Path,
                  initials_for_others: bool = True, lang: str = "nl") -> AccessExportFiles:
    return access_export.export_access(
        dossier.db, client_id, Path(folder), initials_for_others=initials_for_others, lang=lang)


def write_access_files(db: sqlite_utils.Database, client_id: int, pdf: Path, json: Path, *,
                       initials_for_others: bool = True, lang: str = "nl") -> AccessExportFiles:
    """The same export to chosen file names (the command line's --out)."""
    return access_export.write_access_files(
        db, client_id, Path(pdf), Path(json), initials_for_others=initials_for_others, lang=lang)


def export_access_to_folder(db: sqlite_utils.Database, client_id: int, folder: Path, *,
                            initials_for_others: bool = True,
                            lang: str = "nl") -> AccessExportFiles:
    """The export under neutral names in a folder, for callers without a DossierFile."""
    return access_export.export_access(
        db, client_id, Path(folder), initials_for_others=initials_for_others, lang=lang)


def transfer_file_name(client_id: int) -> str:
    """A neutral default name: never the client's name."""
    return f"overdracht-{client_id}{transfer.TRANSFER_SUFFIX}"


def export_transfer(dossier: DossierFile, client_id: int, target: Path, passphrase: str) -> None:
    transfer.export_client(dossier.db, client_id, Path(target), passphrase)


def preview_transfer(dossier: DossierFile, path: Path, passphrase: str) -> TransferPreview:
    return transfer.preview_import(dossier.db, Path(path), passphrase)


def import_transfer(dossier: DossierFile, path: Path, passphrase: str,
                    on_conflict: str = "new") -> ImportResult:
    return transfer.import_client(dossier.db, Path(path), passphrase, on_conflict=on_conflict)


def refusal_text(error: TransferRefused) -> str:
    """One clear sentence per reason a transfer file is refused; nothing was changed."""
    texts = {
        transfer.NOT_A_FILE: _tr("Dit is geen gewoon bestand. Kies het overdrachtsbestand zelf."),
        transfer.TOO_LARGE: _tr("Dit bestand is te groot voor een overdracht van één cliënt."),
        transfer.UNREADABLE: _tr(
            "Dit bestand opent niet met deze wachtwoordzin, of het is geen overdrachtsbestand."),
        transfer.NEWER: _tr(
            "Dit bestand is gemaakt met een nieuwere versie van Resokit Desktop. Werk de "
            "toepassing eerst bij."),
        transfer.UNEXPECTED_SCHEMA: _tr(
            "Dit bestand bevat onderdelen die niet in een overdracht horen. Het wordt niet "
            "ingelezen."),
        transfer.DAMAGED: _tr("Dit bestand is beschadigd. Vraag je collega om een nieuw."),
        transfer.NOT_A_TRANSFER: _tr(
            "Dit is geen overdrachtsbestand van één cliënt. Het wordt niet ingelezen."),
    }
    if error.code == transfer.INVALID_VALUE:
        return _tr("Dit bestand bevat een waarde die Resokit Desktop niet zelf zou opslaan, in "
                   "het veld %1: %2. Het wordt niet ingelezen; vraag je collega om een nieuw "
                   "bestand.").replace("%1", error.field).replace(
                       "%2", _reason_text(error.reason)) + " " + _tr("Er is niets veranderd.")
    return texts.get(error.code, texts[transfer.DAMAGED]) + " " + _tr("Er is niets veranderd.")


def _reason_text(reason: str) -> str:
    texts = {
        transfer_values.NOT_TEXT: _tr("dit is geen tekst"),
        transfer_values.NOT_NUMBER: _tr("dit is geen geldig getal"),
        transfer_values.MISSING: _tr("de waarde ontbreekt"),
        transfer_values.TOO_LONG: _tr("de waarde is te lang (een tekst mag hoogstens 1 MB zijn, "
                                      "een naam hoogstens 200 tekens)"),
        transfer_values.TOO_MUCH: _tr("alle waarden van dit veld samen zijn te lang (hoogstens "
                                      "50 MB)"),
        transfer_values.UNKNOWN_CODE: _tr("deze keuze kent Resokit Desktop niet"),
        transfer_values.NOT_A_DATE: _tr("dit is geen geldige datum"),
        transfer_values.NOT_YES_NO: _tr("dit is geen ja of nee"),
        transfer_values.BAD_STRUCTURE: _tr("de inhoud heeft niet de juiste vorm"),
    }
    return texts.get(reason, texts[transfer_values.BAD_STRUCTURE])
