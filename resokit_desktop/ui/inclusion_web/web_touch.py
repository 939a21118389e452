"""Touch on the web: the canvas kit's touch input, with a long press reported as a member id."""

from __future__ import annotations

from PySide6.QtCore import Signal

from resokit_desktop.ui.canvas.touch import TouchInput


class TouchGestures(TouchInput):
    """One finger drags, two fingers pinch to zoom, a long press on a member selects it."""

    #: A finger rested on a member: show its panel (entry id).
    long_pressed = Signal(int)

    def __init__(self, view) -> None:
        super().__init__(view, pick=view.member_at)
        self.item_long_pressed.connect(lambda item: self.long_pressed.emit(item.entry_id))
