"""CanvasView: a QGraphicsView that hands mouse and key gestures to interaction objects and
zooms, pans and fits."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QWidget

from resokit_desktop.ui.canvas.interactions import Interaction

#: Drag-and-drop format of a client's registry entry (its id as text): lists → canvases.
ENTRY_MIME = "application/x-resokit-registry-entry"


class CanvasView(QGraphicsView):
    """Offers each press to ``interactions`` in order; the first that starts owns the gesture."""

    MIN_ZOOM = 0.2
    MAX_ZOOM = 6.0
    #: A canvas that takes registry entries dropped from a list sets this and ``drop_entry``.
    takes_entries = False

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.interactions: list[Interaction] = []
        self.active: Interaction | None = None
        self.auto_fit = True
        self.space_held = False
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    # Registry entries dropped from a list (ui/canvas/entry_list.py) -------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if self.takes_entries and event.mimeData().hasFormat(ENTRY_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if self.takes_entries and event.mimeData().hasFormat(ENTRY_MIME):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        data = event.mimeData()
        if not self.takes_entries or not data.hasFormat(ENTRY_MIME):
            return
        try:
            entry_id = int(bytes(data.data(ENTRY_MIME)).decode())
        except ValueError:
            return
        if self.drop_entry(entry_id, self.mapToScene(event.position().toPoint())):
            event.acceptProposedAction()

    def drop_entry(self, entry_id: int, scene_point: QPointF) -> bool:
        """Place the dropped entry at ``scene_point``; False when nothing can go there."""
        return False

    def add_interaction(self, interaction: Interaction) -> Interaction:
        self.interactions.append(interaction)
        return interaction

    # Zoom, pan, fit ----------------------------------------------------------------------------
    def fit_rect(self) -> QRectF:
        """What "fit" shows as large as the view allows (subclasses narrow it)."""
        return self.sceneRect()

    def fit_to_window(self) -> None:
        self.auto_fit = True
        self.fit_view()

    def fit_view(self) -> None:
        """Show ``fit_rect`` as large as the view allows (subclasses may keep a corner free)."""
        self.fitInView(self.fit_rect(), Qt.AspectRatioMode.KeepAspectRatio)

    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        current = self.zoom()
        factor = max(self.MIN_ZOOM / current, min(self.MAX_ZOOM / current, factor))
        self.auto_fit = False
        self.scale(factor, factor)

    def pan_by(self, dx: float, dy: float) -> None:
        self.auto_fit = False
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + round(dx))
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + round(dy))

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(1.15 ** steps)
        event.accept()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.auto_fit:
            self.fit_view()

    # Gesture dispatch --------------------------------------------------------------------------
    def default_mouse_release(self, event: QMouseEvent) -> None:
        """The plain QGraphicsView release (an interaction may want it to run first)."""
        super().mouseReleaseEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self.active is None:
            self.active = next((i for i in self.interactions if i.starts(event)), None)
        if self.active is not None and self.active.press(event):
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self.active is not None and self.active.move(event):
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        active, self.active = self.active, None
        if active is not None and active.release(event):
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def cancel_gesture(self) -> bool:
        """Esc: the running gesture stops and changes nothing."""
        active, self.active = self.active, None
        if active is None:
            return False
        active.cancel()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key == Qt.Key.Key_Escape and self.cancel_gesture():
            event.accept()
            return
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.space_held = True
        for interaction in self.interactions:
            if interaction.key_press(event):
                event.accept()
                return
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1.2)
            return
        if key == Qt.Key.Key_Minus:
            self.zoom_by(1 / 1.2)
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.space_held = False
        super().keyReleaseEvent(event)
