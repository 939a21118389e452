"""The form of one role plan: the role, where and with whom, talents, need, gains, barriers,
status, small steps and the evaluation."""

from __future__ import annotations

from copy import deepcopy
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from resokit_desktop.domain.roles import (
    Barrier,
    GoodThing,
    RolePlan,
    RoleSetting,
    RoleStatus,
    can_move,
    next_statuses,
)
from resokit_desktop.domain.web.model import EntryKind, RegistryEntry
from resokit_desktop.ui.roles.register_link import RegisterLinkBox, is_person
from resokit_desktop.ui.roles.role_texts import (
    _tr,
    barrier_name,
    good_thing_name,
    plan_message,
    setting_name,
    status_name,
    transition_refused,
)
from resokit_desktop.ui.roles.steps_editor import StepsEditor
from resokit_desktop.ui.widgets.dates import display_date
from resokit_desktop.ui.widgets.field_message import FieldMessage, with_message
from resokit_desktop.ui.widgets.flow_layout import flow_bar
from resokit_desktop.ui.widgets.wheel_safe import ComboBox


def _text(name: str, accessible: str, parent: QWidget) -> QPlainTextEdit:
    field = QPlainTextEdit(parent)
    field.setObjectName(name)
    field.setAccessibleName(accessible)
    field.setTabChangesFocus(True)
    field.setFixedHeight(64)
    return field


