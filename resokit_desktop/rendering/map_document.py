"""The open buurtkaart version as a QObject: every change goes through here, announced by signal."""

from __future__ import annotations

import copy
from dataclasses import replace

from PySide6.QtCore import QObject, Signal

from resokit_desktop.domain.buurtkaart import MapVersion, Pin, Point, clamp_point

HOME = ("home",)


def pin_key(contact_id: int) -> tuple[str, int]:
    return ("pin", contact_id)


def vertex_key(index: int) -> tuple[str, int]:
    return ("vertex", index)


class MapDocument(QObject):
    """Wraps one MapVersion; undo commands call these methods, the scene listens to the signals."""

    #: A pin (contact id) was put on / taken off the map, or its data changed.
    pin_added = Signal(int)
    pin_removed = Signal(int)
    pin_changed = Signal(int)
    #: Pins, home or boundary corners moved (the scene re-reads them).
    points_moved = Signal()
    #: The home marker or the boundary was set or cleared.
    home_changed = Signal()
    boundary_changed = Signal()
    #: Anything at all changed (for autosave).
    changed = Signal()

    def __init__(self, version: MapVersion, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.version = version

    def pin(self, contact_id: int) -> Pin:
        return self.version.pins[contact_id]

    def has_pin(self, contact_id: int) -> bool:
        return contact_id in self.version.pins

    def point_of(self, key: tuple) -> Point | None:
        if key == HOME:
            return self.version.home
        if key[0] == "pin":
            return self.version.pins[key[1]].point
        return self.version.boundary[key[1]]

    # Changing (undo commands only) -----------------------------------------------------------
    def add_pin(self, pin: Pin) -> None:
        self.version.pins[pin.contact_id] = copy.deepcopy(pin)
        self.pin_added.emit(pin.contact_id)
        self.changed.emit()

    def remove_pin(self, contact_id: int) -> None:
        del self.version.pins[contact_id]
        self.pin_removed.emit(contact_id)
        self.changed.emit()

    def set_pin(self, pin: Pin) -> None:
        self.version.pins[pin.contact_id] = copy.deepcopy(pin)
        self.pin_changed.emit(pin.contact_id)
        self.changed.emit()

    def rename_pin(self, contact_id: int, name: str) -> None:
        """The registry entry was renamed: show the new name (not an edit of this map)."""
        self.version.pins[contact_id] = replace(self.version.pins[contact_id], name=name)
        self.pin_changed.emit(contact_id)

    def set_points(self, points: dict[tuple, Point]) -> None:
        """Move pins, the home marker and boundary corners (keys from pin_key, HOME,
        vertex_key)."""
        for key, point in points.items():
            x, y = clamp_point(*point)
            if key == HOME:
                self.version.home = (x, y)
            elif key[0] == "pin":
                self.version.pins[key[1]] = replace(self.version.pins[key[1]], x=x, y=y)
            else:
                self.version.boundary[key[1]] = (x, y)
        self.points_moved.emit()
        self.changed.emit()

    def set_home(self, point: Point | None) -> None:
        self.version.home = clamp_point(*point) if point is not None else None
        self.home_changed.emit()
        self.changed.emit()

    def set_boundary(self, points: list[Point]) -> None:
        self.version.boundary = [clamp_point(*p) for p in points]
        self.boundary_changed.emit()
        self.changed.emit()

    def set_image(self, image_id: int | None) -> None:
        self.version.image_id = image_id
        self.changed.emit()
