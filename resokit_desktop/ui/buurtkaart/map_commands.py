"""Undo commands for the buurtkaart (on the canvas kit's generic ones): each changes the document
only; the scene follows its signals."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QUndoCommand

from resokit_desktop.domain.buurtkaart import Pin, Point
from resokit_desktop.rendering.map_document import MapDocument
from resokit_desktop.translation import translator
from resokit_desktop.ui.canvas.commands import AddItemCommand, MoveItemsCommand, RemoveItemsCommand

EDIT_ID = 1102


_t = translator("MapCommands")


class AddPinCommand(AddItemCommand):
    def __init__(self, document: MapDocument, pin: Pin) -> None:
        super().__init__(document.add_pin, document.remove_pin, pin.contact_id, pin,
                         _t("Plaats op de kaart zetten"))


class RemovePinsCommand(RemoveItemsCommand):
    def __init__(self, document: MapDocument, contact_ids: list[int]) -> None:
        super().__init__(document.add_pin, document.remove_pin,
                         {i: document.pin(i) for i in contact_ids},
                         _t("Plaatsen van de kaart halen"))


class MovePointsCommand(MoveItemsCommand):
    """Pins, home and boundary corners moved by one drag (or merged keyboard nudges)."""

    def __init__(self, document: MapDocument, old: dict[tuple, Point], new: dict[tuple, Point],
                 merge_key: str | None = None) -> None:
        super().__init__(document.set_points, old, new, _t("Verplaatsen"), merge_key)


class EditPinCommand(QUndoCommand):
    """A change of one pin's data; typing in its barriers merges into one step."""

    def __init__(self, document: MapDocument, new: Pin, field_name: str = "") -> None:
        super().__init__(_t("Plaats wijzigen"))
        self.document = document
        self.old = replace(document.pin(new.contact_id))
        self.new = replace(new)
        self.field_name = field_name

    def id(self) -> int:  # noqa: A003 - Qt's name
        return EDIT_ID if self.field_name == "barriers" else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if (not isinstance(other, EditPinCommand) or other.new.contact_id != self.new.contact_id
                or other.field_name != self.field_name):
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.document.set_pin(self.new)

    def undo(self) -> None:
        self.document.set_pin(self.old)


class SetHomeCommand(QUndoCommand):
    def __init__(self, document: MapDocument, point: Point | None) -> None:
        super().__init__(_t("Thuis aanduiden"))
        self.document = document
        self.old, self.new = document.version.home, point

    def redo(self) -> None:
        self.document.set_home(self.new)

    def undo(self) -> None:
        self.document.set_home(self.old)


class SetBoundaryCommand(QUndoCommand):
    def __init__(self, document: MapDocument, points: list[Point]) -> None:
        super().__init__(_t("Buurtgrens tekenen"))
        self.document = document
        self.old, self.new = list(document.version.boundary), list(points)

    def redo(self) -> None:
        self.document.set_boundary(self.new)

    def undo(self) -> None:
        self.document.set_boundary(self.old)
