"""Menu actions for locking (Ctrl+L), backups, restoring and changing the passphrase."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from resokit_desktop.translation import translator
from resokit_desktop.ui.actions import ActionRegistry
from resokit_desktop.ui.session_controls import SessionControls

_tr = translator("SecurityActions")


def _session(window) -> SessionControls | None:  # noqa: ANN001 - the MainWindow
    return window.session  # handed to the window by the session that built it


def _lock(window) -> None:
    session = _session(window)
    if session is not None:
        session.lock()


def _backup(window) -> None:
    session = _session(window)
    if session is None:
        return
    if session.backup_now():
        window.statusBar().showMessage(_tr("Back-up gemaakt en gecontroleerd."), 6000)
    else:
        QMessageBox.warning(window, _tr("Back-up"), _tr(
            "De back-up kon niet gemaakt worden (schijf vol of map niet schrijfbaar). Het "
            "dossierbestand zelf is niet veranderd."))


def _restore(window) -> None:
    session = _session(window)
    if session is not None:
        session.restore_from_backup()


def _change(window) -> None:
    session = _session(window)
    if session is None:
        return
    if session.dossier is not None and not session.dossier.encrypted:
        QMessageBox.information(window, _tr("Wachtwoordzin"), _tr(
            "Dit bestand is niet versleuteld (een demobestand of testbestand). Open het opnieuw "
            "om het te versleutelen met een wachtwoordzin."))
        return
    session.change_passphrase()


def add_actions(registry: ActionRegistry, window) -> None:
    registry.add("lock", _tr("&Vergrendelen"), "Ctrl+L", "file", lambda: _lock(window),
                 order=700)
    registry.add("backup_now", _tr("Nu een &back-up maken"), None, "file",
                 lambda: _backup(window), order=710)
    registry.add("restore_backup", _tr("&Herstellen uit back-up…"), None, "file",
                 lambda: _restore(window), order=720)
    registry.add("change_passphrase", _tr("&Wachtwoordzin wijzigen…"), None, "file",
                 lambda: _change(window), order=730)
