"""The buurtkaart's view: the canvas kit's gestures plus clicking pins, home and boundary down."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QWidget

from resokit_desktop.domain.buurtkaart import PinStatus
from resokit_desktop.rendering.map_items import PinItem
from resokit_desktop.rendering.map_scene import MapScene
from resokit_desktop.ui.buurtkaart.map_interactions import ClickToPlace, DrawBoundary
from resokit_desktop.ui.canvas.interactions import ItemDrag, KeyboardNudge, Pan, RubberBandSelect
from resokit_desktop.ui.canvas.view import CanvasView

MODES = ("select", "place", "home", "boundary")
STATUS_KEYS = {Qt.Key.Key_1: PinStatus.GOES_NOW, Qt.Key.Key_2: PinStatus.USED_TO_GO,
               Qt.Key.Key_3: PinStatus.WOULD_LIKE, Qt.Key.Key_4: PinStatus.AVOIDS}


class MapView(CanvasView):
    """Shows a MapScene; its gestures become requests the editor turns into undo commands."""

    #: A new place pin at this map point (x, y fractions).
    pin_requested = Signal(object)
    #: Home at this map point.
    home_requested = Signal(object)
    #: The boundary was drawn (list of points, at least three).
    boundary_drawn = Signal(object)
    #: A boundary with too few corners was ended (how many it had): not saved.
    boundary_too_short = Signal(int)
    #: Items were dragged: {key: (old point, new point)}.
    points_dragged = Signal(object)
    #: Keyboard: move the selection by (dx, dy) steps.
    nudge_requested = Signal(int, int)
    #: 1-4: this status for the selected pins.
    status_requested = Signal(str)
    #: Del pressed.
    delete_requested = Signal()
    #: A registry entry (id) was dropped on the map at this point.
    entry_dropped = Signal(int, object)

    def __init__(self, scene: MapScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.map_scene = scene
        self.mode = "select"
        self.setBackgroundBrush(QColor("#FFFFFF"))
        self.setAccessibleName(QCoreApplication.translate("MapView", "Buurtkaart"))
        self.setAcceptDrops(True)
        self.boundary = DrawBoundary(self)
        self.add_interaction(Pan(self))
        self.add_interaction(self.boundary)
        self.add_interaction(ItemDrag(self)).moved.connect(self._on_items_moved)
        self.add_interaction(ClickToPlace(self, "place", self.pin_requested))
        self.add_interaction(ClickToPlace(self, "home", self.home_requested))
        self.add_interaction(RubberBandSelect(self))
        self.add_interaction(KeyboardNudge(self, big_step=10)).nudged.connect(
            self.nudge_requested)

    def set_mode(self, mode: str) -> None:
        if mode != "boundary":
            self.boundary.cancel()
        self.mode = mode
        cursor = (Qt.CursorShape.ArrowCursor if mode == "select"
                  else Qt.CursorShape.CrossCursor)
        self.viewport().setCursor(cursor)

    def _on_items_moved(self, moved: dict) -> None:
        points = {}
        for item, (_old, new) in moved.items():
            key = self.map_scene.item_key(item)
            if key is not None:
                points[key] = self.map_scene.map_point(new)
        if points:
            self.points_dragged.emit(points)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if self.boundary.key_press(event):
            event.accept()
            return
        if key == Qt.Key.Key_Insert:  # a new place at the middle of the view
            centre = self.mapToScene(self.viewport().rect().center())
            self.pin_requested.emit(self.map_scene.map_point(centre))
            event.accept()
            return
        if key in STATUS_KEYS and self.map_scene.selected_pin_ids():
            self.status_requested.emit(str(STATUS_KEYS[key]))
            event.accept()
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    # A registry entry dropped from the list of places (CanvasView reads the drop) -------------
    takes_entries = True

    def drop_entry(self, entry_id: int, scene_point: QPointF) -> bool:
        if not self.map_scene.on_map(scene_point):
            return False
        self.entry_dropped.emit(entry_id, self.map_scene.map_point(scene_point))
        return True

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802
        """Tab / Shift+Tab walk through the pins; past the last one focus moves on."""
        items = [self.map_scene.pin_items[i] for i in sorted(self.map_scene.pin_items)]
        if not items:
            return super().focusNextPrevChild(forward)
        selected = [i for i in items if i.isSelected()]
        if not selected:
            index = 0 if forward else len(items) - 1
        else:
            index = items.index(selected[0]) + (1 if forward else -1)
        self.map_scene.clearSelection()
        if not 0 <= index < len(items):
            return super().focusNextPrevChild(forward)
        item: PinItem = items[index]
        item.setSelected(True)
        self.ensureVisible(item)
        return True
