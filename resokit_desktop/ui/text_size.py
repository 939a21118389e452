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
    QSettings().setValue(SETTINGS_KEY, point_size)
    return point_size


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
