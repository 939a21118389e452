"""After the window is shown: the file's full check on a thread, a message only when it fails.

API (owned by DossierSession)::

    watch = IntegrityWatch(session)
    watch.schedule(path, passphrase)    # starts CHECK_DELAY_MS later, after the first paint
    watch.cancel_and_wait()             # before the file closes (lock, restore, shutdown)
    watch.last_problems                 # None (not checked yet), [] (whole) or the problems
    watch.damaged                       # signal: the check found damage (the message is shown)

The check runs on its own connection (a second key derivation, off the UI thread, at low
priority). When it finds damage the user is told once and offered the restore flow that already
exists at start-up (session_flows.offer_restore: the damaged file is kept aside, nothing is
overwritten).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from resokit_desktop.services import backup_service
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.services.dossier_opening import damage_found
from resokit_desktop.services.errors import StorageError
from resokit_desktop.translation import translator
from resokit_desktop.ui.security.session_api import OpenSession
from resokit_desktop.ui.widgets.background import BackgroundCall

CHECK_DELAY_MS = 300


_tr = translator("DossierSession")


class IntegrityWatch(QObject):
    damaged = Signal()

    def __init__(self, session: OpenSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._pending: tuple[Path, str | None] | None = None
        self._ignore = False
        self.last_problems: list[str] | None = None
        self._call = BackgroundCall(self, low_priority=True, name="resokit-check")
        self._call.finished.connect(self._done)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._begin)

    def schedule(self, path: Path, passphrase: str | None,
                 delay_ms: int = CHECK_DELAY_MS) -> None:
        self._pending = (Path(path), passphrase)
        self.last_problems = None
        self._timer.start(delay_ms)

    @property
    def running(self) -> bool:
        return self._call.running or self._timer.isActive()

    def run_now(self) -> None:
        """Start a scheduled check at once and wait for its result (tests, benchmarks)."""
        if self._timer.isActive():
            self._timer.stop()
            self._begin()
        self._call.wait()

    def cancel_and_wait(self) -> None:
        """Forget a scheduled check and let a running one end unheard (the file closes)."""
        self._timer.stop()
        self._pending = None
        self._ignore = True
        try:
            self._call.wait()
        finally:
            self._ignore = False

    def _begin(self) -> None:
        if self._pending is None or self._call.running:
            return
        (path, passphrase), self._pending = self._pending, None
        self._call.start(damage_found, path, passphrase)

    def _done(self, result: object) -> None:
        if self._ignore or self._session.dossier is None:
            return
        problems = [] if isinstance(result, BaseException) else list(result)
        self.last_problems = problems
        if problems:
            self.damaged.emit()
            offer_restore_for_damage(self._session)


def offer_restore_for_damage(session: OpenSession) -> None:
    """Tell the user the open file is damaged; offer the restore flow when a backup exists."""
    has_backup = backup_service.has_backups(session.path)
    if has_backup:
        text = _tr("Bij het nakijken van het dossierbestand is een beschadiging gevonden. Zet "
                   "een back-up terug: het beschadigde bestand wordt apart bewaard, er wordt "
                   "niets overschreven.")
    else:
        text = _tr("Bij het nakijken van het dossierbestand is een beschadiging gevonden, en "
                   "er is nog geen back-up. Neem een kopie van het bestand en vraag hulp.")
    box = QMessageBox(QMessageBox.Icon.Critical, _tr("Resokit Desktop"), text,
                      QMessageBox.StandardButton.NoButton, session.window)
    box.setObjectName("damage_found")
    restore = None
    if has_backup:
        restore = box.addButton(_tr("Back-up &terugzetten…"),
                                QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(restore)
    box.addButton(_tr("&Later") if has_backup else _tr("OK"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if restore is not None and box.clickedButton() is restore:
        restore_damaged_open_file(session)


def restore_damaged_open_file(session: OpenSession) -> None:
    """Close the open (damaged) file and run the damaged-file restore flow of start-up.

    What the window holds is saved quietly first and given back after reopening; when the user
    cancels, the same file is opened again as it was.
    """
    dossier = session.dossier
    if dossier is None:
        return
    passphrase = dossier.passphrase
    session.kept_input = session.drop_window()
    session.wait_for_backup()
    dossier.close()
    session.dossier = None
    # lazy: the restore dialogs only when damage is found (not on the unlock dialog's path)
    from resokit_desktop.ui.security import session_flows

    restored = session_flows.offer_restore(session, passphrase)
    if restored is None:
        try:
            restored = DossierFile.open(session.path, passphrase)
        except (StorageError, OSError):
            session.message(QMessageBox.Icon.Critical, _tr(
                "Het dossierbestand kan niet meer geopend worden. Start Resokit Desktop "
                "opnieuw om een back-up terug te zetten."))
            QCoreApplication.quit()
            return
    session.enter(restored)
