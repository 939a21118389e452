"""The unlock dialog of an encrypted file as the app's first window: shown and painted before
the dossier session's own modules (the one-writer lock, the file's first look, the storage
layer) are imported.

API (used by app.run_app and the dossier session)::

    first = show_unlock_first(path)   # painted, or None: not an encrypted file, or
                                      # RESOKIT_PASSPHRASE is set (no dialog then)
    first.dialog / first.throttle     # the UnlockDialog and its attempt throttle
    first.adopt(attempt)              # the session's attempt_open: it answers the dialog now
    first.discard()                   # another path was taken (a message, the restore flow)

Until it is adopted nothing the user does reaches the dialog: it paints with user input held
back, and the session's checks (lock, first look) run before the event loop turns again. A check
that fails discards the dialog before its message shows.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer

from resokit_desktop.services.dossier_kind import KIND_ENCRYPTED, file_kind
from resokit_desktop.services.opening_codes import FAILED
from resokit_desktop.services.passphrase_service import AttemptThrottle, throttle_for
from resokit_desktop.ui.security.unlock_panel import UnlockDialog
from resokit_desktop.ui.widgets.first_paint import AfterFirstPaint

ENV_PASSPHRASE = "RESOKIT_PASSPHRASE"
PAINT_WAIT_MS = 2000  # never wait longer for a first paint that does not come


class FirstUnlock:
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
        self.dialog.hide()
        self.dialog.deleteLater()


def show_unlock_first(path: Path) -> FirstUnlock | None:
    """The unlock dialog of an encrypted file, on screen and painted; else None."""
    path = Path(path).expanduser().resolve()  # as the session names it (links resolved)
    if os.environ.get(ENV_PASSPHRASE) or file_kind(path) != KIND_ENCRYPTED:
        return None
    first = FirstUnlock(path)
    first.dialog.setModal(True)  # as exec() will have it; shown now so it paints at once
    loop = QEventLoop()
    AfterFirstPaint(first.dialog, loop.quit)
    QTimer.singleShot(PAINT_WAIT_MS, loop.quit)
    first.dialog.show()
    loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    return first
