"""Show a presentation window full screen on the screen of the tab it came from."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def show_full_screen(window: QWidget, origin: QWidget) -> None:
    """Full screen on ``origin``'s screen; the geometry is set first, so the window covers the
    screen also where no window manager makes "full screen" happen."""
    screen = origin.screen()
    if screen is not None:
        window.setGeometry(screen.geometry())
    window.showFullScreen()
