"""Presentation mode of the buurtkaart: the map alone, full screen, in large type, to turn
towards the client. No menus, no client list, no pin panel (its barriers and companions are the
worker's notes): a second view on the same scene, so a drag is the same undoable edit. Esc leaves.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from resokit_desktop.translation import translator
from resokit_desktop.ui.buurtkaart.map_view import MapView
from resokit_desktop.ui.canvas.touch import TouchInput

TEXT_FACTOR = 1.5  # pins and names half as large again as at the desk

_t = translator("MapPresentation")


class MapPresentationWindow(QWidget):
    """A frameless full-screen window with the map; built by the tab, closed by Esc or F11."""

    closed = Signal()

    def __init__(self, editor) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("map_presentation")
        self.setWindowTitle(_t("Buurtkaart"))  # never a client's name
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editor = editor
        self.view = MapView(editor.scene, self)
        self.view.setAccessibleName(_t("Buurtkaart, presentatie"))
        for signal, slot in ((self.view.points_dragged, editor.move_dragged),
                             (self.view.nudge_requested, editor.nudge),
                             (self.view.status_requested, editor.set_status)):
            signal.connect(slot)
        self.touch = TouchInput(self.view)
        self.hint = QLabel(_t("Esc: terug   ·   + / −: groter, kleiner   ·   slepen: verplaatsen"))
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setAccessibleName(_t("Sneltoetsen"))
        font = self.hint.font()
        font.setPointSizeF(font.pointSizeF() * TEXT_FACTOR)
        self.hint.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        self._scale_items(TEXT_FACTOR)

    def _scale_items(self, factor: float) -> None:
        """Large type: every pin, the home marker and their names grow (and shrink back)."""
        scene = self.editor.scene
        items = [*scene.pin_items.values(), *([scene.home_item] if scene.home_item else [])]
        for item in items:
            item.prepareGeometryChange()
            item.radius *= factor
            item.update()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.view.fit_to_window()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F11):
            self.close()
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802
        self._scale_items(1 / TEXT_FACTOR)
        super().closeEvent(event)
        self.closed.emit()
