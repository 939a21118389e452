"""A clearly visible focus ring around whichever control has the keyboard focus, in every window."""

from __future__ import annotations

import shiboken6
from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QPainter, QPaintEvent, QPen, QRegion
from PySide6.QtWidgets import (
    QApplication,
    QMenu,
    QTabBar,
    QWidget,
)

from resokit_desktop.rendering.focus_colour import FOCUS_COLOR

FOCUS_WIDTH = 2

# Where install_focus_ring keeps the app's tracker (QObject.findChild with a Python type costs
# several milliseconds the first time: PySide parses its signatures).
_TRACKER = "_resokit_focus_ring_tracker"


def _qt():
    """Qt's enum namespace, created on first use: it costs 20-30 ms, which the first window of
    the app does not pay (the ring starts after that window's first paint)."""
    return QtCore.Qt


class FocusRing(QWidget):
    """A ring just outside the control, above it; inside its edge where the parent has no room.

    It lives next to the control (same parent) and follows it as it moves, resizes or hides.
    """

    def __init__(self) -> None:
        super().__init__(None)
        self.setObjectName("focus_ring")
        qt = _qt()
        self.setAttribute(qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(qt.FocusPolicy.NoFocus)
        self._widget: QWidget | None = None

    def widget(self) -> QWidget | None:
        return self._widget

    def setWidget(self, widget: QWidget | None) -> None:  # noqa: N802 - Qt's QFocusFrame name
        old = self._widget
        if old is not None and shiboken6.isValid(old):
            old.removeEventFilter(self)
        self._widget = widget
        if widget is not None:
            widget.installEventFilter(self)
        self.follow()

    def follow(self) -> None:
        widget = self._widget
        if (widget is None or not shiboken6.isValid(widget) or not widget.isVisible()
                or widget.parentWidget() is None):
            self.hide()
            return
        parent = widget.parentWidget()
        if self.parentWidget() is not parent:
            self.setParent(parent)
        width = FOCUS_WIDTH
        self.setGeometry(widget.geometry().adjusted(-width, -width, width, width)
                         .intersected(parent.rect()))
        band = QRegion(self.rect()) - QRegion(self.rect().adjusted(width, width, -width, -width))
        self.setMask(band)
        self.raise_()
        self.show()
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._widget and event.type() in (
                QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide,
                QEvent.Type.ParentChange):
            self.follow()
        return False

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        _paint_ring(self)


def _paint_ring(widget: QWidget) -> None:
    painter = QPainter(widget)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(FOCUS_COLOR, FOCUS_WIDTH)
    pen.setJoinStyle(_qt().PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    half = FOCUS_WIDTH / 2
    painter.drawRoundedRect(widget.rect().toRectF().adjusted(half, half, -half, -half), 2, 2)


class TabFocusMark(QWidget):
    """The ring around the current tab while its tab bar has the keyboard focus."""

    def __init__(self, bar: QTabBar) -> None:
        super().__init__(bar)
        self.setObjectName("tab_focus_ring")
        self.setAttribute(_qt().WidgetAttribute.WA_TransparentForMouseEvents)
        self._bar = bar
        bar.currentChanged.connect(self.follow)
        bar.installEventFilter(self)

    def follow(self, *_args) -> None:
        bar = self._bar
        if not shiboken6.isValid(bar):  # the bar is being destroyed
            return
        if not bar.hasFocus() or bar.currentIndex() < 0:
            self.hide()
            return
        self.setGeometry(bar.tabRect(bar.currentIndex()))
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut, QEvent.Type.Resize,
                            QEvent.Type.LayoutRequest):
            self.follow()
        return False

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        _paint_ring(self)


class FocusRingTracker(QObject):
    """Moves one FocusRing to the focus widget of the application, window after window.

    ``after_first_paint``: follow the focus only once a window has painted, then start at the
    control that has the focus by then (the app's first window shows without the ring's cost).
    """

    def __init__(self, app: QApplication, after_first_paint: bool = False) -> None:
        super().__init__(app)
        self._ring: FocusRing | None = None
        self._following = not after_first_paint
        app.focusChanged.connect(self._focus_changed)
        if after_first_paint:
            app.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            QApplication.instance().removeEventFilter(self)
            QTimer.singleShot(0, self, self._start_following)  # not while a window paints
        return False

    def _start_following(self) -> None:
        if self._following:
            return
        self._following = True
        self._focus_changed(None, QApplication.focusWidget())

    def remove(self) -> None:
        """Stop following the focus and drop the ring (tests use it to leave the app as found)."""
        app = QApplication.instance()
        app.focusChanged.disconnect(self._focus_changed)
        app.removeEventFilter(self)
        if getattr(app, _TRACKER, None) is self:
            setattr(app, _TRACKER, None)
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
        if not self._following:
            return
        ring = self.ring()
        if isinstance(new, QTabBar):
            # A tab bar shows its focus on the current tab (TabFocusMark), not around the bar.
            if new.findChild(TabFocusMark) is None:
                TabFocusMark(new).follow()
            new = None
        if new is None or new.isWindow() or isinstance(new, QMenu):
            if ring is not None:
                ring.setWidget(None)
            return
        if ring is None:
            ring = self._ring = FocusRing()  # it puts itself next to the control it follows
        ring.setWidget(new)


def install_focus_ring(app: QApplication, after_first_paint: bool = False) -> FocusRingTracker:
    """Show the focus ring in every window of ``app`` (once; later calls return the same one).

    ``after_first_paint``: from the first window's first paint on (the app's start-up)."""
    existing = getattr(app, _TRACKER, None)
    if existing is not None and shiboken6.isValid(existing):
        return existing
    tracker = FocusRingTracker(app, after_first_paint)
    setattr(app, _TRACKER, tracker)
    return tracker
