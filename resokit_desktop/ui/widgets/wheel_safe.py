"""Choice and number fields that ignore the mouse wheel unless the user has put focus on them.

Scrolling a panel with the wheel must scroll the panel: a combo box or spin box that happens to
pass under the pointer would otherwise change the data silently ("Contact" from — to
Maandelijks). Such a field takes focus by click or Tab only (``StrongFocus``, not
``WheelFocus``), and hands an unfocused wheel on to its parent, so the scroll area scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QSpinBox,
    QWidget,
)


def _prepare(widget: QWidget) -> None:
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


class ComboBox(QComboBox):
    """A QComboBox that changes on the wheel only while it has focus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _prepare(self)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # the parent (a scroll area) scrolls instead


class SpinBox(QSpinBox):
    """A QSpinBox that changes on the wheel only while it has focus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _prepare(self)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class DoubleSpinBox(QDoubleSpinBox):
    """A QDoubleSpinBox that changes on the wheel only while it has focus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _prepare(self)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class DateEdit(QDateEdit):
    """A QDateEdit that changes on the wheel only while it has focus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _prepare(self)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class _WheelGuard(QObject):
    """Event filter for fields Qt builds itself (e.g. the print preview's zoom box)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) \
                and not watched.hasFocus():
            event.ignore()
            return True  # not handled here: an ignored wheel goes on to the parent
        return False


_GUARD: _WheelGuard | None = None


def guard_wheel_in(root: QWidget) -> None:
    """Give every combo and spin box already inside ``root`` the same wheel rule."""
    global _GUARD
    if _GUARD is None:
        _GUARD = _WheelGuard()
    for field in root.findChildren(QComboBox) + root.findChildren(QAbstractSpinBox):
        if isinstance(field, (ComboBox, SpinBox, DoubleSpinBox, DateEdit)):
            continue
        _prepare(field)
        field.installEventFilter(_GUARD)
