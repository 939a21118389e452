"""Opening the dossier at start-up: the one-writer lock, the file's state, then the passphrase.

API (used by DossierSession.start)::

    dossier = open_at_start(session)   # None: not opened (the user was told why)

A file that does not exist yet goes through the first-run welcome (ui/welcome/).
``RESOKIT_PASSPHRASE`` (as on the command line) unlocks or creates without asking — for
automation such as screenshots; a wrong value falls back to the dialog.

Only what the unlock dialog needs is imported with this module: the dialogs of the other paths
(restore, a new passphrase, the first-run welcome) are imported when that path is taken, and
the main window's modules load on the UI thread while the unlock dialog waits (window_preload).

The slow steps run off the UI thread (ui/security/open_busy.py): a plain file's full check runs
beside its passphrase dialog (a problem found closes the dialog), and every key derivation — a
new passphrase, the one from the environment — with a busy window; the unlock dialog runs its
own attempts on a thread. An encrypted file's first look (header and size) is immediate.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QMessageBox

from resokit_desktop.services import dossier_guard, opening_codes
from resokit_desktop.services.dossier_guard import KIND_ENCRYPTED, KIND_PLAIN
from resokit_desktop.ui.security.first_window import FirstProtect, FirstUnlock, FirstWindow
from resokit_desktop.ui.security.open_busy import checking_text, run_busy, wait_busy
from resokit_desktop.ui.security.session_api import OpenSession
from resokit_desktop.ui.security.session_messages import open_problem_text
from resokit_desktop.ui.security.unlock_panel import DISK_FULL, READ_ONLY, UnlockDialog
from resokit_desktop.ui.security.window_preload import WindowPreload
from resokit_desktop.ui.widgets.background import BackgroundCall
from resokit_desktop.ui.widgets.first_paint import AfterFirstPaint

if TYPE_CHECKING:  # the storage layer loads while the first dialog waits (window_preload)
    from resokit_desktop.services.dossier_file import DossierFile
    from resokit_desktop.services.dossier_guard import Diagnosis

ENV_PASSPHRASE = "RESOKIT_PASSPHRASE"

# What the first look can find that stops the opening before any passphrase.
FILE_PROBLEMS = (dossier_guard.DAMAGED, dossier_guard.NOT_A_DOSSIER, dossier_guard.DISK_FULL,
                 dossier_guard.READ_ONLY)


def report(session: OpenSession, code: str) -> None:
    session.message(QMessageBox.Icon.Critical, open_problem_text(code))


def open_at_start(session: OpenSession) -> DossierFile | None:
    """The file's state decides: damaged (restore), new or plain (a new passphrase), or ask."""
    from_env = os.environ.get(ENV_PASSPHRASE) or None
    kind = dossier_guard.file_kind(session.path)
    if kind == KIND_PLAIN and not from_env:
        return _protect_plain_file(session)
    if kind == KIND_PLAIN:  # every page is read and checked: off the UI thread
        first = run_busy(dossier_guard.first_look, session.path, text=checking_text())
    else:  # an encrypted file's header and size only (its pages need the key): at once
        first = dossier_guard.first_look(session.path)
    if first.status in FILE_PROBLEMS:
        session.drop_first_window()
        return _file_problem(session, first)
    if kind not in (KIND_PLAIN, KIND_ENCRYPTED):
        return _new_file(session, from_env)
    if kind == KIND_PLAIN:
        passphrase = _new_from_env(from_env, convert=True)
        return None if passphrase is None else _open_or_report(session, passphrase)
    if from_env and run_busy(session.attempt_open, from_env) is None:
        return session.take_opened()
    return _ask_unlock(session)


def _file_problem(session: OpenSession, first: Diagnosis) -> DossierFile | None:
    """Damaged (the restore flow), not a dossier, or its place full or read-only (told why)."""
    if first.status == dossier_guard.DAMAGED:
        # lazy: the restore dialogs only for a damaged file (not on the unlock dialog's path)
        from resokit_desktop.ui.security import session_flows

        return session_flows.restore_damaged_asking_passphrase(session, first.kind)
    if first.status == dossier_guard.NOT_A_DOSSIER:
        report(session, opening_codes.FAILED)
    else:
        report(session, DISK_FULL if first.status == dossier_guard.DISK_FULL else READ_ONLY)
    return None


