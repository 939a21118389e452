"""The dossier's Rollen tab: current roles, the list of role plans and the open plan's form.

An ``AutosaveTab`` with two kinds of edits: ``store()`` saves the current roles and the open
plan through ``services.role_service``; the tab is clean only when both are stored.
"""

from __future__ import annotations

from copy import deepcopy
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QFrame,
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

from resokit_desktop.domain.roles import RolePlan
from resokit_desktop.domain.validation import ValidationFailed
from resokit_desktop.services import role_service
from resokit_desktop.ui.dossier_tabs import register_tab
from resokit_desktop.ui.roles.current_roles_box import CurrentRolesBox
from resokit_desktop.ui.roles.plan_commands import PlanEditCommand
from resokit_desktop.ui.roles.plan_form import PlanForm
from resokit_desktop.ui.roles.role_texts import _tr, status_name, ui_language
from resokit_desktop.ui.roles.suggest_dialog import SuggestRolesDialog
from resokit_desktop.ui.widgets.autosave_tab import AutosaveTab
from resokit_desktop.ui.widgets.flow_layout import flow_bar
from resokit_desktop.ui.widgets.kept_input import KeptInput, show_kept
from resokit_desktop.ui.widgets.modal import exec_and_free
from resokit_desktop.ui.widgets.save_status import SaveStatus

PLAN_ID_ROLE = Qt.ItemDataRole.UserRole


