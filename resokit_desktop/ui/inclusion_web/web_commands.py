"""Undo commands for the web: each changes the document only; the scene follows its signals."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QUndoCommand

from resokit_desktop.domain.web.model import EntryKind, Member, Position, TieAttributes, tie_key
from resokit_desktop.rendering.web_document import WebDocument
from resokit_desktop.translation import translator
from resokit_desktop.ui.canvas.commands import (
    AddItemCommand,
    MoveItemsCommand,
    RemoveItemsCommand,
)

EDIT_ID = 1002


_t = translator("WebCommands")


class AddMemberCommand(AddItemCommand):
    def __init__(self, document: WebDocument, member: Member) -> None:
        super().__init__(document.add_member, document.remove_member, member.entry_id, member,
                         _t("Lid toevoegen"))
        self.document = document
        self.member = self.item


class RemoveMembersCommand(RemoveItemsCommand):
    """Removing members takes their who-knows-whom ties with them; undo restores both."""

    def __init__(self, document: WebDocument, entry_ids: list[int]) -> None:
        ids = set(entry_ids)
        ties = sorted(t for t in document.version.ties if t[0] in ids or t[1] in ids)
        super().__init__(document.add_member, document.remove_member,
                         {i: document.member(i) for i in entry_ids}, _t("Leden verwijderen"),
                         first=[RemoveTieCommand(document, a, b) for a, b in ties])
        self.document = document


class MoveMembersCommand(MoveItemsCommand):
    """One drag (of one or several members) is one step; repeated keyboard nudges merge."""

    def __init__(
        self, document: WebDocument, old: dict[int, Position], new: dict[int, Position],
        merge_key: str | None = None,
    ) -> None:
        super().__init__(document.set_positions, old, new, _t("Verplaatsen"), merge_key)
        self.document = document


class EditTieCommand(QUndoCommand):
    """A change of one member's tie attributes; typing in the same text field merges."""

    def __init__(
        self, document: WebDocument, entry_id: int, new: TieAttributes, field_name: str = "",
    ) -> None:
        super().__init__(_t("Kenmerk wijzigen"))
        self.document = document
        self.entry_id = entry_id
        self.old = replace(document.member(entry_id).tie)
        self.new = replace(new)
        self.field_name = field_name

    def id(self) -> int:  # noqa: A003
        return EDIT_ID if self.field_name in ("note", "relation") else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        if (not isinstance(other, EditTieCommand) or other.entry_id != self.entry_id
                or other.field_name != self.field_name):
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.document.set_tie(self.entry_id, self.new)

    def undo(self) -> None:
        self.document.set_tie(self.entry_id, self.old)


class EditIdentityCommand(QUndoCommand):
    """Rename or change the kind of a member (and so of the registry entry)."""

    def __init__(self, document: WebDocument, entry_id: int, name: str, kind: EntryKind) -> None:
        super().__init__(_t("Naam wijzigen"))
        self.document = document
        self.entry_id = entry_id
        member = document.member(entry_id)
        self.old = (member.name, member.kind)
        self.new = (name, kind)

    def redo(self) -> None:
        self.document.set_identity(self.entry_id, *self.new)

    def undo(self) -> None:
        self.document.set_identity(self.entry_id, *self.old)


class AddTieCommand(QUndoCommand):
    def __init__(self, document: WebDocument, a: int, b: int) -> None:
        super().__init__(_t("Verbinden"))
        self.document = document
        self.key = tie_key(a, b)

    def redo(self) -> None:
        self.document.add_tie(*self.key)

    def undo(self) -> None:
        self.document.remove_tie(*self.key)


class RemoveTieCommand(QUndoCommand):
    def __init__(self, document: WebDocument, a: int, b: int) -> None:
        super().__init__(_t("Verbinding verwijderen"))
        self.document = document
        self.key = tie_key(a, b)

    def redo(self) -> None:
        self.document.remove_tie(*self.key)

    def undo(self) -> None:
        self.document.add_tie(*self.key)