def _protect_plain_file(session: OpenSession) -> DossierFile | None:
    """A plain file: its passphrase dialog shows at once, and once it has painted the file's
    full check runs beside it (the window's modules load meanwhile); a problem found closes
    the dialog for the restore flow or a message instead, and a passphrase chosen before the
    check ends waits for it (with the busy window)."""
    # lazy: the passphrase dialog only for a plain file, not on the unlock dialog's path
    from resokit_desktop.ui.security.new_passphrase_dialog import (
        REASON_CONVERT,
        NewPassphraseDialog,
    )

    first = _taken_first(session, FirstProtect)  # already on screen (app start-up) or made now
    dialog = first.dialog if first is not None else NewPassphraseDialog(REASON_CONVERT)
    check = BackgroundCall(dialog, name="resokit-check")
    found: dict[str, object] = {}

    def checked(result: object) -> None:
        found["first"] = result
        if isinstance(result, BaseException) or result.status in FILE_PROBLEMS:
            dialog.reject()  # no passphrase for a file that cannot be protected as it is

    check.finished.connect(checked)
    start_check = AfterFirstPaint(dialog, lambda: check.start(dossier_guard.first_look,
                                                              session.path))
    preload = WindowPreload(parent=dialog)
    if first is not None:  # it has painted: the check and the window's modules start now
        start_check.run_now()
        preload.start()
    else:
        preload.start_after_paint(dialog)  # the window's modules load while the user types
    if first is not None and not dialog.isVisible():  # answered before it was taken over
        accepted = dialog.result() == QDialog.DialogCode.Accepted
    else:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
    preload.stop()
    start_check.run_now()  # (closed before it ever painted)
    wait_busy(check, text=checking_text())
    look = found["first"]
    if isinstance(look, BaseException):
        raise look
    if look.status in FILE_PROBLEMS:
        return _file_problem(session, look)
    if not accepted:
        return None
    preload.finish()
    return _open_or_report(session, dialog.passphrase())


def _new_file(session: OpenSession, from_env: str | None) -> DossierFile | None:
    """A file that does not exist yet: the first-run welcome (not for automation), then made."""
    if from_env:
        passphrase = _new_from_env(from_env, convert=False)
        return None if passphrase is None else _open_or_report(session, passphrase)
    # lazy: the welcome only for a file that does not exist yet
    from resokit_desktop.ui.welcome import first_run

    choice, passphrase = first_run.ask_first_run()
    if choice is None or passphrase is None:
        return None
    dossier = _open_or_report(session, passphrase)
    problem = None if dossier is None else first_run.apply_first_run(dossier, choice)
    if problem:
        session.message(QMessageBox.Icon.Warning, problem)
    return dossier


def _new_from_env(from_env: str | None, convert: bool) -> str | None:
    """A new passphrase from the environment when it keeps the rules; else ask (saying why:
    a new file, or a plain one to ``convert``)."""
    # lazy: the passphrase rules and dialog only for a new or a plain file, not for unlocking
    from resokit_desktop.services.passphrase_service import check_passphrase_text
    from resokit_desktop.ui.security.new_passphrase_dialog import (
        REASON_CONVERT,
        REASON_NEW,
        NewPassphraseDialog,
    )

    reason = REASON_CONVERT if convert else REASON_NEW

    errors = check_passphrase_text(from_env) if from_env else []
    if from_env and not errors:
        return from_env
    dialog = NewPassphraseDialog(reason, refused_code=errors[0].code if errors else None)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.passphrase()


def _open_or_report(session: OpenSession, passphrase: str) -> DossierFile | None:
    result = run_busy(session.attempt_open, passphrase)  # the key derivation (and encryption)
    if result is None:
        return session.take_opened()
    if result == opening_codes.DAMAGED:
        return _offer_restore(session)
    report(session, result)
    return None


def _taken_first(session: OpenSession, kind: type[FirstWindow]) -> FirstWindow | None:
    """The dialog the app showed first, when it is the one this path asks with."""
    first = session.take_first_window()
    if first is not None and not isinstance(first, kind):
        first.discard()
        return None
    return first


def _ask_unlock(session: OpenSession) -> DossierFile | None:
    first = _taken_first(session, FirstUnlock)  # already on screen (app start-up) or made now
    if first is not None:
        dialog = first.adopt(session.attempt_open)
    else:
        dialog = UnlockDialog(session.attempt_open, session.throttle, session.path.name)
    preload = WindowPreload(parent=dialog)
    if first is not None:
        preload.start()  # it has painted: the window's modules load while the user types
    else:
        preload.start_after_paint(dialog)  # the window's modules load while the user types
    if first is not None and not dialog.isVisible():  # closed (Afsluiten) before taken over
        code = dialog.result()
    else:
        code = dialog.exec()
    preload.stop()
    dialog.panel.wait_idle()  # closed while a try was running: let it end
    opened = session.take_opened()
    if code == QDialog.DialogCode.Accepted:
        preload.finish()  # what a quick typist left: one module per turn, not all at once
        return opened
    if opened is not None:
        opened.close()
    if dialog.problem_code == opening_codes.DAMAGED:
        return _offer_restore(session)
    if dialog.problem_code:
        report(session, dialog.problem_code)
    return None


def _offer_restore(session: OpenSession) -> DossierFile | None:
    # lazy: the restore dialogs only when the file turned out damaged
    from resokit_desktop.ui.security import session_flows

    return session_flows.offer_restore(session, session.damaged_passphrase)
