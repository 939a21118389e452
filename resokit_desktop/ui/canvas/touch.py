"""Touch on a CanvasView: one finger acts as the mouse, two fingers pinch to zoom, a long press
on an item selects it and reports it."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QGraphicsItem

LONG_PRESS_MS = 600
MOVE_SLOP_PX = 12


class TouchInput(QObject):
    """Turns touch events on the view's viewport into mouse gestures, zoom and long presses.

    ``pick(viewport_point)`` says which item a long press is about (None: not an item).
    """

    #: A finger rested on an item (the item).
    item_long_pressed = Signal(object)

    def __init__(self, view, pick=None) -> None:
        super().__init__(view)
        self.view = view
        self.pick = pick or self._first_selectable
        self._start = QPointF()
        self._last = QPointF()
        self._pressed = False
        self._pinch_distance: float | None = None
        self._timer = QTimer(self, singleShot=True, interval=LONG_PRESS_MS)
        self._timer.timeout.connect(self._on_long_press)
        view.viewport().setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        view.viewport().installEventFilter(self)

    def _first_selectable(self, point: QPointF) -> QGraphicsItem | None:
        for item in self.view.items(point.toPoint()):
            if item.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsSelectable:
                return item
        return None

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        kind = event.type()
        if kind not in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
                        QEvent.Type.TouchCancel):
            return False
        # Positions from the global ones: a point's own position() is not always relative to
        # the viewport (it can be the window's).
        points = [QPointF(self.view.viewport().mapFromGlobal(p.globalPosition()))
                  for p in event.points()]
        if kind in (QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
            self._finish(points)
        elif len(points) >= 2:
            self._pinch(points)
        else:
            self._one_finger(kind, points[0])
        event.accept()
        return True

    # One finger: the mouse's gestures, plus a long press -------------------------------------
    def _one_finger(self, kind, position: QPointF) -> None:
        if kind == QEvent.Type.TouchBegin or not self._pressed:
            self._start = self._last = position
            self._pressed = True
            self._pinch_distance = None
            self._timer.start()
            self._mouse(QEvent.Type.MouseButtonPress, position)
            return
        if (position - self._start).manhattanLength() > MOVE_SLOP_PX:
            self._timer.stop()
        self._last = position
        self._mouse(QEvent.Type.MouseMove, position)

    def _finish(self, points: list[QPointF]) -> None:
        self._timer.stop()
        position = points[0] if points else self._last
        if self._pressed:
            self._mouse(QEvent.Type.MouseButtonRelease, position)
        self._pressed = False
        self._pinch_distance = None

    def _mouse(self, kind, position: QPointF) -> None:
        viewport = self.view.viewport()
        buttons = (Qt.MouseButton.NoButton if kind == QEvent.Type.MouseButtonRelease
                   else Qt.MouseButton.LeftButton)
        event = QMouseEvent(kind, position, viewport.mapToGlobal(position),
                            Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove
                            else Qt.MouseButton.NoButton, buttons,
                            Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, event)

    def _on_long_press(self) -> None:
        item = self.pick(self._start)
        if item is None:
            return
        # The press stays a selection, not a drag.
        self._mouse(QEvent.Type.MouseButtonRelease, self._start)
        self._pressed = False
        self.view.scene().clearSelection()
        item.setSelected(True)
        self.item_long_pressed.emit(item)

    # Two fingers: pinch to zoom --------------------------------------------------------------
    def _pinch(self, points: list[QPointF]) -> None:
        self._timer.stop()
        if self._pressed:  # a second finger ends the drag without moving anything
            self._mouse(QEvent.Type.MouseButtonRelease, self._start)
            self._pressed = False
            self.view.scene().clearSelection()
        a, b = points[:2]
        distance = math.dist((a.x(), a.y()), (b.x(), b.y()))
        if self._pinch_distance and distance > 0:
            self.view.zoom_by(distance / self._pinch_distance)
        self._pinch_distance = distance
