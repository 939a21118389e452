"""Base of every editing dossier tab: save after a pause, show saved / not saved, settle on leave.

How to build an editing tab (every editing dossier tab is built this way; Rollen shows two
kinds of edits with one ``store()``, Inclusieweb and Buurtkaart a status line of their own)
-----------------------------------------------------------------------------------------
1. Subclass ``AutosaveTab`` (itself a ``DossierTabBase``, see ``ui/dossier_tabs.py``). In
   ``__init__`` build your widgets, a ``SaveStatus`` line as ``self.status`` (or override the
   ``show_*`` methods, as the web does with its own line), then call
   ``self.start_autosave(form)`` with the widget whose fields the user types in. Connect
   ``self.status.retry_requested`` to ``self.save_now`` (the "Opnieuw proberen" button).
2. Whenever the user changes something, call ``self.mark_edited()``: the status says
   "… Wijzigingen worden bewaard." and the save runs when the edits go quiet (``DEBOUNCE_MS``)
   or at once when the focus leaves ``form``.
3. Implement ``store() -> bool``, the tab's one save path: validate, show field messages, write
   through a service. On success call ``self.mark_stored()`` (clean, "✓ Alles is bewaard.") and
   return True. On invalid input show it (``self.show_invalid(first_problem)``) and return
   False. Let a failed write raise ``WriteFailedError``: the base shows "Niet bewaard: …", keeps
   the input, remembers the error and tries again after ``RETRY_MS``. Never call ``store()``
   yourself: call ``save_now()``, which skips it when nothing is pending.
4. Implement ``set_client(client_id)``: load, then ``self.forget_edits()`` and
   ``self.show_saved()``.
5. For leaving with input that cannot be stored (client switch, closing, another version),
   ``flush()`` saves and otherwise asks "fix or discard" (``ui/widgets/leave_dialog.py``).
   Say what to show and where to go back to: ``unsaved_problems()`` (the field messages),
   ``field_to_fix()`` and ``discard_changes()`` (reload what the file holds).
6. Optional: ``kept_input()`` (input to keep in memory over an automatic lock; take it back in
   ``restore_kept`` and call ``self.mark_unstored(kept.error)``), ``commit_typing()`` (finish a
   half-typed field that has its own timer before a save), ``can_save()`` (False while there
   is nothing to save into, e.g. no client yet), and the ``DossierTabBase`` hooks
   (``undo_stack``, ``delete_selection``, ``client_changed``).

A minimal tab::

    class NotesTab(AutosaveTab):
        def __init__(self, dossier, parent=None):
            super().__init__(parent)
            self._db, self._client_id = dossier.db, None
            self.notes = QPlainTextEdit(self)
            self.notes.textChanged.connect(self.mark_edited)
            self.status = SaveStatus("notes", self)
            self.status.retry_requested.connect(self.save_now)
            layout = QVBoxLayout(self)
            layout.addWidget(self.notes)
            layout.addWidget(self.status)
            self.start_autosave(self.notes)

        def set_client(self, client_id):
            self._client_id = client_id
            self.notes.setPlainText(notes_service.load(self._db, client_id) if client_id else "")
            self.forget_edits()
            self.show_saved()

        def discard_changes(self):
            self.set_client(self._client_id)

        def can_save(self):
            return self._client_id is not None

        def store(self):
            notes_service.save(self._db, self._client_id, self.notes.toPlainText())
            self.mark_stored()
            return True
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from resokit_desktop.services.errors import NotFoundError, WriteFailedError
from resokit_desktop.ui.dossier_tabs import DossierTabBase
from resokit_desktop.ui.widgets.autosave import AutoSaver
from resokit_desktop.ui.widgets.kept_input import KeptInput
from resokit_desktop.ui.widgets.leave_dialog import settle_unsaved
from resokit_desktop.ui.widgets.save_status import SaveStatus


class AutosaveTab(DossierTabBase):
    """A dossier tab whose edits are stored a moment after the user pauses (see module doc)."""

    #: Exceptions of ``store()`` that mean "not stored, try again later" (others propagate).
    save_errors: tuple[type[Exception], ...] = (WriteFailedError, NotFoundError)
    #: Try a failed save again by itself after ``RETRY_MS`` (False: the user asks, e.g. Ctrl+S).
    retry_failed_saves = True

    status: SaveStatus
    saver: AutoSaver

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dirty = False
        self._last_error: WriteFailedError | None = None

    def start_autosave(self, form: QWidget, delay_ms: int | None = None,
                       save_on_focus_out: bool = True) -> None:
        """Save after edits in ``form`` go quiet (``delay_ms``; None: ``DEBOUNCE_MS``) and, with
        ``save_on_focus_out``, when the focus leaves it. Call once, at the end of ``__init__``."""
        self.saver = AutoSaver(form, self.save_now, delay_ms, save_on_focus_out)

    # -- what the tab calls --------------------------------------------------------------------
    def mark_edited(self) -> None:
        """The user changed something: say it is being saved, save after a pause."""
        self._dirty = True
        self.show_pending()
        self.saver.poke()

    def mark_stored(self) -> None:
        """The file now holds what the tab shows."""
        self._last_error = None
        self._dirty = False
        self.show_saved()

    def mark_unstored(self, error: WriteFailedError | None) -> None:
        """What the tab shows is not in the file (input given back after a lock)."""
        self._dirty = True
        self._last_error = error

    def forget_edits(self) -> None:
        """Other content is shown (another client or record): nothing is pending any more."""
        self.saver.stop()
        self._dirty = False
        self._last_error = None

    def has_pending_edits(self) -> bool:
        return self._dirty

    @property
    def last_error(self) -> WriteFailedError | None:
        """Why the last save failed to write; None after a good one (or only invalid input)."""
        return self._last_error

    # -- the one save path ---------------------------------------------------------------------
    def save_now(self) -> bool:
        """Store pending edits now; True when the file holds what the tab shows."""
        if not self._dirty or not self.can_save():
            return True
        self.saver.stop()
        try:
            return self.store()
        except self.save_errors as exc:
            error = exc if isinstance(exc, WriteFailedError) else WriteFailedError(str(exc))
            self._last_error = error
            self.show_failed(error)
            if self.retry_failed_saves:
                self.saver.retry_later()
            return False

    def flush(self) -> bool:
        """Save pending edits; if that fails, settle with the user (fix, or discard)."""
        self.commit_typing()
        if not self._dirty:
            return True
        if self.save_now():
            return True
        return self.settle()

    def settle(self) -> bool:
        """After a failed save on leaving: ask; True when the user discards the changes."""
        return settle_unsaved(self, self.unsaved_problems(), self._last_error,
                              self.discard_changes, self.field_to_fix())

    def release_unsaved(self) -> KeptInput | None:
        """The window is going away: stop saving; hand over input the file does not hold."""
        self.commit_typing()
        self.saver.stop()
        if not self._dirty:
            return None
        kept = self.kept_input()
        if kept is not None:
            self._dirty = False  # the file is about to close: nothing may try to save it there
        return kept

    # -- what the tab implements ---------------------------------------------------------------
    def store(self) -> bool:
        """Validate and write (see module doc, step 3)."""
        raise NotImplementedError

    def can_save(self) -> bool:
        return True

    def commit_typing(self) -> None:
        return None

    def unsaved_problems(self) -> list[str]:
        return []

    def field_to_fix(self) -> QWidget:
        return self

    def discard_changes(self) -> None:
        """Show what the file holds again (the user chose to throw the edits away)."""
        raise NotImplementedError

    def kept_input(self) -> KeptInput | None:
        return None

    # -- the saved / not saved line (override for a line of another kind) ----------------------
    def show_pending(self) -> None:
        self.status.show_pending()

    def show_saved(self) -> None:
        self.status.show_saved()

    def show_invalid(self, first_problem: str = "") -> None:
        self.status.show_invalid(first_problem)

    def show_failed(self, error: WriteFailedError) -> None:
        self.status.show_failed(error)
