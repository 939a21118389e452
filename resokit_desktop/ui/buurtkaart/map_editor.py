"""The buurtkaart editor: document + scene + view + undo stack; turns gestures into commands."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QImage, QUndoStack
from PySide6.QtWidgets import QVBoxLayout, QWidget

from resokit_desktop.domain.buurtkaart import MapVersion, Pin, PinStatus, Point, clamp_point
from resokit_desktop.domain.web.model import RegistryEntry
from resokit_desktop.rendering.map_document import HOME, MapDocument
from resokit_desktop.rendering.map_scene import MapScene
from resokit_desktop.translation import translator
from resokit_desktop.ui.buurtkaart.map_commands import (
    AddPinCommand,
    EditPinCommand,
    MovePointsCommand,
    RemovePinsCommand,
    SetBoundaryCommand,
    SetHomeCommand,
)
from resokit_desktop.ui.buurtkaart.map_view import MapView
from resokit_desktop.ui.canvas.touch import TouchInput

NUDGE = 0.005  # one arrow press: half a percent of the map

# Makes a new place in the client's registry: name -> stored entry with its id.
PlaceFactory = Callable[[str], RegistryEntry]


_t = translator("MapEditor")


class MapEditor(QWidget):
    """Edits one map version; every change is an undo command on ``undo_stack``."""

    #: The document changed (autosave).
    changed = Signal()
    #: The selected pin ids changed.
    selection_changed = Signal(list)
    #: A message for the user (a boundary with too few corners …).
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.document: MapDocument | None = None
        self.scene = MapScene(self, home_label=_t("Thuis"))
        self.view = MapView(self.scene, self)
        self.make_place: PlaceFactory | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.scene.selectionChanged.connect(self._on_selection_changed)
        self.view.pin_requested.connect(self.add_new_place)
        self.view.home_requested.connect(self.set_home)
        self.view.boundary_drawn.connect(self.set_boundary)
        self.view.boundary_too_short.connect(self._on_boundary_too_short)
        self.view.points_dragged.connect(self.move_dragged)
        self.view.nudge_requested.connect(self.nudge)
        self.view.status_requested.connect(self.set_status)
        self.view.delete_requested.connect(self.delete_selection)
        self.touch = TouchInput(self.view)

    def _on_selection_changed(self) -> None:
        try:
            ids = self.scene.selected_pin_ids()
        except RuntimeError:  # the scene is being torn down with the window
            return
        self.selection_changed.emit(ids)

    def set_version(self, version: MapVersion | None, image: QImage | None = None) -> None:
        """Show a version (or nothing) on its map image; the undo history starts afresh."""
        self.undo_stack.clear()
        old = self.document
        self.document = MapDocument(version, self) if version is not None else None
        self.scene.set_map_image(image)
        self.scene.set_document(self.document)
        if self.document is not None:
            self.document.changed.connect(self.changed)
        if old is not None:
            old.deleteLater()
        self.view.fit_to_window()

    def set_map_image(self, image_id: int | None, image: QImage | None) -> None:
        """Another map under the same pins (not undoable: the map is the paper, not the drawing)."""
        if self.document is None:
            return
        self.scene.set_map_image(image)
        self.document.set_image(image_id)
        self.view.fit_to_window()

    # Requests ----------------------------------------------------------------------------------
    def add_new_place(self, point: Point) -> int | None:
        """A new place in the registry, pinned here; returns its id."""
        if self.document is None or self.make_place is None:
            return None
        entry = self.make_place(_t("Nieuwe plaats"))
        self.pin_entry(entry, point)
        return entry.id

    def pin_entry(self, entry: RegistryEntry, point: Point | None = None) -> None:
        """Put a place of the registry on the map (at the middle of the view if no point)."""
        if self.document is None or self.document.has_pin(entry.id):
            return
        if point is None:
            point = self.scene.map_point(self.view.mapToScene(self.view.viewport().rect().center()))
        x, y = clamp_point(*point)
        self.undo_stack.push(AddPinCommand(self.document, Pin(entry.id, entry.name, x, y)))
        self.select_only(entry.id)

    def set_home(self, point: Point | None) -> None:
        if self.document is not None:
            self.undo_stack.push(SetHomeCommand(self.document, point))

    def set_boundary(self, points: list[Point]) -> None:
        if self.document is not None:
            self.undo_stack.push(SetBoundaryCommand(self.document, points))
            self.message.emit(_t("Buurtgrens getekend: sleep de hoekpunten om ze te verleggen."))

    def clear_boundary(self) -> None:
        if self.document is not None and self.document.version.boundary:
            self.undo_stack.push(SetBoundaryCommand(self.document, []))

    def _on_boundary_too_short(self, count: int) -> None:
        self.message.emit(QCoreApplication.translate(
            "MapEditor", "Een buurtgrens heeft minstens drie hoekpunten nodig (nu %n); ze is niet "
            "bewaard.", None, count))

    def move_dragged(self, points: dict[tuple, Point]) -> None:
        if self.document is None:
            return
        old = {k: self.document.point_of(k) for k in points}
        new = {k: clamp_point(*p) for k, p in points.items()}
        changed = {k: p for k, p in new.items() if p != old[k]}
        if changed:
            self.undo_stack.push(MovePointsCommand(self.document, {k: old[k] for k in changed},
                                                   changed))
        self.scene.sync_points()  # dragged off the map: back onto its edge

    def nudge(self, dx: int, dy: int) -> None:
        if self.document is None:
            return
        keys = [k for k in self.scene.selected_keys() if self.document.point_of(k) is not None]
        old = {k: self.document.point_of(k) for k in keys}
        new = {k: clamp_point(p[0] + dx * NUDGE, p[1] + dy * NUDGE) for k, p in old.items()}
        if any(new[k] != old[k] for k in keys):
            self.undo_stack.push(MovePointsCommand(self.document, old, new, merge_key="keyboard"))

    def edit_pin(self, pin: Pin, field_name: str = "") -> None:
        if self.document is not None and self.document.has_pin(pin.contact_id):
            if pin != self.document.pin(pin.contact_id):
                self.undo_stack.push(EditPinCommand(self.document, pin, field_name))

    def set_status(self, status: str) -> None:
        if self.document is None:
            return
        ids = self.scene.selected_pin_ids()
        self.undo_stack.beginMacro(_t("Plaats wijzigen"))
        for contact_id in ids:
            self.edit_pin(replace(self.document.pin(contact_id), status=PinStatus(status)))
        self.undo_stack.endMacro()

    def delete_selection(self) -> None:
        """Del: selected pins leave the map (they stay in the registry), a selected home goes,
        selected boundary corners go while three remain. One undo step."""
        if self.document is None:
            return
        keys = self.scene.selected_keys()
        ids = [k[1] for k in keys if k[0] == "pin"]
        home = HOME in keys
        corners = {k[1] for k in keys if k[0] == "vertex"}
        remaining = [p for i, p in enumerate(self.document.version.boundary) if i not in corners]
        boundary = bool(corners)
        if boundary and len(remaining) < 3:
            self._on_boundary_too_short(len(remaining))
            boundary = False
        if not (ids or home or boundary):
            return
        self.undo_stack.beginMacro(_t("Van de kaart halen"))
        if ids:
            self.undo_stack.push(RemovePinsCommand(self.document, ids))
        if home:
            self.undo_stack.push(SetHomeCommand(self.document, None))
        if boundary:
            self.undo_stack.push(SetBoundaryCommand(self.document, remaining))
        self.undo_stack.endMacro()

    def select_only(self, contact_id: int) -> None:
        self.scene.clearSelection()
        item = self.scene.pin_items.get(contact_id)
        if item is not None:
            item.setSelected(True)
            self.view.ensureVisible(item)
