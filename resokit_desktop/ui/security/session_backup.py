"""The session's automatic backup: only when one is due (daily), on a low-priority thread.

API (owned by DossierSession)::

    keeper = SessionBackups(session, clock=datetime.now)
    keeper.run_if_due() -> bool   # start a backup beside the window when the newest is a day old
    keeper.timer                  # checks again every 15 minutes while the file is open
    keeper.running / keeper.wait() / keeper.last_error
    keeper.backup_now() -> bool   # on demand (menu), on the UI thread

The backup works on its own connection, so the window stays responsive; the clock is
injectable so tests can pin the day.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from resokit_desktop.security import backups
from resokit_desktop.storage.errors import StorageError
from resokit_desktop.translation import translator
from resokit_desktop.ui.security.unlock_worker import lower_thread_priority

if TYPE_CHECKING:
    from resokit_desktop.ui.security.dossier_session import DossierSession

BACKUP_CHECK_MS = 15 * 60 * 1000


_tr = translator("DossierSession")


class SessionBackups(QObject):
    _done = Signal(str)  # from the backup thread: "" or the error

    def __init__(self, session: DossierSession,
                 clock: Callable[[], datetime] | None = None) -> None:
        super().__init__(session)
        self._session = session
        self.clock = clock or datetime.now
        self.last_error: str | None = None
        self._thread: threading.Thread | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(BACKUP_CHECK_MS)
        self.timer.timeout.connect(self.run_if_due)
        self._done.connect(self._finished)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def run_if_due(self) -> bool:
        """Start a backup when the newest one is a day old (or there is none); True if started."""
        dossier = self._session.dossier
        if dossier is None or self.running:
            return False
        now = self.clock()
        if not backups.backup_due(self._session.path, now):
            return False
        job = dossier.backup_job(now)

        def run() -> None:
            lower_thread_priority()
            try:
                job()
            except (StorageError, OSError) as exc:
                self._done.emit(str(exc) or exc.__class__.__name__)
            else:
                self._done.emit("")

        self._thread = threading.Thread(target=run, name="resokit-backup", daemon=True)
        self._thread.start()
        return True

    def wait(self) -> None:
        """Let a running backup finish (it holds a connection to the file)."""
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        QCoreApplication.sendPostedEvents(self)

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
