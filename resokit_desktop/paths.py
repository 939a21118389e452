"""Where the dossier file lives by default: the OS per-user data folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

ORGANISATION = "Resokit"
APPLICATION = "Resokit Desktop"
DEFAULT_FILE_NAME = "dossiers.resokit"


def set_application_identity() -> None:
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)


def default_data_path() -> Path:
    set_application_identity()
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder) / DEFAULT_FILE_NAME
