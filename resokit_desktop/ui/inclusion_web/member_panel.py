"""Side panel that edits every attribute of the selected member while the web stays visible."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from resokit_desktop.domain.web.model import (
    Capital,
    EntryKind,
    Frequency,
    Function,
    Level,
    Reciprocity,
    Strength,
    TieStatus,
)
from resokit_desktop.rendering import web_labels as labels
from resokit_desktop.translation import translator
from resokit_desktop.ui.inclusion_web.web_commands import (
    EditIdentityCommand,
    EditTieCommand,
)
from resokit_desktop.ui.inclusion_web.web_editor import WebEditor
from resokit_desktop.ui.widgets.wheel_safe import ComboBox

_t = translator("MemberPanel")


class MemberPanel(QScrollArea):
    """Edits the one selected member; with none or several selected it says so."""

    def __init__(self, editor: WebEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Only a frame for scrolling: Tab goes to the fields (which it scrolls into view).
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.editor = editor
        self.entry_id: int | None = None
        self._loading = False
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(270)
        body = QWidget()
        outer = QVBoxLayout(body)
        self.hint = QLabel(_t("Kies iemand of iets op het web om het te bewerken."))
        self.hint.setWordWrap(True)
        outer.addWidget(self.hint)
        self.form_box = QWidget()
        form = QFormLayout(self.form_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setContentsMargins(0, 0, 0, 0)
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(_t("Naam"))
        self.name_edit.setPlaceholderText(_t("Naam, initialen of bijnaam"))
        self.name_error = QLabel()
        self.name_error.setStyleSheet("color: #9B2C2C")
        self.name_error.hide()
        self.kind_combo = self._combo(list(EntryKind), labels.kind_label)
        self.relation_edit = QLineEdit()
        self.relation_edit.setPlaceholderText(_t("bv. zus, buurman, huisarts"))
        self.domain_combo = self._combo([], str)
        self.ring_combo = self._combo([], str)
        for ring in (1, 2, 3):
            self.ring_combo.addItem(labels.ring_label(ring), ring)
        functions = QGroupBox(_t("Wat geeft deze band?"))
        grid = QVBoxLayout(functions)
        self.function_checks: dict[Function, QCheckBox] = {}
        for function in Function:
            # Alt + the badge letter ticks it while the name is still being typed.
            check = QCheckBox(f"&{labels.function_letter(function)} — "
                              f"{labels.function_label(function)}")
            grid.addWidget(check)
            self.function_checks[function] = check
            check.toggled.connect(lambda _c, f=function: self._tie_changed("functions"))
        self.strength_combo = self._combo(list(Strength), labels.strength_label)
        self.capital_combo = self._combo(list(Capital), labels.capital_label)
        self.status_combo = self._combo(list(TieStatus), labels.status_label)
        flags = QWidget()
        flags_row = QVBoxLayout(flags)
        flags_row.setContentsMargins(0, 0, 0, 0)
        self.paid_check = QCheckBox(_t("Betaalde hulp"))
        self.strained_check = QCheckBox(_t("Gespannen"))
        self.harmful_check = QCheckBox(_t("Schadelijk"))
        for check in (self.paid_check, self.strained_check, self.harmful_check):
            flags_row.addWidget(check)
            check.toggled.connect(lambda _c: self._tie_changed("flags"))
        self.level_combo = self._combo(list(Level), labels.level_label)
        self.frequency_combo = self._combo(list(Frequency), labels.frequency_label)
        self.reciprocity_combo = self._combo(list(Reciprocity), labels.reciprocity_label)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText(_t("In de woorden van de cliënt"))
        self.note_edit.setAccessibleName(_t("Notitie"))
        self.note_edit.setFixedHeight(80)
        self.note_edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
        form.addRow(_t("Naam"), self.name_edit)
        form.addRow("", self.name_error)
        form.addRow(_t("Soort"), self.kind_combo)
        form.addRow(_t("Relatie"), self.relation_edit)
        form.addRow(_t("Levensdomein"), self.domain_combo)
        form.addRow(_t("Nabijheid"), self.ring_combo)
        form.addRow(functions)
        form.addRow(_t("Band"), self.strength_combo)
        form.addRow(_t("Sociaal kapitaal"), self.capital_combo)
        form.addRow(_t("Status"), self.status_combo)
        form.addRow(flags)
        form.addRow(_t("Niveau"), self.level_combo)
        form.addRow(_t("Contact"), self.frequency_combo)
        form.addRow(_t("Wederkerigheid"), self.reciprocity_combo)
        form.addRow(_t("Notitie"), self.note_edit)
        outer.addWidget(self.form_box)
        outer.addStretch(1)
        self.setWidget(body)
        self._note_timer = QTimer(self, singleShot=True, interval=600)
        self._note_timer.timeout.connect(lambda: self._tie_changed("note"))
        self.name_edit.editingFinished.connect(self._identity_changed)
        # Enter stores the name and hands the keyboard back to the web (the next Insert, arrow,
        # kind key works at once).
        self.name_edit.returnPressed.connect(self._back_to_web)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._identity_changed())
        self.relation_edit.textEdited.connect(lambda _t: self._tie_changed("relation"))
        self.note_edit.textChanged.connect(self._on_note_typed)
        for combo in (self.strength_combo, self.capital_combo, self.status_combo,
                      self.level_combo, self.frequency_combo, self.reciprocity_combo):
            combo.currentIndexChanged.connect(lambda _i: self._tie_changed("choice"))
        self.domain_combo.currentIndexChanged.connect(lambda _i: self._position_changed())
        self.ring_combo.currentIndexChanged.connect(lambda _i: self._position_changed())
        editor.selection_changed.connect(self._on_selection)
        editor.member_created.connect(self.focus_name)
        self.show_member(None)

    @staticmethod
    def _combo(values, label) -> QComboBox:
        combo = ComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        for value in values:
            combo.addItem(label(value), value)
        return combo

    # Showing ---------------------------------------------------------------------------------
    def _on_selection(self, ids: list[int]) -> None:
        self.commit_pending()
        if len(ids) > 1:
            self.show_member(None, _t("%n geselecteerd. Sleep ze samen, of druk Del om ze "
                                      "te verwijderen.").replace("%n", str(len(ids))))
        else:
            self.show_member(ids[0] if ids else None)

    def show_member(self, entry_id: int | None, hint: str | None = None) -> None:
        document = self.editor.document
        if document is None or entry_id is None or not document.has_member(entry_id):
            self.entry_id = None
            self.form_box.hide()
            self.hint.setText(hint or _t("Kies iemand of iets op het web om het te bewerken "
                                         "(of druk Tab in het web). Nieuw: sleep een vorm op "
                                         "het web, dubbelklik op een lege plek of druk Insert. "
                                         "Pijltjes verplaatsen naar een ander domein of een "
                                         "andere cirkel; Shift+slepen verbindt twee leden."))
            self.hint.show()
            return
        another = entry_id != self.entry_id
        self.entry_id = entry_id
        self.hint.hide()
        self.form_box.show()
        self.reload()
        if another:  # a new member starts at Naam and Soort, not where the last one was left
            self.verticalScrollBar().setValue(0)

    def reload(self) -> None:
        """Fill the fields from the document (after selection or an undo)."""
        document = self.editor.document
        if self.entry_id is None or document is None or not document.has_member(self.entry_id):
            return
        member = document.member(self.entry_id)
        tie = member.tie
        self._loading = True
        try:
            if not self.name_edit.hasFocus() or self.name_edit.text().strip() == "":
                self.name_edit.setText(member.name)
            self.name_error.hide()
            self._set(self.kind_combo, member.kind)
            if self.relation_edit.text() != tie.relation:
                self.relation_edit.setText(tie.relation)
            domain_set = document.version.domain_set
            if self.domain_combo.property("domain_set") != domain_set.key or \
                    self.domain_combo.count() != len(domain_set.domains):
                self.domain_combo.clear()
                for domain in domain_set.domains:
                    self.domain_combo.addItem(domain.label(self.editor.scene.lang), domain.key)
                self.domain_combo.setProperty("domain_set", domain_set.key)
            self._set(self.domain_combo, member.position.domain)
            self._set(self.ring_combo, member.position.ring)
            for function, check in self.function_checks.items():
                check.setChecked(function in tie.functions)
            self._set(self.strength_combo, tie.strength)
            self._set(self.capital_combo, tie.capital)
            self._set(self.status_combo, tie.status)
            self.paid_check.setChecked(tie.paid)
            self.strained_check.setChecked(tie.strained)
            self.harmful_check.setChecked(tie.harmful)
            self._set(self.level_combo, tie.level)
            self._set(self.frequency_combo, tie.frequency)
            self._set(self.reciprocity_combo, tie.reciprocity)
            if self.note_edit.toPlainText() != tie.note:
                self.note_edit.setPlainText(tie.note)
        finally:
            self._loading = False

    @staticmethod
    def _set(combo: QComboBox, value) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def focus_name(self, entry_id: int) -> None:
        self.show_member(entry_id)
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.name_edit.selectAll()

    # Editing ---------------------------------------------------------------------------------
    def _back_to_web(self) -> None:
        self._identity_changed()
        if not self.name_error.isVisible():
            self.editor.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_note_typed(self) -> None:
        if not self._loading and self.entry_id is not None:
            self._note_timer.start()

    def commit_pending(self) -> None:
        """Store what is still being typed (note, name) before the selection moves on."""
        if self._note_timer.isActive():
            self._note_timer.stop()
            self._tie_changed("note")
        if self.entry_id is not None and self.name_edit.isModified():
            self._identity_changed()

    def _identity_changed(self) -> None:
        document = self.editor.document
        if self._loading or self.entry_id is None or document is None:
            return
        if not document.has_member(self.entry_id):
            return
        name = self.name_edit.text().strip()
        self.name_edit.setModified(False)
        if not name:
            self.name_error.setText(_t("Geef een naam, initialen of een bijnaam."))
            self.name_error.show()
            return
        self.name_error.hide()
        kind = self.kind_combo.currentData()
        member = document.member(self.entry_id)
        if (name, kind) != (member.name, member.kind):
            self.editor.push(EditIdentityCommand(document, self.entry_id, name, kind))

    def _tie_changed(self, field_name: str) -> None:
        document = self.editor.document
        if self._loading or self.entry_id is None or document is None:
            return
        if not document.has_member(self.entry_id):
            return
        tie = replace(
            document.member(self.entry_id).tie,
            relation=self.relation_edit.text(),
            functions=frozenset(f for f, c in self.function_checks.items() if c.isChecked()),
            strength=self.strength_combo.currentData(),
            capital=self.capital_combo.currentData(),
            status=self.status_combo.currentData(),
            paid=self.paid_check.isChecked(),
            strained=self.strained_check.isChecked(),
            harmful=self.harmful_check.isChecked(),
            level=self.level_combo.currentData(),
            frequency=self.frequency_combo.currentData(),
            reciprocity=self.reciprocity_combo.currentData(),
            note=self.note_edit.toPlainText(),
        )
        if tie != document.member(self.entry_id).tie:
            self.editor.push(EditTieCommand(document, self.entry_id, tie, field_name))

    def _position_changed(self) -> None:
        document = self.editor.document
        if self._loading or self.entry_id is None or document is None:
            return
        old = document.member(self.entry_id).position
        domain, ring = self.domain_combo.currentData(), self.ring_combo.currentData()
        if domain is None or (domain, ring) == (old.domain, old.ring):
            return
        # A free spot in the new sector and ring, never on top of someone already there.
        self.editor.move_to_cell(self.entry_id, domain, ring)
