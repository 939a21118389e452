"""The interface text size: larger or smaller for reading beside a client, remembered per user."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

SETTINGS_KEY = "ui/text_point_size"
DEFAULT_POINT_SIZE = 11
SMALLEST, LARGEST = 9, 20


def current_size() -> int:
    return QApplication.font().pointSize()


def apply_size(point_size: int) -> int:
    """Set the application font size (clamped); returns the size used and remembers it."""
    point_size = max(SMALLEST, min(LARGEST, point_size))
    font = QApplication.font()
    font.setPointSize(point_size)
    QApplication.setFont(font)
    _repolish_style_sheets()
    QSettings().setValue(SETTINGS_KEY, point_size)
    return point_size


def _repolish_style_sheets() -> None:
    """A widget with a style sheet keeps the font it had when polished: polish it again.

    Without this, field messages and other style-sheeted labels stay small after Ctrl++.
    Parents first, so a child is polished against its parent's new font.
    """
    def depth(widget) -> int:
        level = 0
        while (widget := widget.parentWidget()) is not None:
            level += 1
        return level

    styled = [w for w in QApplication.allWidgets() if w.styleSheet()]
    for widget in sorted(styled, key=depth):
        widget.setStyleSheet(widget.styleSheet())


def restore_size() -> None:
    stored = QSettings().value(SETTINGS_KEY)
    try:
        size = int(stored) if stored is not None else None
    except (TypeError, ValueError):
        size = None
    if size is not None and size != current_size():
        apply_size(size)


def step(delta: int) -> int:
    return apply_size(current_size() + delta)


def reset() -> int:
    return apply_size(DEFAULT_POINT_SIZE)
