"""What the dossier session's helpers (start-up, dialog flows, backups, checks) may use of it.

A Protocol, so those helpers need not import ``dossier_session`` (which imports them): the
session is handed to them, and no import cycle hides behind a TYPE_CHECKING block.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QMessageBox, QWidget

from resokit_desktop.services.passphrase_service import AttemptThrottle

if TYPE_CHECKING:  # named in annotations only; the storage layer loads after the first window
    from resokit_desktop.services.dossier_file import DossierFile
    from resokit_desktop.ui.security.first_window import FirstWindow


class OpenSession(Protocol):
    path: Path
    dossier: DossierFile | None
    window: QWidget | None
    throttle: AttemptThrottle
    damaged_passphrase: str | None
    reopen_client: int | None
    kept_input: dict

    def message(self, icon: QMessageBox.Icon, text: str) -> None: ...

    def attempt_open(self, text: str) -> str | None: ...

    def take_opened(self) -> DossierFile | None: ...

    def enter(self, dossier: DossierFile) -> None: ...

    def drop_window(self) -> dict: ...

    def wait_for_backup(self) -> None: ...

    def take_first_window(self) -> FirstWindow | None: ...

    def drop_first_window(self) -> None: ...
