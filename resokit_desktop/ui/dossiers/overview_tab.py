"""The dossier's Overzicht tab: the client form, saved as the user works through one save path.

The one save path is ``OverviewTab.save_now()`` (``AutosaveTab``'s, which calls ``store()``):
every autosave, focus change, client switch and window close goes through it. A WriteFailedError
from storage is shown as "Niet bewaard: …", the input stays in the form and the next call to
save_now() tries again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from resokit_desktop.domain.client import Client, keep_valid_fields, validate_client
from resokit_desktop.domain.validation import FieldError
from resokit_desktop.services import dossier_service
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.translation import translator
from resokit_desktop.ui.dossier_tabs import register_tab
from resokit_desktop.ui.dossiers.client_form import ClientForm
from resokit_desktop.ui.roles.follow_up_boxes import OverdueStepsNote
from resokit_desktop.ui.widgets.autosave_tab import AutosaveTab
from resokit_desktop.ui.widgets.kept_input import KeptInput, show_kept
from resokit_desktop.ui.widgets.save_status import SaveStatus

_tr = translator("OverviewTab")


class OverviewTab(AutosaveTab):
    """Shows one client (or a new, not yet stored one) and keeps the file in step with the form."""

    # Emitted after a successful save, with the client's id (a new client gets one here).
    client_saved = Signal(int)

    def __init__(self, dossier: DossierFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overview_tab")
        self._db = dossier.db
        self._client_id: int | None = None
        self._listed: tuple[str, str, str] | None = None
        self.listed_changed = False

        self.form = ClientForm(self)
        self.form.edited.connect(self.mark_edited)
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
        self.role_note = OverdueStepsNote(self._db, self)  # role-plan steps past their date
        layout.addWidget(self.role_note)
        layout.addWidget(scroll, 1)
        status_box = QVBoxLayout()
        status_box.setContentsMargins(12, 0, 12, 4)
        status_box.addWidget(self.status)
        layout.addLayout(status_box)
        self.start_autosave(self)
        self.setEnabled(False)

    # -- DossierTab protocol -------------------------------------------------------------------
    def set_client(self, client_id: int | None) -> None:
        self.forget_edits()
        self._client_id = client_id
        self.show_saved()
        self._show_id(client_id)
        self.role_note.show_for(client_id)
        if client_id is None:
            self.form.load(Client(name=""))
            self.setEnabled(False)
            return
        self.setEnabled(True)
        client = dossier_service.get_client(self._db, client_id)
        self._listed = (client.name.strip(), client.neighbourhood.strip(), str(client.status))
        self.form.load(client)

    # -- settling on leave (AutosaveTab.flush) --------------------------------------------------
    def unsaved_problems(self) -> list[str]:
        return list(self.form.visible_messages().values())

    def field_to_fix(self) -> QWidget:
        return self.form.first_invalid_field() or self.form.name_field

    # -- the one save path (AutosaveTab.save_now) -----------------------------------------------
    def store(self) -> bool:
        """Validate and store the form; True when the file now holds what the form shows."""
        typed, errors = self.form.collect(self._client_id)
        self.form.show_errors(errors)
        first_problem = next(iter(self.form.visible_messages().values()), "")
        client = self._valid_part(typed, errors) if errors else typed
        if client is None:
            self.show_invalid(first_problem)
            return False
        client_id = dossier_service.save_client(self._db, client)
        self.mark_stored()
        listed = (client.name.strip(), client.neighbourhood.strip(), str(client.status))
        # The client list only needs a reload when something it shows has changed.
        self.listed_changed = listed != self._listed or self._client_id is None
        self._listed = listed
        self._client_id = client_id
        if errors:
            # What was valid is stored and the wrong input waits in its field.
            self.mark_unstored(None)
            self.status.show_partly_saved(first_problem)
        self._show_id(client_id)
        self.client_saved.emit(client_id)
        self.client_changed.emit()
        return not errors

    def _valid_part(self, typed: Client, errors: list[FieldError]) -> Client | None:
        """The stored client with every valid typed field; None when there is nothing to store."""
        stored = (dossier_service.get_client(self._db, self._client_id)
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
    def kept_input(self) -> KeptInput | None:
        """Input the file does not hold, handed over when the window goes away."""
        return KeptInput(self._client_id, self._client_id, self.form.snapshot(),
                         self.last_error)

    def restore_kept(self, kept: KeptInput) -> None:
        """Show input kept over a lock again, marked as not stored (set_client came first)."""
        self.setEnabled(True)
        self.form.restore(kept.fields)
        self.mark_unstored(kept.error)
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

    def discard_changes(self) -> None:
        if self._client_id is not None and dossier_service.client_exists(self._db, self._client_id):
            self.set_client(self._client_id)
        else:
            self.set_client(None)

    def client_id(self) -> int | None:
        return self._client_id


register_tab(
    "overview", 10,
    lambda: QCoreApplication.translate("DossierTabs", "Over&zicht"),
    lambda dossier, parent: OverviewTab(dossier, parent),
)
