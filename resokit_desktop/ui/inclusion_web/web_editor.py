"""The canvas editor: document + scene + view + undo stack; turns gestures into undo commands."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QVBoxLayout, QWidget

from resokit_desktop.domain.web.geometry import ring_step
from resokit_desktop.domain.web.model import (
    EntryKind,
    Function,
    Member,
    Position,
    RegistryEntry,
    TieAttributes,
    WebVersion,
)
from resokit_desktop.rendering.web_document import WebDocument
from resokit_desktop.rendering.web_labels import new_name
from resokit_desktop.rendering.web_scene import WebScene
from resokit_desktop.ui.inclusion_web.web_commands import (
    AddMemberCommand,
    AddTieCommand,
    EditIdentityCommand,
    EditTieCommand,
    MoveMembersCommand,
    RemoveMembersCommand,
    RemoveTieCommand,
)
from resokit_desktop.ui.inclusion_web.web_touch import TouchGestures
from resokit_desktop.ui.inclusion_web.web_view import WebView


def _add_text() -> str:
    return QCoreApplication.translate("WebCommands", "Lid toevoegen")


# Makes a registry entry for a new member: (kind, name) -> stored entry with its id.
EntryFactory = Callable[[EntryKind, str], RegistryEntry]
# Looks an existing registry entry up by id.
EntryLookup = Callable[[int], RegistryEntry | None]


class WebEditor(QWidget):
    """Edits one web version; every change is an undo command on ``undo_stack``."""

    #: The document changed (autosave, indicators).
    changed = Signal()
    #: The selected member ids changed.
    selection_changed = Signal(list)
    #: A member was just created by the user: the panel should focus its name.
    member_created = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.document: WebDocument | None = None
        self.scene = WebScene(self)
        self.view = WebView(self.scene, self)
        self.make_entry: EntryFactory | None = None
        self.find_entry: EntryLookup | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.view.members_dragged.connect(self.move_dragged)
        self.scene.selectionChanged.connect(self._on_selection_changed)
        self.view.new_member_requested.connect(self.add_new_member)
        self.view.place_entry_requested.connect(self.place_entry)
        self.view.tie_requested.connect(self.add_tie)
        self.view.nudge_requested.connect(self.nudge)
        self.view.insert_requested.connect(self.insert_person)
        self.view.delete_requested.connect(self.delete_selection)
        self.view.kind_requested.connect(self.set_kind)
        self.view.function_toggled.connect(self.toggle_function)
        # Touch at the desk too: drag with a finger, pinch to zoom, long press selects (and so
        # shows the member in the side panel).
        self.touch = TouchGestures(self.view)

    def _on_selection_changed(self) -> None:
        try:
            ids = self.scene.selected_member_ids()
        except RuntimeError:  # the scene is being torn down with the window
            return
        self.selection_changed.emit(ids)

    def set_version(self, version: WebVersion | None) -> None:
        """Show a version (or nothing); the undo history starts afresh."""
        self.undo_stack.clear()
        old = self.document
        self.document = WebDocument(version, self) if version is not None else None
        self.scene.set_document(self.document)
        if self.document is not None:
            self.document.changed.connect(self.changed)
        if old is not None:
            old.deleteLater()
        self.view.fit_to_window()

    def push(self, command) -> None:
        self.undo_stack.push(command)

    # Requests from the view -------------------------------------------------------------------
    def _add_placed(self, member: Member, exact: bool = True) -> None:
        """Add a member on a free spot of its sector and ring (near where it was put, or with
        room for its whole name when not ``exact``), moving members of a full cell aside: one
        undo step."""
        p = member.position
        placement = self.scene.placement(p.domain, p.ring, (p.angle, p.radius) if exact else None,
                                         name=member.name)
        member.position = placement.position
        self.undo_stack.beginMacro(_add_text())
        if placement.moved:
            old = {k: self.document.member(k).position for k in placement.moved}
            self.push(MoveMembersCommand(self.document, old, placement.moved))
        self.push(AddMemberCommand(self.document, member))
        self.undo_stack.endMacro()

    def add_new_member(self, kind: str, position: Position, exact: bool = True) -> None:
        if self.document is None or self.make_entry is None:
            return
        entry = self.make_entry(EntryKind(kind), new_name(EntryKind(kind)))
        self._add_placed(Member(entry.id, entry.name, entry.kind, position, TieAttributes()),
                         exact)
        self.select_only(entry.id)
        self.member_created.emit(entry.id)

    def insert_person(self, kind: EntryKind = EntryKind.PERSON) -> None:
        """Keyboard add: a new member in the sector and ring of the selection (else the first
        sector, middle ring), on a free spot there."""
        if self.document is None:
            return
        selected = self.scene.selected_member_ids()
        if selected:
            near = self.document.member(selected[0]).position
            spot = Position(near.domain, near.ring)
        else:
            spot = Position(self.document.domain_keys()[0], 2)
        self.add_new_member(str(kind), spot, exact=False)

    def move_to_cell(self, entry_id: int, domain: str, ring: int) -> None:
        """Another sector or ring for one member (side panel): a free spot there, one step."""
        if self.document is None:
            return
        old = self.document.member(entry_id).position
        if (domain, ring) == (old.domain, old.ring):
            return
        self._move_placed({entry_id: Position(domain, ring, old.angle, old.radius)})

    def _move_placed(self, wanted: dict[int, Position], merge_key: str | None = None) -> None:
        """Move members to free spots near where they are wanted (others moved aside if a cell
        is full), as one undo step."""
        current = {k: m.position for k, m in self.document.version.members.items()}
        old = dict(current)
        for entry_id in wanted:
            current.pop(entry_id)
        for entry_id, p in wanted.items():
            placement = self.scene.placement(p.domain, p.ring, (p.angle, p.radius), current)
            current.update(placement.moved)
            current[entry_id] = placement.position  # later ones see this one in its new place
        new = {k: p for k, p in current.items() if p != old[k]}
        if new:
            self.push(MoveMembersCommand(self.document, {k: old[k] for k in new}, new,
                                         merge_key=merge_key))
        else:
            for entry_id in wanted:
                self.scene.snap_back(entry_id)  # nothing changed

    def place_entry(self, entry_id: int, position: Position | None = None) -> None:
        """Put an existing registry entry (from the unplaced list) on the web."""
        if self.document is None or self.find_entry is None or self.document.has_member(entry_id):
            return
        entry = self.find_entry(entry_id)
        if entry is None:
            return
        exact = position is not None
        if position is None:
            position = Position(self.document.domain_keys()[0], 2)
        self._add_placed(Member(entry.id, entry.name, entry.kind, position, TieAttributes()),
                         exact)
        self.select_only(entry.id)

    def add_tie(self, a: int, b: int) -> None:
        if self.document is None or a == b:
            return
        key = (min(a, b), max(a, b))
        if key not in self.document.version.ties:
            self.push(AddTieCommand(self.document, a, b))

    def move_dragged(self, moved: dict[int, Position]) -> None:
        if self.document is None:
            return
        old = {i: self.document.member(i).position for i in moved}
        changed = {i: p for i, p in moved.items() if p != old[i]}
        for entry_id in set(moved) - set(changed):
            self.scene.snap_back(entry_id)  # nothing changed in the model
        if changed:
            self._move_placed(changed)

    def nudge(self, d_domain: int, d_ring: int) -> None:
        if self.document is None:
            return
        ids = self.scene.selected_member_ids()
        keys = self.document.domain_keys()
        old = {i: self.document.member(i).position for i in ids}
        new = {i: ring_step(old[i], keys, d_domain, d_ring) for i in ids}
        if any(new[i] != old[i] for i in ids):
            self._move_placed(new, merge_key="keyboard")

    def set_kind(self, kind: str) -> None:
        """Person, place or group for the selected members, as one undo step."""
        if self.document is None:
            return
        ids = [i for i in self.scene.selected_member_ids()
               if self.document.member(i).kind != EntryKind(kind)]
        if not ids:
            return
        self.undo_stack.beginMacro(QCoreApplication.translate("WebCommands", "Soort wijzigen"))
        for entry_id in ids:
            member = self.document.member(entry_id)
            self.push(EditIdentityCommand(self.document, entry_id, member.name, EntryKind(kind)))
        self.undo_stack.endMacro()

    def toggle_function(self, function: str) -> None:
        """Switch a function on for the selected members (off when all of them have it)."""
        if self.document is None:
            return
        ids = self.scene.selected_member_ids()
        if not ids:
            return
        value = Function(function)
        on = not all(value in self.document.member(i).tie.functions for i in ids)
        self.undo_stack.beginMacro(QCoreApplication.translate("WebCommands", "Kenmerk wijzigen"))
        for entry_id in ids:
            tie = self.document.member(entry_id).tie
            functions = tie.functions | {value} if on else tie.functions - {value}
            self.push(EditTieCommand(self.document, entry_id, replace(tie, functions=functions),
                                     "functions"))
        self.undo_stack.endMacro()

    def delete_selection(self) -> None:
        """Del: remove the selected members (with their ties) and selected ties, as one step."""
        if self.document is None:
            return
        members = self.scene.selected_member_ids()
        ties = [t for t in self.scene.selected_ties()
                if t[0] not in members and t[1] not in members]
        if not members and not ties:
            return
        self.undo_stack.beginMacro(RemoveMembersCommand(self.document, members).text()
                                   if members else RemoveTieCommand(self.document, *ties[0]).text())
        for a, b in ties:
            self.push(RemoveTieCommand(self.document, a, b))
        if members:
            self.push(RemoveMembersCommand(self.document, members))
        self.undo_stack.endMacro()

    def select_only(self, entry_id: int) -> None:
        self.scene.clearSelection()
        item = self.scene.member_items.get(entry_id)
        if item is not None:
            item.setSelected(True)
            self.view.ensureVisible(item)
