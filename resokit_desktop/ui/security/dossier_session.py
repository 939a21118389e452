"""The dossier file for the app's lifetime: lock and unlock it, and build the window when open.

API (used by app.run_app, the security actions and tests)::

    session = DossierSession(path, window_factory=None, clock=datetime.now)
    session.start() -> bool      # lock file, unlock/new passphrase/restore dialogs, window shown
    session.lock(auto=False) -> bool   # flush edits, drop the window, close the file
    session.is_locked / session.window / session.dossier / session.lock_screen
    session.restore_from_backup(); session.change_passphrase(); session.backup_now()
    session.apply_settings()     # the idle-lock time from the file's settings
    session.shutdown()           # close the file, release the lock, clear our clipboard

The parts live beside it, one job each: session_start (opening at start-up), session_flows
(restore and passphrase dialogs), session_backup (the automatic backup), lock_triggers (idle
and sleep), background_check (the full check after the first paint), session_messages.

The main window is built anew after every unlock, so no widget keeps client data or a closed
connection while locked; it is handed this session (``MainWindow(dossier, session)``).
``window_factory(dossier)`` replaces it (tests).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from resokit_desktop.services import dossier_guard, opening_codes
from resokit_desktop.services.data_folder import ensure_data_folder
from resokit_desktop.services.errors import AlreadyOpenError, HardLinkedError, StorageError
from resokit_desktop.services.passphrase_service import throttle_for
from resokit_desktop.translation import translator
from resokit_desktop.ui.security import session_start
from resokit_desktop.ui.security.first_window import FirstUnlock, FirstWindow
from resokit_desktop.ui.security.session_messages import (
    already_open_text,
    folder_problem_text,
    is_a_folder_text,
    show_message,
)
from resokit_desktop.ui.security.session_watchers import SessionWatchers

if TYPE_CHECKING:  # the watchers are imported when first made, after the unlock dialog shows
    from resokit_desktop.services.dossier_file import DossierFile
    from resokit_desktop.ui.security.lock_screen import LockScreen

ENV_PASSPHRASE = session_start.ENV_PASSPHRASE
DAMAGED = opening_codes.DAMAGED


_tr = translator("DossierSession")


class DossierSession(SessionWatchers, QObject):
    def __init__(self, path: Path, window_factory: Callable[[DossierFile], QWidget] | None = None,
                 idle_ms: int | None = None, parent: QObject | None = None,
                 clock: Callable[[], datetime] | None = None,
                 first_window: FirstWindow | None = None) -> None:
        super().__init__(parent)
        self.path = dossier_guard.real_path(path)  # a link and its target share one lock
        self.instance_lock = dossier_guard.InstanceLock(self.path)
        self.dossier: DossierFile | None = None
        self.window: QWidget | None = None
        self.lock_screen: LockScreen | None = None
        # The dialog already on screen (app start-up, ui/security/first_window.py): used when
        # the file's checks lead to it, discarded before any other dialog.
        self.first_window = first_window
        # wrong tries, remembered over restarts (the first dialog's own when there is one)
        self.throttle = (first_window.throttle if isinstance(first_window, FirstUnlock)
                         else throttle_for(self.path))
        self._window_factory = window_factory
        self.init_watchers(idle_ms, clock)  # made on first use (session_watchers.py)
        self._opened: DossierFile | None = None
        self.damaged_passphrase: str | None = None
        self.reopen_client: int | None = None
        # Input an automatic lock could not store (full disk, invalid field): memory only,
        # given back to the new window after unlocking (ui/widgets/kept_input.py).
        self.kept_input: dict = {}
        self.ending = False  # logout or shutdown asked the app to end (end_for_signal)

    # -- start-up -----------------------------------------------------------------------------
    def start(self) -> bool:
        if self.path.is_dir():
            self.message(QMessageBox.Icon.Critical, is_a_folder_text(str(self.path)))
            return False
        try:
            ensure_data_folder(self.path)
            self.instance_lock.acquire()
        except AlreadyOpenError as exc:
            self.message(QMessageBox.Icon.Warning, already_open_text(exc))
            return False
        except OSError as exc:
            self.instance_lock.release()
            self.message(QMessageBox.Icon.Critical, folder_problem_text(exc))
            return False
        dossier_guard.tidy_leftovers(self.path)
        try:
            dossier_guard.check_single_name(self.path)
        except HardLinkedError as exc:
            _flows().refuse_hard_linked(self, exc)
            self.instance_lock.release()
            return False
        dossier = session_start.open_at_start(self)
        self.drop_first_window()  # (when not used)
        if dossier is None:
            self.instance_lock.release()
            return False
        self.enter(dossier)
        return True

    def attempt_open(self, text: str) -> str | None:
        """Try a passphrase: None when opened (kept for take_opened), else WRONG or a code.

        One key derivation when it opens; the unlock panel calls this on a worker thread.
        """
        passphrase = text or None
        # lazy: the storage layer loads while the unlock dialog waits (window_preload)
        from resokit_desktop.services import dossier_opening

        outcome = dossier_opening.open_dossier(self.path, passphrase)
        if outcome.code == DAMAGED:
            self.damaged_passphrase = passphrase
        self._opened = outcome.dossier
        return outcome.code

    def take_opened(self) -> DossierFile | None:
        opened, self._opened = self._opened, None
        return opened

    # -- the unlocked state ---------------------------------------------------------------------
    def _make_window(self, dossier: DossierFile) -> QWidget:
        if self._window_factory is not None:
            return self._window_factory(dossier)
        # lazy: the unlock dialog shows before the window's modules (they load while the user
        # types, ui/security/window_preload.py)
        from resokit_desktop.ui.main_window import MainWindow

        return MainWindow(dossier, session=self)

    def enter(self, dossier: DossierFile) -> None:
        # lazy: not needed before the file is open (preloaded while the unlock dialog waits)
        from resokit_desktop.services import privacy_review

        self.dossier = dossier
        _ = self.clipboard  # watching the clipboard from the moment client data can be copied
        privacy_review.record_event(dossier, "opened")
        self.window = self._make_window(dossier)
        if self.reopen_client is not None and hasattr(self.window, "open_client"):
            try:
                self.window.open_client(self.reopen_client)
            except StorageError:
                pass
        self.reopen_client = None
        kept, self.kept_input = self.kept_input, {}
        if kept and hasattr(self.window, "restore_kept"):
            self.window.restore_kept(kept)
        self.window.show()
        if self.lock_screen is not None:
            self.lock_screen.show_notice("")
            self.lock_screen.hide()
        self.apply_settings()
        self.backup_keeper.timer.start()
        # Both beside the window, each on its own connection: the full check after the first
        # paint, the backup only when one is due (daily), at low priority.
        self.integrity_watch.schedule(dossier.path, dossier.passphrase)
        self._daily_backup()

    @property
    def backup_running(self) -> bool:
        return self.backup_keeper.running

    @property
    def last_backup_error(self) -> str | None:
        return self.backup_keeper.last_error

    def wait_for_backup(self) -> None:
        """Before the file closes or changes: let a running backup finish (it holds a
        connection to the file) and drop the background check (enter() schedules a new one)."""
        if self._integrity_watch is not None:
            self._integrity_watch.cancel_and_wait()
        if self._backup_keeper is not None:
            self._backup_keeper.wait()

    def apply_settings(self) -> None:
        """Read the idle-lock time from the file's settings (0 = never) and restart the watch."""
        if self.dossier is not None:
            self.triggers.start(self.dossier.db)

    @property
    def is_locked(self) -> bool:
        return self.dossier is None

    def _daily_backup(self) -> bool:
        return self.backup_keeper.run_if_due()

    def backup_now(self) -> bool:
        return self.backup_keeper.backup_now()

    def drop_window(self) -> dict:
        """Save what can be saved quietly, then destroy the window (it holds client data).

        Returns the input that could not be stored (by tab), for the caller to keep.
        """
        window = self.window
        if window is None:
            return {}
        from resokit_desktop.ui.security.lock_keeping import save_quietly  # lazy: see __init__

        save_quietly(window)
        kept = window.release_unsaved() if hasattr(window, "release_unsaved") else {}
        if hasattr(window, "current_client_id"):
            self.reopen_client = window.current_client_id()
        if hasattr(window, "save_layout"):
            window.save_layout()
        _reject_open_dialogs()
        window.hide()
        window.deleteLater()
        self.window = None
        return kept

    def lock(self, auto: bool = False) -> bool:
        """Hide every client detail and close the file until the passphrase is given again.

        On demand (Ctrl+L) pending edits are saved first, and invalid input stops the lock so
        the user can fix it; an automatic lock saves what it can and locks regardless, keeping
        what it could not store (a full disk, an invalid field) in memory: the lock screen says
        so and the input is back in its form, marked as not stored, after unlocking.
        """
        if self.dossier is None:
            return False
        window = self.window
        if window is not None and not auto and hasattr(window, "flush_pending") \
                and not window.flush_pending():
            if hasattr(window, "statusBar"):
                window.statusBar().showMessage(_tr(
                    "Eerst de invoer verbeteren of verwerpen, dan vergrendelen."), 6000)
            return False
        from resokit_desktop.ui.security.lock_keeping import kept_notice  # lazy: see __init__

        self._show_lock_screen()
        self.kept_input = self.drop_window()
        self.lock_screen.show_notice(kept_notice(self.kept_input))
        self._close_file()
        self.lock_screen.panel.field.setFocus()
        return True

    def _close_file(self) -> None:
        self.wait_for_backup()
        self._stop_watchers()
        if self.dossier is not None:
            self.dossier.close()
            self.dossier = None

    def _show_lock_screen(self) -> None:
        if self.lock_screen is None:
            from resokit_desktop.ui.security.lock_screen import LockScreen  # lazy: see __init__

            self.lock_screen = LockScreen(self.attempt_open, self.throttle)
            self.lock_screen.unlocked.connect(self._unlocked)
            self.lock_screen.problem.connect(self._lock_screen_problem)
            self.lock_screen.quit_requested.connect(self._quit_from_lock)
        if self.window is not None:
            self.lock_screen.setGeometry(self.window.geometry())
        self.lock_screen.show()
        self.lock_screen.raise_()
        self.lock_screen.activateWindow()

    def _unlocked(self) -> None:
        dossier = self.take_opened()
        if dossier is not None:
            self.enter(dossier)

    def _lock_screen_problem(self, code: str) -> None:
        dossier = (_flows().offer_restore(self, self.damaged_passphrase)
                   if code == DAMAGED else None)
        if dossier is not None:
            self.enter(dossier)

    def _quit_from_lock(self) -> None:
        if self.dossier is not None:
            return
        # lazy: see __init__
        from resokit_desktop.ui.security.lock_keeping import confirm_quit_losing_kept

        if self.kept_input and not confirm_quit_losing_kept(self.lock_screen):
            return
        QCoreApplication.quit()

    def end_for_signal(self) -> None:
        """Logout or shutdown (SIGTERM): end like Quit, without a question nobody can answer.

        What can be stored is stored quietly, open dialogs are closed, the event loop ends and
        shutdown() closes the file (WAL checkpointed) and releases the one-writer lock.
        """
        self.ending = True
        if self.window is not None:
            self.kept_input = self.drop_window()
        _reject_open_dialogs()
        QCoreApplication.quit()

    # -- menu actions (dialog flows in session_flows) --------------------------------------------
    def restore_from_backup(self) -> bool:
        return _flows().restore_from_menu(self)

    def change_passphrase(self) -> bool:
        return _flows().change_passphrase(self)

    def shutdown(self) -> None:
        self.wait_for_backup()
        self._stop_watchers()
        # Store what can be stored and stop the window's save timers before the file closes.
        self.drop_window()
        if self.lock_screen is not None:
            self.lock_screen.hide()
        self._close_file()
        self.instance_lock.release()

    def take_first_window(self) -> FirstWindow | None:
        first, self.first_window = self.first_window, None
        return first

    def drop_first_window(self) -> None:
        """Another start-up path was taken: the unlock dialog shown first goes."""
        first = self.take_first_window()
        if first is not None:
            first.discard()

    def message(self, icon: QMessageBox.Icon, text: str) -> None:
        self.drop_first_window()
        show_message(self.window or self.lock_screen, icon, text)


def _flows():
    """The restore and passphrase dialog flows (ui/security/session_flows.py)."""
    # lazy: the unlock dialog shows before these dialogs' modules (preloaded while it waits)
    from resokit_desktop.ui.security import session_flows

    return session_flows


def _reject_open_dialogs() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()
