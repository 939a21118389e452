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


class _FocusedWheel:
    """Mixed in before a Qt field class: StrongFocus, and the wheel only while focused."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt's name)
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # the parent (a scroll area) scrolls instead


class ComboBox(_FocusedWheel, QComboBox):
    """A QComboBox that changes on the wheel only while it has focus."""


class SpinBox(_FocusedWheel, QSpinBox):
    """A QSpinBox that changes on the wheel only while it has focus."""


class DoubleSpinBox(_FocusedWheel, QDoubleSpinBox):
    """A QDoubleSpinBox that changes on the wheel only while it has focus."""


class DateEdit(_FocusedWheel, QDateEdit):
    """A QDateEdit that changes on the wheel only while it has focus."""


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
        field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        field.installEventFilter(_GUARD)
