"""Merge a colleague's register into ours: duplicates (same name and address) are merged, and
neither side's notes are lost; other differing fields keep ours unless the user takes theirs."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from enum import StrEnum

from resokit_desktop.domain.neighbourhood.entry import (
    ENTRY_FIELDS,
    NeighbourhoodEntry,
    duplicate_key,
    normalised,
)

# Fields merged by rule, never offered as a choice: notes are joined, the later check date wins.
_RULED = ("notes", "last_checked")
CHOICE_FIELDS = tuple(name for name in ENTRY_FIELDS if name not in _RULED)


class MergeAction(StrEnum):
    NEW = "new"  # not in our register: added as it is
    SAME = "same"  # already in ours with nothing to add: left alone
    MERGE = "merge"  # in ours: their notes and empty fields are added, conflicts are shown


@dataclass
class FieldConflict:
    """One field both sides filled in differently; ours is kept unless ``take_theirs``."""

    field: str
    ours: str
    theirs: str
    take_theirs: bool = False


@dataclass
class MergeItem:
    theirs: NeighbourhoodEntry
    ours: NeighbourhoodEntry | None = None
    conflicts: list[FieldConflict] = field(default_factory=list)
    filled: list[str] = field(default_factory=list)  # our empty fields their entry fills
    adds_notes: bool = False
    newer_check: bool = False

    @property
    def action(self) -> MergeAction:
        if self.ours is None:
            return MergeAction.NEW
        if self.conflicts or self.filled or self.adds_notes or self.newer_check:
            return MergeAction.MERGE
        return MergeAction.SAME


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


def _notes_to_add(ours: str, theirs: str) -> bool:
    """Their notes add something unless they are empty or already part of ours."""
    return bool(theirs.strip()) and normalised(theirs) not in normalised(ours)


def _compare(item: MergeItem) -> None:
    ours, theirs = item.ours, item.theirs
    assert ours is not None
    for name in CHOICE_FIELDS:
        mine, other = _text(getattr(ours, name)), _text(getattr(theirs, name))
        if not other:
            continue
        if not mine:
            item.filled.append(name)
        elif normalised(mine) != normalised(other):
            item.conflicts.append(FieldConflict(name, mine, other))
    item.adds_notes = _notes_to_add(ours.notes, theirs.notes)
    item.newer_check = bool(theirs.last_checked) and (theirs.last_checked or "") > (
        ours.last_checked or "")


def plan_merge(ours: list[NeighbourhoodEntry],
               theirs: list[NeighbourhoodEntry]) -> list[MergeItem]:
    """One item per distinct entry of theirs (a duplicate inside their file is folded into the
    first one, its notes kept), in their order."""
    by_key = {duplicate_key(entry): entry for entry in ours}
    items: dict[tuple[str, str], MergeItem] = {}
    for entry in theirs:
        key = duplicate_key(entry)
        if key in items:
            first = items[key].theirs
            if _notes_to_add(first.notes, entry.notes):
                parts = (first.notes.strip(), entry.notes.strip())
                first.notes = "\n\n".join(n for n in parts if n)
            continue
        items[key] = MergeItem(theirs=dataclasses.replace(entry, id=None), ours=by_key.get(key))
    for item in items.values():
        if item.ours is not None:
            _compare(item)
    return list(items.values())


def merged_entry(item: MergeItem, notes_marker: str) -> NeighbourhoodEntry:
    """What the register holds after the import: for a new entry theirs, else ours with their
    empty-field fills, the chosen conflicts, the later check date and their notes added under
    ``notes_marker`` (a dated line saying where they came from)."""
    if item.ours is None:
        return dataclasses.replace(item.theirs, id=None)
    result = dataclasses.replace(item.ours)
    for name in item.filled:
        setattr(result, name, getattr(item.theirs, name))
    for conflict in item.conflicts:
        if conflict.take_theirs:
            setattr(result, conflict.field, getattr(item.theirs, conflict.field))
    if item.newer_check:
        result.last_checked = item.theirs.last_checked
    if item.adds_notes:
        kept = result.notes.rstrip()
        added = f"{notes_marker}\n{item.theirs.notes.strip()}"
        result.notes = f"{kept}\n\n{added}" if kept else added
    return result
