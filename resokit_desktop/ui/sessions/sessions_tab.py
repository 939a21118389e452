"""The dossier's Gesprekken tab: the sessions newest first and the editor of the chosen one.

The one save path is ``SessionsTab.save_now()`` (``AutosaveTab``'s, which calls ``store()``):
autosave, focus change, switching session or client, closing. A WriteFailedError shows
"Niet bewaard: …", keeps the input in the editor, and the next save_now() tries again.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from resokit_desktop.domain.session import Session, SessionType
from resokit_desktop.services import session_service
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.services.errors import NotFoundError, WriteFailedError
from resokit_desktop.translation import translator
from resokit_desktop.ui.dossier_tabs import register_tab
from resokit_desktop.ui.roles.follow_up_boxes import OpenStepsBox
from resokit_desktop.ui.sessions.carried_agreements import CarriedAgreementsBox
from resokit_desktop.ui.sessions.session_editor import SessionEditor, session_type_text
from resokit_desktop.ui.widgets.autosave_tab import AutosaveTab
from resokit_desktop.ui.widgets.dates import display_date
from resokit_desktop.ui.widgets.empty_state import EmptyState
from resokit_desktop.ui.widgets.kept_input import KeptInput, show_kept
from resokit_desktop.ui.widgets.save_status import SaveStatus

SESSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1


_tr = translator("SessionsTab")


def session_label(session: Session) -> str:
    text = f"{display_date(session.date)} · {session_type_text(session.type)}"
    count = len(session.agreements)
    if count == 1:
        text += "\n" + _tr("1 afspraak")
    elif count:
        text += "\n" + _tr("%1 afspraken").replace("%1", str(count))
    return text


class SessionsTab(AutosaveTab):
    """Keeps the file in step with the session being edited."""

    #: A role-plan step was ticked here: the client list's overdue marker may change.
    client_changed = Signal()

    def __init__(self, dossier: DossierFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessions_tab")
        self._db = dossier.db
        self._client_id: int | None = None
        self._session_id: int | None = None
        self._quiet = False

        self.new_button = QPushButton(_tr("&Nieuw gesprek"), self)
        self.new_button.setObjectName("session_new")
        self.new_button.clicked.connect(self.new_session)
        self.session_list = QListWidget(self)
        self.session_list.setObjectName("session_list")
        self.session_list.setAccessibleName(_tr("Gesprekken, nieuwste eerst"))
        self.session_list.setWordWrap(True)
        self.session_list.setSpacing(2)
        self.session_list.currentItemChanged.connect(self._list_changed)
        self.empty_state = EmptyState(self.session_list, lambda: _tr(
            "Nog geen gesprekken. Schrijf rechts het eerste: het wordt bewaard zodra je typt."),
            "session_list")
        list_title = QLabel(_tr("Gesprekken (nieuwste eerst)"), self)
        list_title.setBuddy(self.session_list)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 4, 8)
        left_layout.addWidget(self.new_button)
        left_layout.addWidget(list_title)
        left_layout.addWidget(self.session_list, 1)
        self.delete_button = QPushButton(_tr("Gesprek verwijderen…"), self)
        self.delete_button.setObjectName("session_delete")
        self.delete_button.setAccessibleName(_tr("Het gekozen gesprek verwijderen"))
        self.delete_button.clicked.connect(self.delete_current_session)
        self.delete_button.setEnabled(False)
        left_layout.addWidget(self.delete_button)

        self.editor = SessionEditor(self)
        self.editor.edited.connect(self.mark_edited)
        self.carried = CarriedAgreementsBox(self._db, self.editor)
        self.editor.add_follow_up(self.carried)
        self.role_steps = OpenStepsBox(self._db, self.editor)  # the role plans' open steps
        self.editor.add_follow_up(self.role_steps)
        self.role_steps.ticked.connect(self.client_changed)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Only a frame for scrolling: Tab goes to the fields (which it scrolls into view).
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(self.editor)
        self.status = SaveStatus("session", self)
        self.status.retry_requested.connect(self.save_now)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(scroll, 1)
        status_row = QHBoxLayout()
        status_row.setContentsMargins(12, 0, 12, 4)
        status_row.addWidget(self.status)
        right_layout.addLayout(status_row)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("sessions_splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([210, 740])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.start_autosave(self.editor)

    # -- DossierTab protocol -------------------------------------------------------------------
    def set_client(self, client_id: int | None) -> None:
        self.forget_edits()
        self._client_id = client_id
        self.setEnabled(client_id is not None)
        self._reload_list(None)
        if self.session_list.count():
            self.session_list.setCurrentRow(0)
        else:
            self._show_new()

    def unsaved_problems(self) -> list[str]:
        return self.editor.visible_messages()

    def field_to_fix(self) -> QWidget:
        return self.editor.first_invalid_field() or self.editor.date_field

    def delete_selection(self) -> None:
        if self.editor.agreements.table.hasFocus():
            self.editor.agreements.remove_selected()
        elif self.session_list.hasFocus():
            self.delete_current_session()

    # -- the one save path (AutosaveTab.save_now) -----------------------------------------------
    def can_save(self) -> bool:
        return self._client_id is not None

    def store(self) -> bool:
        session, errors = self.editor.collect(self._client_id, self._session_id)
        self.editor.show_errors(errors)
        if errors:
            self.show_invalid(next(iter(self.editor.visible_messages()), ""))
            return False
        session_id = session_service.save_session(self._db, session)
        self._session_id = session_id
        self.mark_stored()
        self.delete_button.setEnabled(True)
        # "Nieuw gesprek (wordt bewaard zodra je typt)" is no longer true once it is stored.
        self.editor.set_heading(_tr("Gesprek van %1").replace("%1", display_date(session.date)))
        self._reload_list(session_id)
        return True

    # -- an automatic lock (ui/widgets/kept_input.py) -------------------------------------------
    def kept_input(self) -> KeptInput | None:
        """Input the file does not hold, handed over when the window goes away."""
        if self._client_id is None:
            return None
        return KeptInput(self._client_id, self._session_id, self.editor.snapshot(),
                         self.last_error)

    def restore_kept(self, kept: KeptInput) -> None:
        """Show input kept over a lock again, marked as not stored (set_client came first)."""
        self._reload_list(kept.record_id)
        self._session_id = kept.record_id
        self.editor.restore(kept.fields)
        self.delete_button.setEnabled(kept.record_id is not None)
        self.mark_unstored(kept.error)
        if kept.error is None and self._client_id is not None:
            self.editor.show_errors(self.editor.collect(self._client_id, kept.record_id)[1])
        show_kept(self.status, self.saver, kept, self.editor.visible_messages())

    # -- sessions ------------------------------------------------------------------------------
    def delete_current_session(self) -> bool:
        """Ask, then delete the shown session with its agreements; the list shows the next one."""
        if self._session_id is None and self.has_pending_edits():
            self.save_now()  # a new session being typed is deleted as the stored one it becomes
        session_id = self._session_id
        if session_id is None or self._client_id is None:
            return False
        try:
            stored = session_service.get_session(self._db, session_id)
        except NotFoundError:
            self._reload_list(None)
            self._show_new()
            return False
        if not self._confirm_delete(stored):
            return False
        self.saver.stop()
        row = next((i for i in range(self.session_list.count())
                    if self.session_list.item(i).data(SESSION_ID_ROLE) == session_id), 0)
        try:
            session_service.delete_session(self._db, session_id)
        except WriteFailedError:
            QMessageBox.warning(self, _tr("Gesprek verwijderen"), _tr(
                "Niet verwijderd: het bestand kon niet geschreven worden. Er is niets veranderd."))
            return False
        except NotFoundError:
            pass  # already gone: showing the list again is all there is to do
        self.forget_edits()
        self._session_id = None
        self._reload_list(None)
        if self.session_list.count():
            self.session_list.setCurrentRow(min(row, self.session_list.count() - 1))
        else:
            self._show_new()
        return True

    def _confirm_delete(self, session: Session) -> bool:
        box = QMessageBox(self)
        box.setObjectName("delete_session_dialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(_tr("Gesprek verwijderen"))
        box.setText(_tr("Het gesprek van %1 wordt verwijderd.").replace(
            "%1", display_date(session.date)))
        count = len(session.agreements)
        if count == 1:
            agreements = _tr("De afspraak van dit gesprek gaat mee weg.")
        elif count:
            agreements = _tr("De %1 afspraken van dit gesprek gaan mee weg.").replace(
                "%1", str(count))
        else:
            agreements = _tr("Bij dit gesprek horen geen afspraken.")
        box.setInformativeText(agreements + " " + _tr(
            "De andere gesprekken en de rest van het dossier blijven zoals ze zijn. Dit kan niet "
            "ongedaan gemaakt worden."))
        delete = box.addButton(_tr("Gesprek verwijderen"), QMessageBox.ButtonRole.DestructiveRole)
        delete.setObjectName("confirm_delete_session")
        cancel = box.addButton(_tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancel_delete_session")
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is delete

    def new_session(self) -> bool:
        if not self.flush():
            return False
        self._reload_list(None)
        self._show_new()
        self.editor.worked_on_field.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def discard_changes(self) -> None:
        self.forget_edits()
        self._show_session(self._session_id)

    def current_session_id(self) -> int | None:
        return self._session_id

    def _show_new(self) -> None:
        first = self.session_list.count() == 0
        blank = Session(
            client_id=self._client_id or 0,
            date=date.today().isoformat(),
            type=SessionType.INTAKE if first else SessionType.FOLLOW_UP,
        )
        self._session_id = None
        self.forget_edits()
        self.editor.load(blank, _tr("Nieuw gesprek (wordt bewaard zodra je typt)"))
        self.carried.show_for(self._client_id, None)
        self.role_steps.show_for(self._client_id)
        self.delete_button.setEnabled(False)
        self.status.show_saved()

    def _show_session(self, session_id: int | None) -> None:
        if session_id is None:
            self._show_new()
            return
        session = session_service.get_session(self._db, session_id)
        self._session_id = session_id
        self.forget_edits()
        self.editor.load(session, _tr("Gesprek van %1").replace("%1", display_date(session.date)))
        self.carried.show_for(self._client_id, session)
        # The role plans' steps as they stand now: for the latest conversation only.
        latest = self.session_list.count() and self.session_list.item(0).data(SESSION_ID_ROLE)
        self.role_steps.show_for(self._client_id if latest == session_id else None)
        self.delete_button.setEnabled(True)
        self.status.show_saved()

    def _reload_list(self, select_id: int | None) -> None:
        self._quiet = True
        try:
            self.session_list.clear()
            if self._client_id is None:
                return
            for session in session_service.list_sessions(self._db, self._client_id):
                item = QListWidgetItem(session_label(session))
                item.setData(SESSION_ID_ROLE, session.id)
                self.session_list.addItem(item)
                if session.id == select_id:
                    self.session_list.setCurrentItem(item)
        finally:
            self._quiet = False

    def _list_changed(self, current: QListWidgetItem | None, previous) -> None:
        if self._quiet or current is None:
            return
        session_id = current.data(SESSION_ID_ROLE)
        if session_id == self._session_id and not self.has_pending_edits():
            self._show_session(session_id)
            return
        if not self.flush():
            # Stay on the session with the input to fix.
            self._quiet = True
            self.session_list.setCurrentItem(previous)
            self._quiet = False
            return
        self._reload_list(session_id)
        self._show_session(session_id)



register_tab(
    "sessions", 20,
    lambda: QCoreApplication.translate("DossierTabs", "Ges&prekken"),
    lambda dossier, parent: SessionsTab(dossier, parent),
)
