"""The open web version as a QObject: every change goes through here and is announced by signal."""

from __future__ import annotations

import copy
from dataclasses import replace

from PySide6.QtCore import QObject, Signal

from resokit_desktop.domain.web.model import (
    Member,
    Position,
    TieAttributes,
    WebVersion,
    tie_key,
)


class WebDocument(QObject):
    """Wraps one WebVersion; undo commands call these methods, the scene listens to the signals."""

    #: A member (entry id) was put on the web.
    member_added = Signal(int)
    #: A member (entry id) was taken off the web (its ties went first, each with tie_removed).
    member_removed = Signal(int)
    #: A member's position (domain, ring, angle, radius) changed.
    member_moved = Signal(int)
    #: A member's name, kind or tie attributes changed.
    member_changed = Signal(int)
    #: A who-knows-whom tie between two entry ids was added / removed.
    tie_added = Signal(int, int)
    tie_removed = Signal(int, int)
    #: Anything at all changed (for autosave and the indicators).
    changed = Signal()

    def __init__(self, version: WebVersion, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.version = version
        #: Entry ids renamed (or re-kinded) on this web since the last save.
        self.renamed: set[int] = set()

    # Reading -------------------------------------------------------------------------------
    def member(self, entry_id: int) -> Member:
        return self.version.members[entry_id]

    def has_member(self, entry_id: int) -> bool:
        return entry_id in self.version.members

    def domain_keys(self) -> list[str]:
        return self.version.domain_set.keys()

    # Changing (called by undo commands) ------------------------------------------------------
    def add_member(self, member: Member) -> None:
        self.version.members[member.entry_id] = copy.deepcopy(member)
        self.member_added.emit(member.entry_id)
        self.changed.emit()

    def remove_member(self, entry_id: int) -> Member:
        member = self.version.members[entry_id]
        for a, b in sorted(self.version.ties_of(entry_id)):
            self.version.ties.discard((a, b))
            self.tie_removed.emit(a, b)
        del self.version.members[entry_id]
        self.member_removed.emit(entry_id)
        self.changed.emit()
        return member

    def set_positions(self, positions: dict[int, Position]) -> None:
        for entry_id, position in positions.items():
            self.version.members[entry_id].position = replace(position)
            self.member_moved.emit(entry_id)
        self.changed.emit()

    def set_tie(self, entry_id: int, tie: TieAttributes) -> None:
        self.version.members[entry_id].tie = replace(tie)
        self.member_changed.emit(entry_id)
        self.changed.emit()

    def set_identity(self, entry_id: int, name: str, kind) -> None:
        member = self.version.members[entry_id]
        member.name, member.kind = name, kind
        self.renamed.add(entry_id)
        self.member_changed.emit(entry_id)
        self.changed.emit()

    def refresh_identities(self, names: dict) -> None:
        """Take over names and kinds changed elsewhere (not an edit: no undo step, no save)."""
        for entry_id, member in self.version.members.items():
            if entry_id in names and entry_id not in self.renamed and \
                    (member.name, member.kind) != names[entry_id]:
                member.name, member.kind = names[entry_id]
                self.member_changed.emit(entry_id)

    def add_tie(self, a: int, b: int) -> None:
        key = tie_key(a, b)
        if key in self.version.ties:
            return
        self.version.add_tie(*key)
        self.tie_added.emit(*key)
        self.changed.emit()

    def remove_tie(self, a: int, b: int) -> None:
        key = tie_key(a, b)
        if key not in self.version.ties:
            return
        self.version.ties.discard(key)
        self.tie_removed.emit(*key)
        self.changed.emit()
