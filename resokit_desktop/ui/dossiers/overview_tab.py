"""The dossier's Overzicht tab: the client form, saved as the user works through one save path.

The one save path is ``OverviewTab.save_now()``: every autosave, focus change, client switch and
window close goes through it. A WriteFailedError from storage is shown as "Niet bewaard: …",
the input stays in the form and the next call to save_now() tries again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from resokit_desktop.domain.client import Client, keep_valid_fields, validate_client
from resokit_desktop.domain.validation import FieldError
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.storage import clients_repo
from resokit_desktop.storage.errors import NotFoundError, WriteFailedError
from resokit_desktop.translation import translator
from resokit_desktop.ui.dossier_tabs import register_tab
from resokit_desktop.ui.dossiers.client_form import ClientForm
from resokit_desktop.ui.widgets.autosave import AutoSaver
from resokit_desktop.ui.widgets.kept_input import KeptInput, show_kept
from resokit_desktop.ui.widgets.leave_dialog import settle_unsaved
from resokit_desktop.ui.widgets.save_status import SaveStatus

_tr = translator("OverviewTab")


class OverviewTab(QWidget):
    """Shows one client (or a new, not yet stored one) and keeps the file in step with the form."""

    # Emitted after a successful save, with the client's id (a new client gets one here).
    client_saved = Signal(int)
    client_changed = Signal()

    def __init__(self, dossier: DossierFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overview_tab")
        self._db = dossier.db
        self._client_id: int | None = None
        self._dirty = False
        self._last_error: WriteFailedError | None = None
        self._listed: tuple[str, str, str] | None = None
        self.listed_changed = False

        self.form = ClientForm(self)
        self.form.edited.connect(self._edited)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Only a frame for scrolling: Tab goes to the fields (which it scrolls into view).
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(self.form)
        self.status = SaveStatus("overview", self)
        self.status.retry_requested.connect(self.save_now)
        # The id the command line asks for (resokit export-web/summary --client ID).
        self.id_label = QLabel(self)
        self.id_label.setObjectName("client_id_label")
        self.id_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.id_label.setContentsMargins(12, 4, 12, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.id_label)
        layout.addWidget(scroll, 1)
        status_box = QVBoxLayout()
        status_box.setContentsMargins(12, 0, 12, 4)
        status_box.addWidget(self.status)
        layout.addLayout(status_box)
        self.saver = AutoSaver(self, self.save_now)
        self.setEnabled(False)

    # -- DossierTab protocol -------------------------------------------------------------------
    def set_client(self, client_id: int | None) -> None:
        self.saver.stop()
        self._client_id = client_id
        self._dirty = False
        self.status.show_saved()
        self._show_id(client_id)
        if client_id is None:
            self.form.load(Client(name=""))
            self.setEnabled(False)
            return
        self.setEnabled(True)
        client = clients_repo.get_client(self._db, client_id)
        self._listed = (client.name.strip(), client.neighbourhood.strip(), str(client.status))
        self.form.load(client)

    def flush(self) -> bool:
        """Save pending edits; on invalid input or a failed write, ask: fix, or discard."""
        if not self._dirty:
            return True
        if self.save_now():
            return True
        return settle_unsaved(
            self, list(self.form.visible_messages().values()), self._last_error,
            self.discard_changes, self.form.first_invalid_field() or self.form.name_field)

    # -- the one save path ---------------------------------------------------------------------
    def save_now(self) -> bool:
        """Validate and store the form; True when the file now holds what the form shows."""
        if not self._dirty:
            return True
        self.saver.stop()
        typed, errors = self.form.collect(self._client_id)
        self.form.show_errors(errors)
        first_problem = next(iter(self.form.visible_messages().values()), "")
        client = self._valid_part(typed, errors) if errors else typed
        if client is None:
            self.status.show_invalid(first_problem)
            return False
        try:
            client_id = clients_repo.save_client(self._db, client)
        except (WriteFailedError, NotFoundError) as exc:
            error = exc if isinstance(exc, WriteFailedError) else WriteFailedError(str(exc))
            self._last_error = error
            self.status.show_failed(error)
            self.saver.retry_later()
            return False
        self._last_error = None
        listed = (client.name.strip(), client.neighbourhood.strip(), str(client.status))
        # The client list only needs a reload when something it shows has changed.
        self.listed_changed = listed != self._listed or self._client_id is None
        self._listed = listed
        self._client_id = client_id
        # With errors, what was valid is stored and the wrong input waits in its field.
        self._dirty = bool(errors)
        if errors:
            self.status.show_partly_saved(first_problem)
        else:
            self.status.show_saved()
        self._show_id(client_id)
        self.client_saved.emit(client_id)
        self.client_changed.emit()
        return not errors

    def _valid_part(self, typed: Client, errors: list[FieldError]) -> Client | None:
        """The stored client with every valid typed field; None when there is nothing to store."""
        stored = (clients_repo.get_client(self._db, self._client_id)
                  if self._client_id is not None else Client(name=""))
        kept = keep_valid_fields(typed, stored, errors)
        if validate_client(kept) or kept == stored:
            return None
        return kept

    def _show_id(self, client_id: int | None) -> None:
        # A new client has no number yet: say when it will be stored instead of a blank line.
        self.id_label.setText(_tr("Cliëntnummer: %1").replace("%1", str(client_id))
                              if client_id is not None else
                              _tr("Nieuwe cliënt: wordt bewaard zodra de naam ingevuld is."))

    # -- an automatic lock (ui/widgets/kept_input.py) -------------------------------------------
    def release_unsaved(self) -> KeptInput | None:
        """The window is going away: stop saving; hand over input the file does not hold."""
        self.saver.stop()
        if not self._dirty:
            return None
        self._dirty = False  # the file is about to close: nothing may try to save it there
        return KeptInput(self._client_id, self._client_id, self.form.snapshot(),
                         self._last_error)

    def restore_kept(self, kept: KeptInput) -> None:
        """Show input kept over a lock again, marked as not stored (set_client came first)."""
        self.setEnabled(True)
        self.form.restore(kept.fields)
        self._dirty = True
        self._last_error = kept.error
        if kept.error is None:
            self.form.show_errors(self.form.collect(self._client_id)[1])
        show_kept(self.status, self.saver, kept, list(self.form.visible_messages().values()))

    # -- new client, discarding ----------------------------------------------------------------
    def start_new(self) -> None:
        """An empty form for a client that is stored once it has a valid name."""
        self.set_client(None)
        self.setEnabled(True)
        self.form.name_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def is_new(self) -> bool:
        return self._client_id is None

    def has_pending_edits(self) -> bool:
        return self._dirty

    def discard_changes(self) -> None:
        if self._client_id is not None and clients_repo.client_exists(self._db, self._client_id):
            self.set_client(self._client_id)
        else:
            self.set_client(None)

    def client_id(self) -> int | None:
        return self._client_id

    def _edited(self) -> None:
        self._dirty = True
        self.status.show_pending()
        self.saver.poke()


register_tab(
    "overview", 10,
    lambda: QCoreApplication.translate("DossierTabs", "Over&zicht"),
    lambda dossier, parent: OverviewTab(dossier, parent),
)