class PlanForm(QWidget):
    """Edits a copy of a plan; ``collect()`` gives the plan as the form shows it."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = date.today  # tests may pin it
        self._plan: RolePlan | None = None
        self._loading = False
        self.title_field = QLineEdit(self)
        self.title_field.setObjectName("role_title")
        self.title_field.setAccessibleName(_tr("Naam van de rol"))
        self.title_hint = QLabel(_tr("Noem een rol, geen activiteit: niet 'naar het breicafé "
                                    "gaan' maar 'recepten-oma van het breicafé'."), self)
        self.title_hint.setWordWrap(True)
        self.title_hint.setStyleSheet("color: #444;")
        self.setting_combo = ComboBox(self)
        self.setting_combo.setObjectName("role_setting")
        self.setting_combo.setAccessibleName(_tr("Waar speelt de rol"))
        for setting in RoleSetting:
            self.setting_combo.addItem(setting_name(setting), str(setting))
        self.place_combo, self.place_field = self._registry_pair(
            "role_place", _tr("Plaats uit het register"), _tr("Plaats"))
        self.key_combo, self.key_field = self._registry_pair(
            "role_key_person", _tr("Sleutelpersoon uit het register"), _tr("Wie opent de deur"))
        self.register_link = RegisterLinkBox(self)
        self.register_link.picked.connect(self._register_picked)
        self.register_link.unlinked.connect(self._changed)
        self.talent_list = QListWidget(self)
        self.talent_list.setObjectName("role_talents")
        self.talent_list.setAccessibleName(_tr("Talenten waarop de rol steunt"))
        self.talent_list.setFixedHeight(72)
        self.need_field = _text("role_need", _tr("Nood in de buurt die de rol beantwoordt"), self)
        self.brings_checks = {g: QCheckBox(good_thing_name(g), self) for g in GoodThing}
        self.barrier_checks = {b: QCheckBox(barrier_name(b), self) for b in Barrier}
        self.barrier_note = QLineEdit(self)
        self.barrier_note.setObjectName("role_barrier_note")
        self.barrier_note.setAccessibleName(_tr("Meer over de drempels"))
        self.support_field = _text("role_support", _tr("Nodige ondersteuning"), self)
        self.status_combo = ComboBox(self)
        self.status_combo.setObjectName("role_status")
        self.status_combo.setAccessibleName(_tr("Status van het plan"))
        for status in RoleStatus:
            self.status_combo.addItem(status_name(status), str(status))
        self.status_combo.activated.connect(self._status_chosen)
        self.status_since = QLabel(self)
        self.steps = StepsEditor(self)
        self.evaluation_field = _text("role_evaluation", _tr("Evaluatie in eigen woorden"), self)
        self._build()
        for line in (self.title_field, self.place_field, self.key_field, self.barrier_note):
            line.textEdited.connect(self._changed)
        for text in (self.need_field, self.support_field, self.evaluation_field):
            text.textChanged.connect(self._changed)
        for check in (*self.brings_checks.values(), *self.barrier_checks.values()):
            check.toggled.connect(self._changed)
        self.setting_combo.activated.connect(self._changed)
        self.talent_list.itemChanged.connect(self._changed)
        self.steps.edited.connect(self._changed)

    def _registry_pair(self, name: str, combo_name: str, line_name: str):
        combo = ComboBox(self)
        combo.setObjectName(f"{name}_pick")
        combo.setAccessibleName(combo_name)
        combo.activated.connect(lambda _i, c=combo: self._picked(c))
        line = QLineEdit(self)
        line.setObjectName(name)
        line.setAccessibleName(line_name)
        return combo, line

    def _build(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        title_box, self.title_message = with_message(self.title_field, "role_title")
        title_box.layout().insertWidget(1, self.title_hint)
        form.addRow(_tr("R&ol"), title_box)
        form.addRow(_tr("Waar"), self.setting_combo)
        form.addRow(_tr("Plaats"), self._pair(self.place_combo, self.place_field))
        form.addRow(_tr("Wie opent de deur"), self._pair(self.key_combo, self.key_field))
        form.addRow(_tr("Buurtregister"), self.register_link)
        form.addRow(_tr("Talenten"), self.talent_list)
        form.addRow(_tr("Nood in de buurt"), self.need_field)
        form.addRow(_tr("Wat het oplevert"), self._grid(list(self.brings_checks.values()), 3))
        barriers = QWidget(self)
        box = QVBoxLayout(barriers)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self._grid(list(self.barrier_checks.values()), 3))
        box.addWidget(self.barrier_note)
        self.barrier_message = FieldMessage(self.barrier_note, "role_barrier_note", barriers)
        box.addWidget(self.barrier_message)
        self.barrier_note.setPlaceholderText(_tr("Meer over de drempels, of wat 'iets anders' is"))
        form.addRow(_tr("Drempels"), barriers)
        form.addRow(_tr("Nodige steun"), self.support_field)
        status_row = QWidget(self)
        row = QHBoxLayout(status_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.status_combo)
        row.addWidget(self.status_since, 1)
        status_box, self.status_message = with_message(status_row, "role_status")
        form.addRow(_tr("&Status"), status_box)
        form.addRow(_tr("Kleine stappen"), self.steps)
        evaluation_box, self.evaluation_message = with_message(self.evaluation_field,
                                                               "role_evaluation")
        form.addRow(_tr("Evaluatie"), evaluation_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)

    def _pair(self, combo: ComboBox, line: QLineEdit) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(combo)
        row.addWidget(line, 1)
        return box

    def _grid(self, checks: list[QCheckBox], columns: int) -> QWidget:
        """The checks in rows of ``columns`` where there is room, fewer where the words are long
        (French, English) or the form is narrow: they wrap, never cut."""
        width = max(check.sizeHint().width() for check in checks)
        box = flow_bar(checks, self)
        box.setMinimumWidth(width)
        box.setMaximumWidth(columns * (width + 6))
        return box

    # -- loading and collecting ----------------------------------------------------------------
    def load(self, plan: RolePlan, entries: list[RegistryEntry], talents: dict[int, str],
             focus: list[int]) -> None:
        """Show ``plan``; ``talents`` labels every sorted talent, ``focus`` the ones offered."""
        self._loading = True
        self._plan = deepcopy(plan)
        self.title_field.setText(plan.title)
        self.setting_combo.setCurrentIndex(self.setting_combo.findData(str(plan.setting)))
        self._fill_registry(self.place_combo, entries, plan.place_contact_id, EntryKind.PLACE)
        self._fill_registry(self.key_combo, entries, plan.key_person_contact_id, None)
        self.register_link.show_entry(plan.neighbourhood_entry_id)
        for line, text in ((self.place_field, plan.place), (self.key_field, plan.key_person)):
            line.setText(text)
            line.setCursorPosition(0)  # a long name shows its start
        self.talent_list.clear()
        for talent_id in dict.fromkeys([*focus, *plan.talent_ids]):
            item = QListWidgetItem(talents.get(talent_id, "?"), self.talent_list)
            item.setData(Qt.ItemDataRole.UserRole, talent_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if talent_id in plan.talent_ids
                               else Qt.CheckState.Unchecked)
        if not self.talent_list.count():
            QListWidgetItem(_tr("Nog geen focustalenten: kies ze op de talentenkaart."),
                            self.talent_list).setFlags(Qt.ItemFlag.NoItemFlags)
        self.need_field.setPlainText(plan.need)
        for value, check in self.brings_checks.items():
            check.setChecked(value in plan.brings)
        for value, check in self.barrier_checks.items():
            check.setChecked(value in plan.barriers)
        self.barrier_note.setText(plan.barrier_note)
        self.support_field.setPlainText(plan.support)
        self._show_status()
        self.steps.load(plan.steps, plan.created_on)
        self.evaluation_field.setPlainText(plan.evaluation)
        for message in (self.title_message, self.status_message, self.evaluation_message,
                        self.barrier_message):
            message.clear_message()
        self._loading = False

    def _fill_registry(self, combo: ComboBox, entries: list[RegistryEntry],
                       chosen: int | None, kind: EntryKind | None) -> None:
        combo.clear()
        combo.addItem(_tr("— uit het register —"), None)
        for entry in entries:
            if kind is None or entry.kind is kind or entry.id == chosen:
                combo.addItem(entry.name, entry.id)
        combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)

    def _picked(self, combo: ComboBox) -> None:
        line = self.place_field if combo is self.place_combo else self.key_field
        if combo.currentData() is not None:
            line.setText(combo.currentText())
        self._changed()

    def _register_picked(self, entry) -> None:
        """The register's key figure opens the door; any other entry is the place."""
        line, combo = ((self.key_field, self.key_combo) if is_person(entry)
                       else (self.place_field, self.place_combo))
        line.setText(entry.name)
        combo.setCurrentIndex(0)
        self._changed()

    def _show_status(self) -> None:
        plan = self._plan
        self.status_combo.setCurrentIndex(self.status_combo.findData(str(plan.status)))
        self.status_since.setText(_tr("sinds %1").replace("%1", display_date(plan.status_since))
                                  if plan.status_since else "")

    def collect(self) -> RolePlan:
        plan = deepcopy(self._plan)
        plan.title = self.title_field.text().strip() or plan.title
        plan.setting = RoleSetting(self.setting_combo.currentData())
        plan.place = self.place_field.text().strip()
        plan.key_person = self.key_field.text().strip()
        plan.place_contact_id = self._linked(self.place_combo, plan.place)
        plan.key_person_contact_id = self._linked(self.key_combo, plan.key_person)
        plan.neighbourhood_entry_id = self.register_link.entry_id
        plan.talent_ids = [
            self.talent_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.talent_list.count())
            if self.talent_list.item(i).checkState() == Qt.CheckState.Checked
        ]
        plan.need = self.need_field.toPlainText()
        plan.brings = [g for g, c in self.brings_checks.items() if c.isChecked()]
        plan.barriers = [b for b, c in self.barrier_checks.items() if c.isChecked()]
        plan.barrier_note = self.barrier_note.text()
        plan.support = self.support_field.toPlainText()
        plan.steps = self.steps.steps()
        plan.evaluation = self.evaluation_field.toPlainText()
        return plan

    def mark_saved(self, plan: RolePlan) -> None:
        """The file now holds ``plan``: the base for what comes next (a blanked title falls
        back to this one), and new steps carry their stored ids."""
        self._plan = deepcopy(plan)
        self.steps.set_ids([s.id for s in plan.steps])

    def _linked(self, combo: ComboBox, text: str) -> int | None:
        # The registry link holds while the name typed is the entry's name.
        return combo.currentData() if combo.currentData() is not None and \
            combo.currentText() == text else None

    def title_is_blank(self) -> bool:
        return not self.title_field.text().strip()

    def show_title_problem(self, show: bool) -> None:
        if show:
            self.title_message.show_message(plan_message("title", "required"))
        else:
            self.title_message.clear_message()

    def show_problem(self, field: str, code: str) -> None:
        target = {"evaluation": self.evaluation_message, "barrier_note": self.barrier_message,
                  "title": self.title_message}.get(field, self.status_message)
        target.show_message(plan_message(field, code))

    def clear_problems(self) -> None:
        for message in (self.evaluation_message, self.barrier_message):
            message.clear_message()

    # -- status -------------------------------------------------------------------------------
    def _status_chosen(self, _index: int) -> None:
        target = RoleStatus(self.status_combo.currentData())
        if not self.choose_status(target):
            self._show_status()

    def choose_status(self, target: RoleStatus) -> bool:
        """Move the plan to ``target`` when the path allows it; else say why, next to the field."""
        plan = self._plan
        if plan is None or target is plan.status:
            return True
        if not can_move(plan.status, target):
            self.status_message.show_message(
                transition_refused(plan.status, target, next_statuses(plan.status)))
            return False
        if target is RoleStatus.EVALUATED and not self.evaluation_field.toPlainText().strip():
            self.evaluation_message.show_message(plan_message("evaluation", "required"))
            self.evaluation_field.setFocus()
            return False
        self.status_message.clear_message()
        self.evaluation_message.clear_message()
        plan.status = target
        plan.status_since = self.today().isoformat()
        self._show_status()
        self._changed()
        return True

    def status(self) -> RoleStatus | None:
        return self._plan.status if self._plan is not None else None

    def _changed(self, *_args) -> None:
        if not self._loading:
            self.edited.emit()
