"""Gesture objects for a CanvasView: each one handles one interaction from press to release.

Modelled on Orange canvas's ``UserInteraction``: the view offers every mouse press to its
interactions in order; the first whose ``starts`` says yes becomes the active one and sees the
moves and the release. A handler returns True when it used the event (the view then skips its
default handling). Esc cancels the active interaction.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QRubberBand


class Interaction(QObject):
    """One gesture; subclasses override the handlers they need."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view

    def starts(self, event: QMouseEvent) -> bool:
        """Whether this press begins the gesture."""
        return False

    def press(self, event: QMouseEvent) -> bool:
        return False

    def move(self, event: QMouseEvent) -> bool:
        return False

    def release(self, event: QMouseEvent) -> bool:
        return False

    def key_press(self, event: QKeyEvent) -> bool:
        """Keys reach every interaction (not only the active one) until one uses them."""
        return False

    def cancel(self) -> None:
        """Esc during the gesture: undo whatever it showed; nothing is changed."""


def movable_item_at(view, point: QPointF) -> QGraphicsItem | None:
    for item in view.items(point.toPoint()):
        if item.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsMovable:
            return item
    return None


def selectable_item_at(view, point: QPointF) -> QGraphicsItem | None:
    for item in view.items(point.toPoint()):
        if item.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsSelectable:
            return item
    return None


class ItemDrag(Interaction):
    """Press on a movable item and drag: the view moves the selection as usual; at release
    ``moved`` reports every item whose position changed as {item: (old, new)}."""

    #: {QGraphicsItem: (old QPointF, new QPointF)} after a drag that moved something.
    moved = Signal(object)

    def __init__(self, view) -> None:
        super().__init__(view)
        self._start: dict[QGraphicsItem, QPointF] = {}

    def starts(self, event: QMouseEvent) -> bool:
        return (event.button() == Qt.MouseButton.LeftButton
                and movable_item_at(self.view, event.position()) is not None)

    def press(self, event: QMouseEvent) -> bool:
        self._start = {}
        return False  # the view selects and grabs the item as usual

    def move(self, event: QMouseEvent) -> bool:
        if not self._start:  # the first move: the selection is final, nothing moved yet
            scene = self.view.scene()
            items = [i for i in scene.selectedItems()
                     if i.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsMovable]
            self._start = {item: QPointF(item.pos()) for item in items}
        return False

    def release(self, event: QMouseEvent) -> bool:
        self.view.default_mouse_release(event)
        moved = {item: (old, QPointF(item.pos())) for item, old in self._start.items()
                 if (item.pos() - old).manhattanLength() > 0.01}
        self._start = {}
        if moved:
            self.moved.emit(moved)
        return True

    def cancel(self) -> None:
        for item, old in self._start.items():
            item.setPos(old)
        self._start = {}


class RubberBandSelect(Interaction):
    """Press where no selectable item is and drag: everything the band touches is selected
    (Ctrl adds to the selection)."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self._band = QRubberBand(QRubberBand.Shape.Rectangle, view.viewport())
        self._origin = QPointF()
        self._adding = False
        self._dragged = False

    def starts(self, event: QMouseEvent) -> bool:
        return (event.button() == Qt.MouseButton.LeftButton
                and selectable_item_at(self.view, event.position()) is None)

    def press(self, event: QMouseEvent) -> bool:
        self._origin = event.position()
        self._adding = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        self._dragged = False
        return False  # the view clears the selection on a plain press, as usual

    def move(self, event: QMouseEvent) -> bool:
        rect = QRect(self._origin.toPoint(), event.position().toPoint()).normalized()
        if not self._dragged and rect.width() + rect.height() < 4:
            return True
        self._dragged = True
        self._band.setGeometry(rect.united(QRect(rect.topLeft(), QSize(1, 1))))
        self._band.show()
        path = QPainterPath()
        path.addPolygon(self.view.mapToScene(rect))
        operation = (Qt.ItemSelectionOperation.AddToSelection if self._adding
                     else Qt.ItemSelectionOperation.ReplaceSelection)
        self.view.scene().setSelectionArea(path, operation,
                                           Qt.ItemSelectionMode.IntersectsItemShape,
                                           self.view.viewportTransform())
        return True

    def release(self, event: QMouseEvent) -> bool:
        self._band.hide()
        return self._dragged

    def cancel(self) -> None:
        self._band.hide()


class Pan(Interaction):
    """Middle button (or left button with Space held) drags the whole canvas."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self._last = QPointF()

    def starts(self, event: QMouseEvent) -> bool:
        return (event.button() == Qt.MouseButton.MiddleButton
                or (event.button() == Qt.MouseButton.LeftButton and self.view.space_held))

    def press(self, event: QMouseEvent) -> bool:
        self._last = event.position()
        self.view.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        return True

    def move(self, event: QMouseEvent) -> bool:
        delta = event.position() - self._last
        self._last = event.position()
        self.view.pan_by(-delta.x(), -delta.y())
        return True

    def release(self, event: QMouseEvent) -> bool:
        self.view.viewport().unsetCursor()
        return True

    def cancel(self) -> None:
        self.view.viewport().unsetCursor()


class KeyboardNudge(Interaction):
    """Arrow keys move the selection one step (Shift: ``big_step`` steps) as ``nudged``."""

    #: (dx, dy) in steps.
    nudged = Signal(int, int)

    def __init__(self, view, big_step: int = 1, has_selection=None) -> None:
        super().__init__(view)
        self.big_step = big_step
        # What counts as "something to move is selected" (default: any selected item).
        self.has_selection = has_selection or (lambda: bool(view.scene().selectedItems()))

    def key_press(self, event: QKeyEvent) -> bool:
        moves = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
                 Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        step = moves.get(event.key())
        if step is None or not self.has_selection():
            return False
        factor = self.big_step if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1
        self.nudged.emit(step[0] * factor, step[1] * factor)
        return True
