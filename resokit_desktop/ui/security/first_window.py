"""The app's first window, shown and painted before the dossier session's own modules (the
one-writer lock, the file's first look, the storage layer) are imported: the unlock dialog of
an encrypted file, or the "choose a passphrase" dialog of a plain one.

API (used by app.run_app and the dossier session)::

    first = show_first_window(path)   # painted; None for a new file, or when
                                      # RESOKIT_PASSPHRASE is set (no dialog then)
    first.dialog                      # UnlockDialog (FirstUnlock) or NewPassphraseDialog
    first.throttle                    # FirstUnlock: the dialog's attempt throttle
    first.adopt(attempt)              # FirstUnlock: the session's attempt_open answers it now
    first.discard()                   # another path was taken (a message, the restore flow)

Until the session takes it over nothing the user does reaches the dialog: it paints with user
input held back, and the session's checks (lock, first look) run before the event loop turns
again. A check that fails discards the dialog before its message shows.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QDialog

from resokit_desktop.services.dossier_kind import KIND_ENCRYPTED, KIND_PLAIN, file_kind
from resokit_desktop.services.opening_codes import FAILED
from resokit_desktop.services.passphrase_service import AttemptThrottle, throttle_for
from resokit_desktop.ui.security.unlock_panel import UnlockDialog
from resokit_desktop.ui.widgets.first_paint import AfterFirstPaint

ENV_PASSPHRASE = "RESOKIT_PASSPHRASE"
PAINT_WAIT_MS = 2000  # never wait longer for a first paint that does not come


class FirstWindow:
    dialog: QDialog

    def discard(self) -> None:
        self.dialog.hide()
        self.dialog.deleteLater()


class FirstUnlock(FirstWindow):
    """An encrypted file's unlock dialog; its tries go to the session once it adopts it."""

    def __init__(self, path: Path) -> None:
        self.throttle: AttemptThrottle = throttle_for(path)
        self._attempt: Callable[[str], str | None] | None = None
        self._settled = threading.Event()  # adopted or discarded
        self.dialog = UnlockDialog(self._forward, self.throttle, path.name)

    def _forward(self, text: str) -> str | None:
        """On the dialog's worker thread: a try made before the session took the dialog over
        (only a program sending keys straight to the field can) waits for it."""
        self._settled.wait()
        return FAILED if self._attempt is None else self._attempt(text)

    def adopt(self, attempt: Callable[[str], str | None]) -> UnlockDialog:
        self._attempt = attempt
        self._settled.set()
        return self.dialog

    def discard(self) -> None:
        self._settled.set()
        super().discard()


class FirstProtect(FirstWindow):
    """A plain file's "choose a passphrase" dialog (it is encrypted once one is chosen)."""

    def __init__(self) -> None:
        # lazy: the passphrase rules' dialog only for a plain file
        from resokit_desktop.ui.security.new_passphrase_dialog import (
            REASON_CONVERT,
            NewPassphraseDialog,
        )

        self.dialog = NewPassphraseDialog(REASON_CONVERT)


def show_first_window(path: Path) -> FirstWindow | None:
    """The first dialog of an existing encrypted or plain file, on screen and painted."""
    path = Path(path).expanduser().resolve()  # as the session names it (links resolved)
    kind = None if os.environ.get(ENV_PASSPHRASE) else file_kind(path)
    if kind == KIND_ENCRYPTED:
        first: FirstWindow = FirstUnlock(path)
    elif kind == KIND_PLAIN:
        first = FirstProtect()
    else:
        return None
    first.dialog.setModal(True)  # as exec() will have it; shown now so it paints at once
    loop = QEventLoop()
    AfterFirstPaint(first.dialog, loop.quit)
    QTimer.singleShot(PAINT_WAIT_MS, loop.quit)
    first.dialog.show()
    loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    return first
