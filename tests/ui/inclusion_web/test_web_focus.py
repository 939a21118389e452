"""Keyboard focus on the web: the member Tab reaches shows a focus ring; the others do not."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from web_ui_helpers import drag, finish, item_point, make_tab, viewport_point

from resokit_desktop.domain.web.model import EntryKind, Position
from resokit_desktop.ui.widgets.focus_ring import FOCUS_COLOR


def _focus_pixels(tab, entry_id: int) -> int:
    view = tab.editor.view
    image = view.viewport().grab().toImage()
    centre = item_point(tab, entry_id)
    scale = view.transform().m11()
    reach = round(40 * scale) + 4
    box = QRect(centre.x() - reach, centre.y() - reach, 2 * reach, 2 * reach)
    count = 0
    for x in range(max(0, box.left()), min(image.width(), box.right())):
        for y in range(max(0, box.top()), min(image.height(), box.bottom())):
            colour = image.pixelColor(x, y)
            if (abs(colour.red() - FOCUS_COLOR.red()) < 40
                    and abs(colour.green() - FOCUS_COLOR.green()) < 40
                    and abs(colour.blue() - FOCUS_COLOR.blue()) < 40):
                count += 1
    return count


def test_tab_gives_a_member_the_focus_and_it_shows(qtbot, db_path):
    tab, dossier, _client_id = make_tab(qtbot, db_path)
    view = tab.editor.view
    for position in (Position("family", 2), Position("services", 2)):  # far apart
        drag(view.viewport(), view.palette_slot_center(EntryKind.PERSON).toPoint(),
             viewport_point(tab, position))
    view.setFocus()
    first, second = sorted(tab.editor.scene.member_items)
    tab.editor.scene.clearSelection()
    before = {i: _focus_pixels(tab, i) for i in (first, second)}
    QTest.keyClick(view, Qt.Key.Key_Tab)
    focused = next(i for i, item in tab.editor.scene.member_items.items() if item.hasFocus())
    other = second if focused == first else first
    assert _focus_pixels(tab, focused) > before[focused] + 60
    assert _focus_pixels(tab, other) <= before[other]
    finish(tab, dossier)
