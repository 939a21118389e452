"""Presentation mode: the web alone, full screen, in large type, to turn towards the client.

No menus, no client list, no session notes: only the web (a second view on the same scene, so
every change is the same undoable edit) and, on a long press, the member's panel. Esc leaves.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from resokit_desktop.rendering import web_style as style
from resokit_desktop.translation import translator
from resokit_desktop.ui.inclusion_web.web_touch import TouchGestures
from resokit_desktop.ui.inclusion_web.web_view import WebView

TEXT_FACTOR = 1.5  # names half as large again as at the desk
TOUCH_TARGET_MM = 9.0


_t = translator("Presentation")


class PresentationWindow(QWidget):
    """A frameless full-screen window with the web; built by the web tab, closed by Esc."""

    closed = Signal()

    def __init__(self, editor, member_panel_factory, high_contrast: bool = False) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setWindowTitle(_t("Inclusieweb"))  # never a client's name
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editor = editor
        self.view = WebView(editor.scene, self)
        self.view.palette_overlay.hide()
        self.view.presentation_factor = TEXT_FACTOR
        self.view.setAccessibleName(_t("Inclusieweb, presentatie"))
        for signal, slot in ((self.view.tie_requested, editor.add_tie),
                             (self.view.nudge_requested, editor.nudge),
                             (self.view.kind_requested, editor.set_kind),
                             (self.view.function_toggled, editor.toggle_function),
                             (self.view.new_member_requested, editor.add_new_member),
                             (self.view.members_dragged, editor.move_dragged)):
            signal.connect(slot)
        self.touch = TouchGestures(self.view)
        self.touch.long_pressed.connect(self.show_member_panel)
        self._panel_factory = member_panel_factory
        self.member_panel = None
        self.hint = QLabel(_t("Esc: terug   ·   C: hoog contrast   ·   + / −: groter, kleiner   "
                              "·   lang drukken: gegevens"))
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setAccessibleName(_t("Sneltoetsen"))
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(self.view, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.row, 1)
        layout.addWidget(self.hint)
        editor.scene.set_bounded_labels(False)
        self._was_contrast = style.high_contrast()
        self.set_high_contrast(high_contrast)
        self._sync_touch_targets()

    def set_high_contrast(self, on: bool) -> None:
        style.set_high_contrast(on)
        self.hint.setStyleSheet("color: #000000; font-weight: bold;" if on else "")
        self._repaint_scene()

    def _repaint_scene(self) -> None:
        self.editor.scene.restyle()

    def _sync_touch_targets(self) -> None:
        """Every member can be hit with a fingertip: at least 9 mm across on this screen."""
        scale = self.view.transform().m11() or 1.0
        millimetre = self.logicalDpiX() / 25.4
        self.editor.scene.set_min_hit_radius(TOUCH_TARGET_MM / 2 * millimetre / scale)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._sync_touch_targets()

    def show_member_panel(self, entry_id: int) -> None:
        if self.member_panel is None:
            self.member_panel = self._panel_factory(self)
            self.member_panel.setMinimumWidth(360)
            self.row.addWidget(self.member_panel)
        self.editor.select_only(entry_id)
        self.member_panel.show()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key == Qt.Key.Key_Escape:
            if self.member_panel is not None and self.member_panel.isVisible():
                self.member_panel.hide()
                self.view.setFocus()
            else:
                self.close()
            event.accept()
            return
        if key == Qt.Key.Key_C and not event.modifiers():
            self.set_high_contrast(not style.high_contrast())
            event.accept()
            return
        if key == Qt.Key.Key_F11:
            self.close()
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802
        style.set_high_contrast(self._was_contrast)
        self.editor.scene.set_min_hit_radius(0.0)
        self.editor.scene.set_bounded_labels(True)
        self.view.presentation_factor = 1.0
        self._repaint_scene()
        super().closeEvent(event)
        self.closed.emit()
