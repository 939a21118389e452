"""What the main window and its menu actions may ask of the dossier session that built it."""

from __future__ import annotations

from typing import Protocol

from resokit_desktop.services.dossier_file import DossierFile


class SessionControls(Protocol):
    """Handed to MainWindow by the session (ui/security/dossier_session.py)."""

    dossier: DossierFile | None

    def lock(self, auto: bool = False) -> bool: ...

    def backup_now(self) -> bool: ...

    def restore_from_backup(self) -> bool: ...

    def change_passphrase(self) -> bool: ...

    def apply_settings(self) -> None: ...
