"""The "Opslaan als PDF" file dialog: in the user's language, starting in the documents folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from resokit_desktop.translation import translator
from resokit_desktop.ui.widgets.modal import exec_and_free

CONTEXT = "SaveDialog"


_tr = translator(CONTEXT)


def documents_folder() -> Path:
    """The user's documents folder; the home folder when there is none (never the program's)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if found and Path(found).is_dir():
        return Path(found)
    return Path.home()


def start_folder(remembered_folder: str) -> Path:
    """Where the worker saved last time, if that folder is still there; else the documents."""
    if remembered_folder and Path(remembered_folder).is_dir():
        return Path(remembered_folder)
    return documents_folder()


def ask_pdf_path(parent: QWidget, title: str, folder: Path, file_name: str) -> Path | None:
    """Ask where to save a PDF; None when the user cancels."""
    dialog = QFileDialog(parent, title, str(folder / file_name), _tr("PDF-bestanden (*.pdf)"))
    dialog.setObjectName("save_pdf_dialog")
    # Qt's own dialog keeps the name out of the desktop's "recent files" list. Qt's Dutch,
    # French and English catalogues miss a few of its labels: name every label here.
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix("pdf")
    labels = {
        QFileDialog.DialogLabel.LookIn: _tr("Zoeken in:"),
        QFileDialog.DialogLabel.FileName: _tr("Bestands&naam:"),
        QFileDialog.DialogLabel.FileType: _tr("Bestands&type:"),
        QFileDialog.DialogLabel.Accept: _tr("Op&slaan"),
        QFileDialog.DialogLabel.Reject: _tr("Annuleren"),
    }
    for which, text in labels.items():
        dialog.setLabelText(which, text)
    if exec_and_free(dialog) != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])
