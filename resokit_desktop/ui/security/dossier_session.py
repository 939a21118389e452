"""The dossier file for the app's lifetime: one-writer lock, unlock, main window, lock, backups.

API (used by app.run_app, the security actions and tests)::

    session = DossierSession(path, window_factory=MainWindow, clock=datetime.now)
    session.start() -> bool      # lock file, unlock/new passphrase/restore dialogs, window shown
    (the restore and passphrase-change dialog flows live in session_flows)
    session.lock(auto=False) -> bool   # flush edits, drop the window, close the file
    session.is_locked / session.window / session.dossier / session.lock_screen
    session.restore_from_backup(); session.change_passphrase(); session.backup_now()
    session.shutdown()           # close the file, release the lock, clear our clipboard

The main window is built anew after every unlock (``window_factory(dossier)``), so no widget
keeps client data or a closed connection while locked. The window gets a
``security_session`` attribute pointing back here. ``RESOKIT_PASSPHRASE`` (as on the command
line) unlocks or creates without asking — for automation such as screenshots; a wrong value
falls back to the dialog.

Unlocking derives the key once, on a thread (unlock_panel, services/dossier_opening); the full
integrity check runs after the window is shown (background_check) and the automatic backup only
when one is due (session_backup).
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from resokit_desktop.security import backups, integrity
from resokit_desktop.security.attempt_store import remembered_throttle
from resokit_desktop.security.idle_lock import (
    DEFAULT_IDLE_MINUTES,
    SETTING_IDLE_MINUTES,
    IdleWatcher,
)
from resokit_desktop.security.instance_lock import (
    AlreadyOpenError,
    HardLinkedError,
    InstanceLock,
    check_single_name,
    real_path,
)
from resokit_desktop.security.passphrase import check_passphrase_text
from resokit_desktop.security.sleep_watch import SleepWatch
from resokit_desktop.services import dossier_opening, privacy_review
from resokit_desktop.services.dossier_file import DossierFile, ensure_data_folder
from resokit_desktop.storage.cipher_file import remove_leftovers
from resokit_desktop.storage.connection import KIND_ENCRYPTED, KIND_PLAIN, file_kind
from resokit_desktop.storage.errors import StorageError
from resokit_desktop.storage.settings_repo import get_setting
from resokit_desktop.translation import translator
from resokit_desktop.ui.security import session_flows
from resokit_desktop.ui.security.background_check import IntegrityWatch
from resokit_desktop.ui.security.clipboard_guard import ClipboardGuard
from resokit_desktop.ui.security.lock_keeping import (
    confirm_quit_losing_kept,
    kept_notice,
    save_quietly,
)
from resokit_desktop.ui.security.lock_screen import LockScreen
from resokit_desktop.ui.security.new_passphrase_dialog import (
    REASON_CONVERT,
    REASON_NEW,
    NewPassphraseDialog,
)
from resokit_desktop.ui.security.session_backup import SessionBackups
from resokit_desktop.ui.security.unlock_panel import (
    DISK_FULL,
    READ_ONLY,
    UnlockDialog,
    place_problem_text,
)
from resokit_desktop.ui.security.unlock_worker import preload_window_modules

ENV_PASSPHRASE = "RESOKIT_PASSPHRASE"
DAMAGED = dossier_opening.DAMAGED
NEWER = dossier_opening.NEWER
FAILED = dossier_opening.FAILED


_tr = translator("DossierSession")


def _default_window(dossier: DossierFile) -> QWidget:
    from resokit_desktop.ui.main_window import MainWindow

    return MainWindow(dossier)


class DossierSession(QObject):
    def __init__(self, path: Path, window_factory: Callable[[DossierFile], QWidget] | None = None,
                 idle_ms: int | None = None, parent: QObject | None = None,
                 clock: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self.path = real_path(path)  # the file itself: a link and its target share one lock
        self.instance_lock = InstanceLock(self.path)
        self.dossier: DossierFile | None = None
        self.window: QWidget | None = None
        self.lock_screen: LockScreen | None = None
        self.throttle = remembered_throttle(self.path)
        self._window_factory = window_factory or _default_window
        self._idle_override = idle_ms
        self.idle = IdleWatcher(idle_ms or DEFAULT_IDLE_MINUTES * 60_000, parent=self)
        self.idle.idle.connect(lambda: self.lock(auto=True))
        self.backup_keeper = SessionBackups(self, clock)  # only when due, on a low-priority thread
        self._backup_timer = self.backup_keeper.timer
        self.integrity_watch = IntegrityWatch(self)  # the full check, after the first paint
        self.clipboard = ClipboardGuard(self)
        self.sleep_watch = SleepWatch(self)  # suspend or screen lock: lock now
        self.sleep_watch.going_away.connect(lambda: self.lock(auto=True))
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
            self.message(QMessageBox.Icon.Critical, _tr(
                "%1 is een map, geen dossierbestand.").replace("%1", str(self.path)))
            return False
        try:
            ensure_data_folder(self.path)
            self.instance_lock.acquire()
        except AlreadyOpenError as exc:
            self._already_open(exc)
            return False
        except OSError as exc:
            self.instance_lock.release()
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                text = _tr("Het dossierbestand kan niet geopend worden: de schijf is vol. Maak "
                           "ruimte vrij en start Resokit Desktop opnieuw.")
            else:
                text = _tr("Het dossierbestand kan niet geopend worden: de map is niet "
                           "schrijfbaar.")
            self.message(QMessageBox.Icon.Critical, text)
            return False
        remove_leftovers(self.path)
        backups.clean_unfinished(self.path)
        try:
            check_single_name(self.path)
        except HardLinkedError as exc:
            session_flows.refuse_hard_linked(self, exc)
            self.instance_lock.release()
            return False
        dossier = self._open_at_start()
        if dossier is None:
            self.instance_lock.release()
            return False
        self.enter(dossier)
        return True

    def _already_open(self, exc: AlreadyOpenError) -> None:
        holder = exc.holder
        since = holder.since_local().strftime("%d-%m-%Y %H:%M") if holder else "?"
        self.message(QMessageBox.Icon.Warning, _tr(
            "Dit dossierbestand is al geopend in Resokit Desktop, sinds %1 (proces %2 op %3). "
            "Werk daar verder, of sluit het daar eerst. Twee vensters op hetzelfde bestand "
            "zouden elkaars werk kunnen overschrijven.")
            .replace("%1", since).replace("%2", str(holder.pid if holder else "?"))
            .replace("%3", holder.host if holder else "?"))

    def _open_at_start(self) -> DossierFile | None:
        from_env = os.environ.get(ENV_PASSPHRASE) or None
        first = integrity.diagnose(self.path, None)
        if first.status == integrity.DAMAGED:
            return self._damaged_without_passphrase(first.kind)
        if first.status == integrity.NOT_A_DOSSIER:
            self._report(FAILED)
            return None
        if first.status in (integrity.DISK_FULL, integrity.READ_ONLY):
            self._report(DISK_FULL if first.status == integrity.DISK_FULL else READ_ONLY)
            return None
        kind = file_kind(self.path)
        if kind not in (KIND_PLAIN, KIND_ENCRYPTED):
            passphrase = self._new_from_env(from_env, REASON_NEW)
            return None if passphrase is None else self._open_or_report(passphrase)
        if kind == KIND_PLAIN:
            passphrase = self._new_from_env(from_env, REASON_CONVERT)
            return None if passphrase is None else self._open_or_report(passphrase)
        if from_env and self.attempt_open(from_env) is None:
            return self._take_opened()
        return self._ask_unlock()

    def _new_from_env(self, from_env: str | None, reason: str) -> str | None:
        """A new passphrase from the environment when it keeps the rules; else ask (saying why)."""
        errors = check_passphrase_text(from_env) if from_env else []
        if from_env and not errors:
            return from_env
        return self._ask_new(reason, errors[0].code if errors else None)

    def _ask_new(self, reason: str, refused_code: str | None = None) -> str | None:
        dialog = NewPassphraseDialog(reason, refused_code=refused_code)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.passphrase()

    def _open_or_report(self, passphrase: str) -> DossierFile | None:
        result = self.attempt_open(passphrase)
        if result is None:
            return self._take_opened()
        if result == DAMAGED:
            return self._offer_restore(self.damaged_passphrase)
        self._report(result)
        return None

    def _ask_unlock(self) -> DossierFile | None:
        dialog = UnlockDialog(self.attempt_open, self.throttle, self.path.name)
        code = dialog.exec()
        dialog.panel.wait_idle()  # closed while a try was running: let it end
        if code != QDialog.DialogCode.Accepted and self._opened is not None:
            self._take_opened().close()
        if code == QDialog.DialogCode.Accepted:
            return self._take_opened()
        if dialog.problem_code == DAMAGED:
            return self._offer_restore(self.damaged_passphrase)
        if dialog.problem_code:
            self._report(dialog.problem_code)
        return None

    def attempt_open(self, text: str) -> str | None:
        """Try a passphrase: None when opened (kept for _take_opened), else WRONG or a code.

        One key derivation when it opens; the unlock panel calls this on a worker thread.
        """
        passphrase = text or None
        outcome = dossier_opening.open_dossier(self.path, passphrase)
        if outcome.code == DAMAGED:
            self.damaged_passphrase = passphrase
        self._opened = outcome.dossier
        if outcome.code is None and self._window_factory is _default_window:
            preload_window_modules()
        return outcome.code

    def _take_opened(self) -> DossierFile | None:
        opened, self._opened = self._opened, None
        return opened

    def _report(self, code: str) -> None:
        if code == NEWER:
            text = _tr("Dit bestand is gemaakt met een nieuwere versie van Resokit Desktop. "
                       "Werk de toepassing bij om het te openen.")
        elif code in (DISK_FULL, READ_ONLY):
            text = place_problem_text(code)
        else:
            text = _tr("Dit bestand kan niet geopend worden als Resokit-dossier.")
        self.message(QMessageBox.Icon.Critical, text)

    # -- damaged file (dialog flows in session_flows) -------------------------------------------
    def _damaged_without_passphrase(self, kind: str) -> DossierFile | None:
        return session_flows.restore_damaged_asking_passphrase(self, kind)

    def _offer_restore(self, passphrase: str | None) -> DossierFile | None:
        return session_flows.offer_restore(self, passphrase)

    # -- the unlocked state ---------------------------------------------------------------------
    def enter(self, dossier: DossierFile) -> None:
        self.dossier = dossier
        privacy_review.record_event(dossier, "opened")
        self.window = self._window_factory(dossier)
        self.window.security_session = self
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
        self._backup_timer.start()
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
        self.integrity_watch.cancel_and_wait()
        self.backup_keeper.wait()

    def apply_settings(self) -> None:
        """Read the idle-lock time from the file's settings (0 = never) and restart the watch."""
        if self.dossier is None:
            return
        if self._idle_override is not None:
            timeout = self._idle_override
        else:
            minutes = get_setting(self.dossier.db, SETTING_IDLE_MINUTES, DEFAULT_IDLE_MINUTES)
            timeout = int(float(minutes) * 60_000)
        self.idle.set_timeout(timeout)
        self.idle.start()

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
        save_quietly(window)
        kept = window.release_unsaved() if hasattr(window, "release_unsaved") else {}
        if hasattr(window, "current_client_id"):
            self.reopen_client = window.current_client_id()
        if hasattr(window, "save_layout"):
            window.save_layout()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
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
        self._show_lock_screen()
        self.kept_input = self.drop_window()
        self.lock_screen.show_notice(kept_notice(self.kept_input))
        self.wait_for_backup()
        self.idle.stop()
        self._backup_timer.stop()
        self.clipboard.clear_if_ours()
        self.dossier.close()
        self.dossier = None
        self.lock_screen.panel.field.setFocus()
        return True

    def _show_lock_screen(self) -> None:
        if self.lock_screen is None:
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
        dossier = self._take_opened()
        if dossier is not None:
            self.enter(dossier)

    def _lock_screen_problem(self, code: str) -> None:
        dossier = self._offer_restore(self.damaged_passphrase) if code == DAMAGED else None
        if dossier is not None:
            self.enter(dossier)

    def _quit_from_lock(self) -> None:
        if self.dossier is not None:
            return
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
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        QCoreApplication.quit()

    # -- menu actions (dialog flows in session_flows) --------------------------------------------
    def restore_from_backup(self) -> bool:
        return session_flows.restore_from_menu(self)

    def change_passphrase(self) -> bool:
        return session_flows.change_passphrase(self)

    def shutdown(self) -> None:
        self.wait_for_backup()
        self.idle.stop()
        self._backup_timer.stop()
        self.clipboard.clear_if_ours()
        # Store what can be stored and stop the window's save timers before the file closes.
        self.drop_window()
        if self.lock_screen is not None:
            self.lock_screen.hide()
        if self.dossier is not None:
            self.dossier.close()
            self.dossier = None
        self.instance_lock.release()

    def message(self, icon: QMessageBox.Icon, text: str) -> None:
        box = QMessageBox(icon, _tr("Resokit Desktop"), text, QMessageBox.StandardButton.Ok,
                          self.window or self.lock_screen)
        box.setObjectName("session_message")
        box.exec()


