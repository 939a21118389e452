"""The dossier session's watchers, each made on first use (ui/security/dossier_session.py).

Idle time and sleep (they lock), the backup when one is due, the full check after the first
paint, and our clipboard. None of them is needed before the file is open, so their modules load
while the unlock dialog waits (window_preload) and they are made when the session enters.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported when first made
    from resokit_desktop.ui.security.background_check import IntegrityWatch
    from resokit_desktop.ui.security.clipboard_guard import ClipboardGuard
    from resokit_desktop.ui.security.idle_lock import IdleWatcher
    from resokit_desktop.ui.security.lock_triggers import LockTriggers
    from resokit_desktop.ui.security.session_backup import SessionBackups
    from resokit_desktop.ui.security.sleep_watch import SleepWatch


class SessionWatchers:
    """Mixed into DossierSession (a QObject, which owns the watchers it makes)."""

    def init_watchers(self, idle_ms: int | None, clock: Callable[[], datetime] | None) -> None:
        self._idle_ms, self._clock = idle_ms, clock
        self._triggers: LockTriggers | None = None
        self._backup_keeper: SessionBackups | None = None
        self._integrity_watch: IntegrityWatch | None = None
        self._clipboard: ClipboardGuard | None = None

    @property
    def triggers(self) -> LockTriggers:
        if self._triggers is None:
            # lazy: see the module docstring
            from resokit_desktop.ui.security.lock_triggers import LockTriggers

            self._triggers = LockTriggers(self._idle_ms, parent=self)
            self._triggers.lock_now.connect(lambda: self.lock(auto=True))
        return self._triggers

    @property
    def backup_keeper(self) -> SessionBackups:
        if self._backup_keeper is None:
            # lazy: see the module docstring
            from resokit_desktop.ui.security.session_backup import SessionBackups

            self._backup_keeper = SessionBackups(self, self._clock, parent=self)
        return self._backup_keeper

    @property
    def integrity_watch(self) -> IntegrityWatch:
        if self._integrity_watch is None:
            # lazy: see the module docstring
            from resokit_desktop.ui.security.background_check import IntegrityWatch

            self._integrity_watch = IntegrityWatch(self, parent=self)
        return self._integrity_watch

    @property
    def clipboard(self) -> ClipboardGuard:
        if self._clipboard is None:
            # lazy: see the module docstring
            from resokit_desktop.ui.security.clipboard_guard import ClipboardGuard

            self._clipboard = ClipboardGuard(self)
        return self._clipboard

    def _stop_watchers(self) -> None:
        """Idle and sleep watch, backup timer and our clipboard, those that were ever made."""
        if self._triggers is not None:
            self._triggers.stop()
        if self._backup_keeper is not None:
            self._backup_keeper.timer.stop()
        if self._clipboard is not None:
            self._clipboard.clear_if_ours()

    @property
    def idle(self) -> IdleWatcher:
        return self.triggers.idle

    @property
    def sleep_watch(self) -> SleepWatch:
        return self.triggers.sleep_watch

