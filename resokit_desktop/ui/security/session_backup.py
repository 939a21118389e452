"""The session's automatic backup: only when one is due (daily), on a low-priority thread.

API (owned by DossierSession)::

    keeper = SessionBackups(session, clock=datetime.now, parent=session)
    keeper.run_if_due() -> bool   # start a backup beside the window when the newest is a day old
    keeper.timer                  # checks again every 15 minutes while the file is open
    keeper.running / keeper.wait() / keeper.last_error
    keeper.backup_now() -> bool   # on demand (menu), on the UI thread

The backup works on its own connection, so the window stays responsive; the clock is
injectable so tests can pin the day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer

from resokit_desktop.services import backup_service
from resokit_desktop.services.errors import StorageError
from resokit_desktop.translation import translator
from resokit_desktop.ui.security.session_api import OpenSession
from resokit_desktop.ui.widgets.background import BackgroundCall

BACKUP_CHECK_MS = 15 * 60 * 1000


_tr = translator("DossierSession")


class SessionBackups(QObject):
    def __init__(self, session: OpenSession, clock: Callable[[], datetime] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.clock = clock or datetime.now
        self.last_error: str | None = None
        self._call = BackgroundCall(self, low_priority=True, name="resokit-backup")
        self._call.finished.connect(self._arrived)
        self.timer = QTimer(self)
        self.timer.setInterval(BACKUP_CHECK_MS)
        self.timer.timeout.connect(self.run_if_due)

    @property
    def running(self) -> bool:
        return self._call.running

    def run_if_due(self) -> bool:
        """Start a backup when the newest one is a day old (or there is none); True if started."""
        dossier = self._session.dossier
        if dossier is None or self.running:
            return False
        now = self.clock()
        if not backup_service.backup_due(self._session.path, now):
            return False
        self._call.start(dossier.backup_job(now))  # its own connection: thread-safe
        return True

    def wait(self) -> None:
        """Let a running backup finish (it holds a connection to the file)."""
        self._call.wait()

    def _arrived(self, result: object) -> None:
        if isinstance(result, Exception):
            self._finished(str(result) or result.__class__.__name__)
        else:
            self._finished("")

    def _finished(self, error: str) -> None:
        self.last_error = error or None
        session = self._session
        if session.dossier is not None and not error:
            session.dossier.record_backup()
        if error and session.window is not None and hasattr(session.window, "statusBar"):
            session.window.statusBar().showMessage(_tr(
                "Let op: de automatische back-up is niet gelukt (schijf vol?). Het "
                "dossierbestand zelf is niet veranderd."))

    def backup_now(self) -> bool:
        dossier = self._session.dossier
        if dossier is None:
            return False
        self.wait()
        try:
            dossier.backup_now()
        except (StorageError, OSError) as exc:
            self.last_error = str(exc)
            return False
        return True
