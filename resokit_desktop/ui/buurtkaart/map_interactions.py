"""The buurtkaart's own gestures on top of the canvas kit: put a pin or home down with a click,
and draw the neighbourhood boundary corner by corner."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem

from resokit_desktop.domain.buurtkaart import Point, boundary_is_valid
from resokit_desktop.rendering.map_items import BOUNDARY_COLOUR
from resokit_desktop.ui.canvas.interactions import Interaction, movable_item_at


class ClickToPlace(Interaction):
    """In its mode, a click on free map space asks for a pin (or home) there: ``placed(point)``.
    """

    def __init__(self, view, mode: str, signal) -> None:
        super().__init__(view)
        self.mode = mode
        self.signal = signal

    def starts(self, event: QMouseEvent) -> bool:
        return (self.view.mode == self.mode and event.button() == Qt.MouseButton.LeftButton
                and movable_item_at(self.view, event.position()) is None)

    def press(self, event: QMouseEvent) -> bool:
        return True

    def move(self, event: QMouseEvent) -> bool:
        return True

    def release(self, event: QMouseEvent) -> bool:
        scene_point = self.view.mapToScene(event.position().toPoint())
        if self.view.map_scene.on_map(scene_point):
            self.signal.emit(self.view.map_scene.map_point(scene_point))
        return True


class DrawBoundary(Interaction):
    """In boundary mode each click adds a corner; a click on the first corner, a double-click or
    Enter closes it. ``finished(points)`` then; fewer than three corners give ``too_short``."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self.points: list[Point] = []
        self._draft: QGraphicsPathItem | None = None

    @property
    def drawing(self) -> bool:
        return bool(self.points)

    def starts(self, event: QMouseEvent) -> bool:
        return self.view.mode == "boundary" and event.button() == Qt.MouseButton.LeftButton

    def press(self, event: QMouseEvent) -> bool:
        return True

    def move(self, event: QMouseEvent) -> bool:
        return True

    def release(self, event: QMouseEvent) -> bool:
        scene_point = self.view.mapToScene(event.position().toPoint())
        if not self.view.map_scene.on_map(scene_point):
            return True
        # A click on the first corner closes the boundary; a second click on the last corner
        # (a double-click) ends it.
        if self.points and (self._near(scene_point, self.points[-1])
                            or (len(self.points) >= 3 and self._near(scene_point,
                                                                     self.points[0]))):
            self.finish()
            return True
        self.add_point(self.view.map_scene.map_point(scene_point))
        return True

    def _near(self, scene_point: QPointF, point: Point) -> bool:
        corner = self.view.map_scene.scene_point(point)
        return (corner - scene_point).manhattanLength() < self.view.map_scene.symbol_radius * 1.5

    def add_point(self, point: Point) -> None:
        self.points.append(point)
        self._draw()

    def finish(self) -> None:
        points, self.points = self.points, []
        self._clear()
        if boundary_is_valid(points):
            self.view.boundary_drawn.emit(points)
        else:
            self.view.boundary_too_short.emit(len(points))

    def key_press(self, event: QKeyEvent) -> bool:
        if self.view.mode != "boundary":
            return False
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.points:
            self.finish()
            return True
        if event.key() == Qt.Key.Key_Insert:  # a corner at the middle of the view
            centre = self.view.mapToScene(self.view.viewport().rect().center())
            self.add_point(self.view.map_scene.map_point(centre))
            return True
        if event.key() == Qt.Key.Key_Escape and self.points:
            self.cancel()
            return True
        return False

    def cancel(self) -> None:
        self.points = []
        self._clear()

    def _draw(self) -> None:
        scene = self.view.map_scene
        if self._draft is None:
            self._draft = QGraphicsPathItem()
            self._draft.setZValue(20)
            pen = QPen(BOUNDARY_COLOUR, scene.symbol_radius * 0.3)
            self._draft.setPen(pen)
            scene.addItem(self._draft)
        path = QPainterPath(scene.scene_point(self.points[0]))
        for point in self.points[1:]:
            path.lineTo(scene.scene_point(point))
        for point in self.points:
            path.addEllipse(scene.scene_point(point), scene.symbol_radius * 0.4,
                            scene.symbol_radius * 0.4)
        self._draft.setPath(path)

    def _clear(self) -> None:
        if self._draft is not None:
            self.view.map_scene.removeItem(self._draft)
            self._draft = None
