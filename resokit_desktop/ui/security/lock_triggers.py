"""When the dossier locks by itself: after the idle time (the file's setting) or on sleep.

API (owned by DossierSession)::

    triggers = LockTriggers(idle_ms=None, parent=session)  # idle_ms: a fixed time (tests)
    triggers.lock_now.connect(lambda: session.lock(auto=True))
    triggers.start(db)    # read the idle time from the file's settings (0 = never), watch
    triggers.stop()
    triggers.idle / triggers.sleep_watch   # the two Qt watchers
"""

from __future__ import annotations

import sqlite_utils
from PySide6.QtCore import QObject, Signal

from resokit_desktop.services import lock_settings
from resokit_desktop.ui.security.idle_lock import IdleWatcher
from resokit_desktop.ui.security.sleep_watch import SleepWatch


class LockTriggers(QObject):
    lock_now = Signal()

    def __init__(self, idle_ms: int | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.idle_override = idle_ms
        self.idle = IdleWatcher(idle_ms or lock_settings.DEFAULT_IDLE_MINUTES * 60_000,
                                parent=self)
        self.idle.idle.connect(self.lock_now)
        self.sleep_watch = SleepWatch(self)  # suspend or screen lock: lock now
        self.sleep_watch.going_away.connect(self.lock_now)

    def start(self, db: sqlite_utils.Database) -> None:
        """(Re)start the idle watch with the file's idle time, unless a fixed one was given."""
        if self.idle_override is not None:
            timeout = self.idle_override
        else:
            timeout = int(lock_settings.idle_minutes(db) * 60_000)
        self.idle.set_timeout(timeout)
        self.idle.start()

    def stop(self) -> None:
        self.idle.stop()
