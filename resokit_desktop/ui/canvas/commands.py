"""Generic undo commands for a canvas: move items, add an item, remove items.

Each command only calls the functions it is given (the document's own setters); the scene follows
the document's signals. A feature subclasses them to give them its texts and its document.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtGui import QUndoCommand

MOVE_ID = 1001


class MoveItemsCommand(QUndoCommand):
    """One drag (of one or several items) is one step; moves with the same ``merge_key`` (say,
    repeated keyboard nudges of the same items) merge into one."""

    def __init__(
        self, apply: Callable[[dict], None], old: dict[Hashable, Any], new: dict[Hashable, Any],
        text: str, merge_key: str | None = None, parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(text, parent)
        self.apply = apply
        self.old = {k: copy.copy(v) for k, v in old.items()}
        self.new = {k: copy.copy(v) for k, v in new.items()}
        self.merge_key = merge_key

    def id(self) -> int:  # noqa: A003 - Qt's name
        return MOVE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if (type(other) is not type(self) or other.merge_key != self.merge_key
                or set(other.new) != set(self.new)):
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.apply(self.new)

    def undo(self) -> None:
        self.apply(self.old)


class AddItemCommand(QUndoCommand):
    """Adds one item; undo removes it by its key."""

    def __init__(
        self, add: Callable[[Any], None], remove: Callable[[Hashable], None], key: Hashable,
        item: Any, text: str, parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(text, parent)
        self.add, self.remove = add, remove
        self.key = key
        self.item = copy.deepcopy(item)

    def redo(self) -> None:
        self.add(copy.deepcopy(self.item))

    def undo(self) -> None:
        self.remove(self.key)


class RemoveItemsCommand(QUndoCommand):
    """Removes items (key → item); the ``first`` commands (things that hang on the items, such
    as lines between them) run before on redo and are undone after, Orange's composite pattern.
    They are plain Python references, not Qt children, so no object is owned twice."""

    def __init__(
        self, add: Callable[[Any], None], remove: Callable[[Hashable], None],
        items: dict[Hashable, Any], text: str, first: list[QUndoCommand] | None = None,
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(text, parent)
        self.add, self.remove = add, remove
        self.items = {k: copy.deepcopy(v) for k, v in sorted(items.items())}
        self.first = list(first or [])

    def redo(self) -> None:
        for command in self.first:
            command.redo()
        for key in self.items:
            self.remove(key)

    def undo(self) -> None:
        for item in self.items.values():
            self.add(copy.deepcopy(item))
        for command in reversed(self.first):
            command.undo()
