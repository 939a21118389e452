"""The web's own gestures on top of the canvas kit: drop a new member from the palette, draw a
who-knows-whom tie from one member to another."""

from __future__ import annotations

from PySide6.QtCore import QLineF, Qt
from PySide6.QtGui import QMouseEvent, QPen
from PySide6.QtWidgets import QGraphicsLineItem

from resokit_desktop.rendering import web_style as style
from resokit_desktop.ui.canvas.interactions import Interaction


class PaletteDrop(Interaction):
    """Press on a palette shape, release over the web: the view asks for a new member there."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self._kind = None

    def starts(self, event: QMouseEvent) -> bool:
        return (event.button() == Qt.MouseButton.LeftButton
                and self.view.palette_kind(event.position()) is not None)

    def press(self, event: QMouseEvent) -> bool:
        self._kind = self.view.palette_kind(event.position())
        self.view.viewport().setCursor(Qt.CursorShape.DragCopyCursor)
        return True

    def move(self, event: QMouseEvent) -> bool:
        return True

    def release(self, event: QMouseEvent) -> bool:
        self.view.viewport().unsetCursor()
        scene = self.view.web_scene
        position = scene.position_at(self.view.mapToScene(event.position().toPoint()))
        if position is not None and self.view.palette_kind(event.position()) is None:
            self.view.new_member_requested.emit(str(self._kind), position)
        return True

    def cancel(self) -> None:
        self.view.viewport().unsetCursor()


class NewTieDrag(Interaction):
    """Shift+drag (or any drag in connect mode) from one member to another draws a tie."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self._start = None
        self._line: QGraphicsLineItem | None = None

    def starts(self, event: QMouseEvent) -> bool:
        wants_tie = self.view.connect_mode or bool(
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        return (event.button() == Qt.MouseButton.LeftButton and wants_tie
                and self.view.member_at(event.position()) is not None)

    def press(self, event: QMouseEvent) -> bool:
        self._start = self.view.member_at(event.position())
        self._line = QGraphicsLineItem(QLineF(self._start.pos(), self._start.pos()))
        self._line.setPen(QPen(style.SELECTION, 2, Qt.PenStyle.DashLine))
        self._line.setZValue(5)
        self.view.web_scene.addItem(self._line)
        return True

    def move(self, event: QMouseEvent) -> bool:
        if self._line is not None:
            self._line.setLine(QLineF(self._start.pos(),
                                      self.view.mapToScene(event.position().toPoint())))
        return True

    def release(self, event: QMouseEvent) -> bool:
        self.cancel()
        start, self._start = self._start, None
        target = self.view.member_at(event.position())
        if start is not None and target is not None and target is not start:
            self.view.tie_requested.emit(start.entry_id, target.entry_id)
        return True

    def cancel(self) -> None:
        if self._line is not None:
            self.view.web_scene.removeItem(self._line)
            self._line = None
