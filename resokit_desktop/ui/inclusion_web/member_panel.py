"""Side panel that edits every attribute of the selected member while the web stays visible."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from resokit_desktop.domain.web.model import EntryKind, Function
from resokit_desktop.domain.web.tie_fields import without_hidden
from resokit_desktop.rendering import web_labels as labels
from resokit_desktop.translation import translator
from resokit_desktop.ui.inclusion_web.tie_field_editors import (
    TieFieldEditors,
    choice_combo,
    select,
)
from resokit_desktop.ui.inclusion_web.web_commands import (
    EditIdentityCommand,
    EditTieCommand,
)
from resokit_desktop.ui.inclusion_web.web_editor import WebEditor

_t = translator("MemberPanel")


class MemberPanel(QScrollArea):
    """Edits the one selected member; with none or several selected it says so.

    The name, kind and position are the member's own; every tie attribute gets its widget from
    the table of tie fields (``tie_field_editors.py``).
    """

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
        # Narrow side margins: the width goes to the fields (the splitter handle and the tab
        # frame already separate the panel from the web).
        outer.setContentsMargins(4, 6, 4, 6)
        self.hint = QLabel(_t("Kies iemand of iets op het web om het te bewerken."))
        self.hint.setWordWrap(True)
        outer.addWidget(self.hint)
        self.form_box = QWidget()
        form = QFormLayout(self.form_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Labels above their fields: every field gets the panel's full width, so the longest
        # choice ("Attache (son propre cercle)") shows whole in a ~290 px panel.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setContentsMargins(0, 0, 0, 0)
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(_t("Naam"))
        self.name_edit.setPlaceholderText(_t("Naam, initialen of bijnaam"))
        self.name_error = QLabel()
        self.name_error.setStyleSheet("color: #9B2C2C")
        self.name_error.hide()
        self.kind_combo = choice_combo(list(EntryKind), labels.kind_label)
        self.domain_combo = choice_combo([], str)
        self.ring_combo = choice_combo([], str)
        for ring in (1, 2, 3):
            self.ring_combo.addItem(labels.ring_label(ring), ring)
        self.tie_editors = TieFieldEditors(self._tie_changed, self._on_note_typed)
        form.addRow(_t("Naam"), self.name_edit)
        form.addRow("", self.name_error)
        form.addRow(_t("Soort"), self.kind_combo)
        self._add_rows(form, "who")
        form.addRow(_t("Levensdomein"), self.domain_combo)
        form.addRow(_t("Nabijheid"), self.ring_combo)
        self._add_rows(form, "tie")
        outer.addWidget(self.form_box)
        outer.addStretch(1)
        self.setWidget(body)
        self._note_field = ""
        self._note_timer = QTimer(self, singleShot=True, interval=600)
        self._note_timer.timeout.connect(lambda: self._tie_changed(self._note_field))
        self.name_edit.editingFinished.connect(self._identity_changed)
        # Enter stores the name and hands the keyboard back to the web (the next Insert, arrow,
        # kind key works at once).
        self.name_edit.returnPressed.connect(self._back_to_web)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._identity_changed())
        self.domain_combo.currentIndexChanged.connect(lambda _i: self._position_changed())
        self.ring_combo.currentIndexChanged.connect(lambda _i: self._position_changed())
        editor.selection_changed.connect(self._on_selection)
        editor.member_created.connect(self.focus_name)
        self.show_member(None)

    def _add_rows(self, form: QFormLayout, section: str) -> None:
        for label, widget in self.tie_editors.rows(section):
            if label is None:
                form.addRow(widget)
            else:
                form.addRow(label, widget)

    # The widgets tests and the keyboard walk reach by name.
    @property
    def note_edit(self) -> QPlainTextEdit:
        return self.tie_editors.widgets["note"]

    @property
    def paid_check(self) -> QCheckBox:
        return self.tie_editors.widgets["paid"]

    @property
    def function_checks(self) -> dict[Function, QCheckBox]:
        return self.tie_editors.checks["functions"]

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
        self._loading = True
        try:
            if not self.name_edit.hasFocus() or self.name_edit.text().strip() == "":
                self.name_edit.setText(member.name)
            self.name_error.hide()
            select(self.kind_combo, member.kind)
            domain_set = document.version.domain_set
            if self.domain_combo.property("domain_set") != domain_set.key or \
                    self.domain_combo.count() != len(domain_set.domains):
                self.domain_combo.clear()
                for domain in domain_set.domains:
                    self.domain_combo.addItem(domain.label(self.editor.scene.lang), domain.key)
                self.domain_combo.setProperty("domain_set", domain_set.key)
            select(self.domain_combo, member.position.domain)
            select(self.ring_combo, member.position.ring)
            self.tie_editors.load(member.tie)
        finally:
            self._loading = False

    def focus_name(self, entry_id: int) -> None:
        self.show_member(entry_id)
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.name_edit.selectAll()

    # Editing ---------------------------------------------------------------------------------
    def _back_to_web(self) -> None:
        self._identity_changed()
        if not self.name_error.isVisible():
            self.editor.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_note_typed(self, field_name: str) -> None:
        if not self._loading and self.entry_id is not None:
            self._note_field = field_name
            self._note_timer.start()

    def commit_pending(self) -> None:
        """Store what is still being typed (note, name) before the selection moves on."""
        if self._note_timer.isActive():
            self._note_timer.stop()
            self._tie_changed(self._note_field)
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
        shown = self.tie_editors.values()
        values = without_hidden(shown)
        tie = replace(document.member(self.entry_id).tie, **values)
        if values != shown:  # e.g. the mark for reactivation of a tie no longer sleeping
            self._loading = True
            try:
                self.tie_editors.load(tie)
            finally:
                self._loading = False
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
