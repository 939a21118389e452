"""Fewer actions: add where double-clicked, one key for the kind, Enter back to the web."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from web_ui_helpers import finish, make_tab, stored, viewport_point, wait_saved

from resokit_desktop.domain.web.model import EntryKind, Function, Position


def test_double_click_name_enter_and_one_key_for_the_kind(qtbot, db_path):
    tab, dossier, client_id = make_tab(qtbot, db_path)
    view = tab.editor.view
    actions = 0
    # 1. A double-click in Buurt, outer ring: the member lands there, the name field has focus.
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      viewport_point(tab, Position("neighbourhood", 3, 0.5, 0.5)))
    actions += 1
    name = tab.member_panel.name_edit
    qtbot.waitUntil(name.hasFocus)
    QTest.keyClicks(name, "Bakker")  # typing a name: one action
    QTest.keyClick(name, Qt.Key.Key_Return)
    actions += 2
    qtbot.waitUntil(view.hasFocus)  # Enter handed the keyboard back to the web
    # 2. One key makes it a place.
    QTest.keyClick(view, Qt.Key.Key_2)
    actions += 1
    wait_saved(qtbot, tab)
    version, registry, _ = stored(db_path, client_id)
    (member,) = version.members.values()
    assert (member.position.domain, member.position.ring) == ("neighbourhood", 3)
    assert member.name == "Bakker" and member.kind == EntryKind.PLACE
    assert registry[member.entry_id].kind == EntryKind.PLACE
    assert actions == 4
    # 3. Insert adds the next one in the same sector and ring, beside it, not on it.
    QTest.keyClick(view, Qt.Key.Key_Insert)
    qtbot.waitUntil(name.hasFocus)
    QTest.keyClicks(name, "Kapper")
    QTest.keyClick(name, Qt.Key.Key_Return)
    qtbot.waitUntil(view.hasFocus)
    QTest.keyClick(view, Qt.Key.Key_3)
    QTest.keyClick(view, Qt.Key.Key_G)  # badge letter: Gezelschap (companionship)
    wait_saved(qtbot, tab)
    version, _, _ = stored(db_path, client_id)
    second = next(m for m in version.members.values() if m.name == "Kapper")
    assert (second.position.domain, second.position.ring) == ("neighbourhood", 3)
    assert second.kind == EntryKind.GROUP
    assert second.tie.functions == {Function.COMPANIONSHIP}
    items = tab.editor.scene.member_items
    assert not items[member.entry_id].sceneBoundingRect().intersects(
        items[second.entry_id].sceneBoundingRect())
    finish(tab, dossier)
