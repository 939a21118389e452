"""The fitted web's placement round the palette: moved when there is room, else just smaller."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSizeF

from resokit_desktop.ui.inclusion_web.palette_room import _on_view, placement_clear_of

CONTENT = QRectF(-100, -100, 200, 200)
CORNER = QRectF(10, 10, 60, 120)  # the palette with its gap, in viewport pixels
NAME = QRectF(-100, -60, 40, 10)  # a name at the content's left edge, under the palette


def test_nothing_under_the_palette_keeps_the_plain_fit():
    plain = placement_clear_of(QSizeF(600, 400), CONTENT, [], None)
    placed = placement_clear_of(QSizeF(600, 400), CONTENT, [QRectF(0, 0, 10, 10)], CORNER)
    assert placed == plain


def test_spare_width_moves_the_web_right_at_the_same_size():
    plain = placement_clear_of(QSizeF(400, 300), CONTENT, [], None)
    assert _on_view(NAME, CONTENT, plain).intersects(CORNER)  # the defect this guards against
    placed = placement_clear_of(QSizeF(400, 300), CONTENT, [NAME], CORNER)
    assert placed.scale == plain.scale
    assert not _on_view(NAME, CONTENT, placed).intersects(CORNER)
    assert placed.left + CONTENT.width() * placed.scale <= 400


def test_a_square_view_makes_the_web_a_little_smaller_and_clear():
    plain = placement_clear_of(QSizeF(300, 300), CONTENT, [], None)
    placed = placement_clear_of(QSizeF(300, 300), CONTENT, [NAME], CORNER)
    assert not _on_view(NAME, CONTENT, placed).intersects(CORNER)
    assert 0.75 * plain.scale < placed.scale < plain.scale
    right = placed.left + CONTENT.width() * placed.scale
    bottom = placed.top + CONTENT.height() * placed.scale
    assert right <= 300 and bottom <= 300
