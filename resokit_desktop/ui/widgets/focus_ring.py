"""A clearly visible focus ring around whichever control has the keyboard focus, in every window."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QApplication, QFocusFrame, QMenu, QWidget

# A strong blue (contrast 5.9:1 on white, 3.4:1 on the light grey of panels) that no state of a
# control uses, so the ring is never mistaken for a selection or a warning.
FOCUS_COLOR = QColor("#005FCC")
FOCUS_WIDTH = 2  # the style's focus-frame margin: the ring fills it, just outside the control


class FocusRing(QFocusFrame):
    """Qt's focus frame (it follows the control as it moves or resizes), painted as a solid ring.

    The frame sits just outside the control, so the ring never covers its text.
    """

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(FOCUS_COLOR, FOCUS_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        half = FOCUS_WIDTH / 2
        painter.drawRoundedRect(self.rect().toRectF().adjusted(half, half, -half, -half), 2, 2)


class FocusRingTracker(QObject):
    """Moves one FocusRing to the focus widget of the application, window after window."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._ring: FocusRing | None = None
        app.focusChanged.connect(self._focus_changed)

    def remove(self) -> None:
        """Stop following the focus and drop the ring (tests use it to leave the app as found)."""
        QApplication.instance().focusChanged.disconnect(self._focus_changed)
        ring = self.ring()
        if ring is not None:
            ring.setWidget(None)
            ring.deleteLater()
        self._ring = None
        self.setParent(None)
        self.deleteLater()

    def ring(self) -> FocusRing | None:
        if self._ring is not None and not shiboken6.isValid(self._ring):
            self._ring = None  # it went with the window it was in
        return self._ring

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        ring = self.ring()
        if new is None or new.isWindow() or isinstance(new, QMenu):
            if ring is not None:
                ring.setWidget(None)
            return
        if ring is None:
            # Parentless at first: QFocusFrame puts itself next to the control it follows.
            ring = self._ring = FocusRing()
            ring.setObjectName("focus_ring")
        ring.setWidget(new)
        ring.show()
        ring.update()


def install_focus_ring(app: QApplication) -> FocusRingTracker:
    """Show the focus ring in every window of ``app`` (once; later calls return the same one)."""
    existing = app.findChild(FocusRingTracker)
    return existing if existing is not None else FocusRingTracker(app)
