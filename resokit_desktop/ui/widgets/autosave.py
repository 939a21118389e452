"""Save a form as the user works: shortly after the last edit, and when focus leaves the form."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

DEBOUNCE_MS = 800
RETRY_MS = 5000


class AutoSaver(QObject):
    """Calls ``save()`` (which returns True on success) after edits go quiet or focus leaves.

    ``delay_ms``: the quiet period (None: ``DEBOUNCE_MS``, read at each edit so a test can
    lengthen it). ``save_on_focus_out``: also save at once when the focus leaves ``form``.
    """

    def __init__(self, form: QWidget, save: Callable[[], bool], delay_ms: int | None = None,
                 save_on_focus_out: bool = True) -> None:
        super().__init__(form)
        self._form = form
        self._save = save
        self._delay_ms = delay_ms
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS if delay_ms is None else delay_ms)
        self._timer.timeout.connect(self._run)
        self._busy = False
        app = QApplication.instance()
        if app is not None and save_on_focus_out:
            # A slot of this QObject: Qt drops the connection when the saver (a child of the
            # form) is destroyed. A handler on the form's destroyed signal used to do that by
            # hand and could run while the saver itself was half gone ("Slot 'AutoSaver::' not
            # found" at teardown).
            app.focusChanged.connect(self._focus_changed)

    def poke(self) -> None:
        """An edit happened: (re)start the quiet-period timer."""
        self._timer.start(DEBOUNCE_MS if self._delay_ms is None else self._delay_ms)

    def retry_later(self) -> None:
        self._timer.start(RETRY_MS)

    def stop(self) -> None:
        self._timer.stop()

    def is_pending(self) -> bool:
        return self._timer.isActive()

    def _run(self) -> None:
        if self._busy:
            return
        self._busy = True
        try:
            self._save()
        finally:
            self._busy = False

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        try:
            inside_old = old is not None and self._form.isAncestorOf(old)
            inside_new = new is not None and self._form.isAncestorOf(new)
        except RuntimeError:  # the form is being destroyed
            return
        if inside_old and not inside_new and new is not None:
            if self._timer.isActive():
                self._timer.stop()
                self._run()