class RolesTab(AutosaveTab):
    """Current roles and role plans of one client (see module doc)."""

    def __init__(self, dossier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roles_tab")
        self._db = dossier.db
        self.today = date.today  # tests may pin it
        self._client_id: int | None = None
        self._plan_id: int | None = None
        self._stored: RolePlan | None = None
        self._plan_dirty = False
        self._roles_dirty = False
        self._undoing = False
        self._undo = QUndoStack(self)
        self.current_roles = CurrentRolesBox(self)
        self.current_roles.edited.connect(self._roles_edited)
        self.plan_list = QListWidget(self)
        self.plan_list.setObjectName("role_plan_list")
        self.plan_list.setAccessibleName(_tr("Rolplannen"))
        self.plan_list.setWordWrap(True)
        self.plan_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.plan_list.setSpacing(2)
        self.plan_list.currentItemChanged.connect(self._plan_chosen)
        self.new_button = QPushButton(_tr("&Nieuw rolplan"), self)
        self.new_button.setObjectName("role_plan_new")
        self.new_button.clicked.connect(lambda: self.start_plan(_tr("Nieuwe rol")))
        self.suggest_button = QPushButton(_tr("Rollen &voorstellen…"), self)
        self.suggest_button.setObjectName("role_suggest")
        self.suggest_button.setToolTip(_tr("Rollen die passen bij de focustalenten"))
        self.suggest_button.clicked.connect(self.suggest_roles)
        self.delete_button = QPushButton(_tr("Verwijderen…"), self)
        self.delete_button.setObjectName("role_plan_delete")
        self.delete_button.setAccessibleName(_tr("Rolplan verwijderen…"))
        self.delete_button.clicked.connect(self.delete_plan)
        self.print_button = QPushButton(_tr("Afdrukken…"), self)
        self.print_button.setObjectName("role_plan_print")
        self.print_button.setAccessibleName(_tr("Rolplan afdrukken…"))
        self.print_button.setToolTip(_tr("Het gekozen rolplan op één blad, in eenvoudige woorden"))
        self.print_button.clicked.connect(self.print_plan)
        self.form = PlanForm(self)
        self.form.today = lambda: self.today()
        self.form.register_link.db_of = lambda: self._db
        self.form.edited.connect(self._plan_edited)
        self.status = SaveStatus("roles", self)
        self.status.retry_requested.connect(self.save_now)
        self.empty_label = QLabel(_tr(
            "Nog geen rolplan. Begin er een met Nieuw rolplan (Alt+N), of laat rollen "
            "voorstellen die passen bij de talenten van de cliënt (Alt+V)."), self)
        self.empty_label.setObjectName("empty_role_plans")
        self.empty_label.setWordWrap(True)
        self._build()
        self.start_autosave(self)
        self.setEnabled(False)

    def _build(self) -> None:
        left = QWidget(self)
        box = QVBoxLayout(left)
        box.addWidget(self.current_roles)
        box.addWidget(QLabel(_tr("Rolplannen"), left))
        box.addWidget(self.plan_list, 1)
        # Buttons that wrap when their words are long (French, English), so the plan list never
        # takes the room the plan's form needs.
        box.addWidget(flow_bar([self.new_button, self.suggest_button, self.print_button,
                                self.delete_button], left))
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(self.form)
        right = QWidget(self)
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addWidget(self.empty_label)
        right_box.addWidget(scroll, 1)
        right_box.addWidget(self.status)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 980])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._scroll = scroll

    # -- DossierTab protocol -------------------------------------------------------------------
    def set_client(self, client_id: int | None) -> None:
        self.forget_edits()
        self._client_id = client_id
        self._plan_dirty = self._roles_dirty = False
        self._undo.clear()
        self.show_saved()
        self.setEnabled(client_id is not None)
        if client_id is None:
            self.current_roles.load([])
            self._reload_plans(None)
            return
        self.current_roles.load(role_service.current_roles(self._db, client_id))
        plans = role_service.list_plans(self._db, client_id)
        self._reload_plans(plans[0].id if plans else None)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        # The registry and the focus talents may have changed on another tab meanwhile.
        super().showEvent(event)
        if self._stored is not None and not self._plan_dirty:
            self._show(self._stored)

    def unsaved_problems(self) -> list[str]:
        return [m for m in (self.form.title_message.message(),) if m]

    def field_to_fix(self) -> QWidget:
        return self.form.title_field

    def discard_changes(self) -> None:
        """Show again what the file holds (the same plan)."""
        plan_id = self._plan_id
        self.set_client(self._client_id)
        if plan_id is not None:
            self._reload_plans(plan_id)

    def undo_stack(self) -> QUndoStack:
        return self._undo

    # -- the one save path (AutosaveTab) -------------------------------------------------------
    def can_save(self) -> bool:
        return self._client_id is not None

    def store(self) -> bool:
        """Store current roles and the open plan; clean only when both are in the file (a
        refused write raises ``SaveFailed``: what was typed stays, the base tries again)."""
        if self._roles_dirty:
            role_service.save_current_roles(self._db, self._client_id,
                                            self.current_roles.roles(self._client_id))
            self._roles_dirty = False
        if self._plan_dirty and self._stored is not None and not self._save_plan():
            return False  # invalid, or partly saved: the status says which field
        self._plan_dirty = False
        self.mark_stored()
        return True

    def _save_plan(self) -> bool:
        plan = self.form.collect()
        self.form.show_title_problem(self.form.title_is_blank())
        self.form.clear_problems()
        try:
            role_service.save_plan(self._db, plan, self.today())
        except ValidationFailed as failure:
            for error in failure.errors:
                self.form.show_problem(error.field, error.code)
            self.status.show_invalid(_tr("Niet alles is bewaard: kijk naar de melding bij het "
                                        "veld."))
            return False
        before, self._stored = self._stored, deepcopy(plan)
        self.form.mark_saved(plan)
        self._plan_dirty = self.form.title_is_blank()
        if not self._undoing and before is not None:
            self._undo.push(PlanEditCommand(self, before, deepcopy(plan)))
        self._refresh_list_item(plan)
        self.client_changed.emit()  # the client list marks overdue steps
        if self._plan_dirty:
            self.status.show_partly_saved(_tr("De rol heeft nog geen naam."))
            return False
        return True

    def apply_version(self, plan: RolePlan) -> None:
        """Undo/redo: show and store ``plan`` again, keeping the plan's current status."""
        if self._stored is None or plan.id != self._stored.id:
            self._open_plan(plan.id)
        version = deepcopy(plan)
        version.status, version.status_since = self._stored.status, self._stored.status_since
        self._undoing = True
        try:
            self._show(version)
            self._plan_edited()
            self.save_now()
        finally:
            self._undoing = False

    # -- an automatic lock (ui/widgets/kept_input.py) -------------------------------------------
    def release_unsaved(self) -> KeptInput | None:
        """The window is going away: stop saving; hand over input the file does not hold."""
        kept = super().release_unsaved()
        if kept is not None:
            self._plan_dirty = self._roles_dirty = False
        return kept

    def kept_input(self) -> KeptInput | None:
        if self._client_id is None:
            return None
        fields = {
            "roles": self.current_roles.roles(self._client_id) if self._roles_dirty else None,
            "plan": self.form.collect() if self._plan_dirty and self._stored else None,
            "title": self.form.title_field.text(),
        }
        return KeptInput(self._client_id, self._plan_id, fields, self.last_error)

    def restore_kept(self, kept: KeptInput) -> None:
        """Show input kept over a lock again, marked as not stored (set_client came first)."""
        roles, plan = kept.fields["roles"], kept.fields["plan"]
        if roles is not None:
            self.current_roles.load(roles)
            self._roles_dirty = True
        if plan is not None:
            self._reload_plans(plan.id)
            self._show(plan)
            self.form.title_field.setText(kept.fields["title"])
            self.form.show_title_problem(self.form.title_is_blank())
            self._plan_dirty = True
        self.mark_unstored(kept.error)
        show_kept(self.status, self.saver, kept, self.unsaved_problems())

    # -- plans ---------------------------------------------------------------------------------
    def _reload_plans(self, select_id: int | None) -> None:
        self.plan_list.blockSignals(True)
        self.plan_list.clear()
        plans = role_service.list_plans(self._db, self._client_id) if self._client_id else []
        for plan in plans:
            item = QListWidgetItem(self._item_text(plan), self.plan_list)
            item.setData(PLAN_ID_ROLE, plan.id)
            if plan.id == select_id:
                self.plan_list.setCurrentItem(item)
        self.plan_list.blockSignals(False)
        self._open_plan(select_id if any(p.id == select_id for p in plans) else None)

    def _item_text(self, plan: RolePlan) -> str:
        return f"{plan.title}\n{status_name(plan.status)}"

    def _refresh_list_item(self, plan: RolePlan) -> None:
        for row in range(self.plan_list.count()):
            item = self.plan_list.item(row)
            if item.data(PLAN_ID_ROLE) == plan.id:
                item.setText(self._item_text(plan))

    def _open_plan(self, plan_id: int | None) -> None:
        self._plan_id = plan_id
        self._plan_dirty = False
        if not self._roles_dirty:
            self.forget_edits()
        has_plan = plan_id is not None
        self._scroll.setVisible(has_plan)
        self.delete_button.setEnabled(has_plan)
        self.print_button.setEnabled(has_plan)
        self.empty_label.setVisible(not has_plan and self.plan_list.count() == 0)
        if not has_plan:
            self._stored = None
            return
        self._stored = role_service.get_plan(self._db, plan_id)
        self._show(self._stored)

    def _show(self, plan: RolePlan) -> None:
        lang = ui_language()
        self.form.load(plan, role_service.contacts(self._db, plan.client_id),
                       role_service.talent_labels(self._db, plan.client_id, lang),
                       [t.id for t in role_service.focus_talents(self._db, plan.client_id, lang)])

    def _plan_chosen(self, current: QListWidgetItem | None, previous) -> None:
        if not self.save_now() and previous is not None:
            self.plan_list.blockSignals(True)
            self.plan_list.setCurrentItem(previous)
            self.plan_list.blockSignals(False)
            return
        self._open_plan(current.data(PLAN_ID_ROLE) if current is not None else None)

    def current_plan_id(self) -> int | None:
        return self._plan_id

    def start_plan(self, title: str, contact_id: int | None = None) -> RolePlan | None:
        """A new plan stored at once and opened, its title selected to type over."""
        if self._client_id is None or not self.save_now():
            return None
        plan = role_service.start_plan(self._db, self._client_id, title, contact_id=contact_id,
                                       today=self.today())
        self._show_new(plan)
        return plan

    def _show_new(self, plan: RolePlan) -> None:
        self._reload_plans(plan.id)
        self.form.title_field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.form.title_field.selectAll()

    def start_plan_with_contact(self, contact_id: int) -> RolePlan | None:
        """From the web: a new plan with this member as key person (or place)."""
        name = role_service.contact(self._db, contact_id).name
        return self.start_plan(_tr("Rol met %1").replace("%1", name), contact_id)

    def suggest_roles(self) -> RolePlan | None:
        """Show role ideas fitting the focus talents; the one taken becomes a new plan."""
        if self._client_id is None or not self.save_now():
            return None
        dialog = SuggestRolesDialog(role_service.suggest(self._db, self._client_id,
                                                         ui_language()), self)
        if exec_and_free(dialog) != SuggestRolesDialog.DialogCode.Accepted:
            return None
        chosen = dialog.chosen()
        if chosen is None:
            return None
        plan = role_service.take_suggestion(self._db, self._client_id, chosen, self.today())
        self._show_new(plan)
        return plan

    def print_plan(self) -> None:
        """The open plan on one page (stored first, so the page shows what the screen shows)."""
        # lazy: printing pulls in the PDF and print modules.
        from resokit_desktop.ui.printing.printables_preview import RolePlanPreviewDialog

        if self._plan_id is None or not self.save_now():
            return
        exec_and_free(RolePlanPreviewDialog(self._db, self._client_id, self._plan_id, self))

    def delete_plan(self) -> None:
        if self._plan_id is None or self._stored is None:
            return
        answer = QMessageBox.question(
            self, _tr("Rolplan verwijderen"),
            _tr("Het rolplan '%1' met al zijn stappen verwijderen?").replace(
                "%1", self._stored.title))
        if answer != QMessageBox.StandardButton.Yes:
            return
        role_service.delete_plan(self._db, self._plan_id)
        self._undo.clear()
        self._reload_plans(None)

    def _plan_edited(self) -> None:
        self._plan_dirty = True
        self.mark_edited()

    def _roles_edited(self) -> None:
        self._roles_dirty = True
        self.mark_edited()


register_tab(
    "roles", 50,
    lambda: QCoreApplication.translate("DossierTabs", "&Rollen"),
    lambda dossier, parent: RolesTab(dossier, parent),
)
