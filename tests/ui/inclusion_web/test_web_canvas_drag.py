"""Real mouse drags on the web: palette drop, move, tie, undo and redo, checked in the file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from web_ui_helpers import (
    drag,
    finish,
    item_point,
    make_tab,
    stored,
    viewport_point,
    wait_saved,
)

from resokit_desktop.domain.web.model import EntryKind, Position


def _only_new(version, before: set[int]) -> int:
    (new_id,) = set(version.members) - before
    return new_id


def test_drop_move_tie_undo_redo_reach_the_store(qtbot, db_path):
    tab, dossier, client_id = make_tab(qtbot, db_path)
    view = tab.editor.view
    viewport = view.viewport()

    # 1. Drop a new person from the palette into Familie, inner ring.
    drag(viewport, view.palette_slot_center(EntryKind.PERSON).toPoint(),
         viewport_point(tab, Position("family", 1, 0.5, 0.5)))
    wait_saved(qtbot, tab)
    version, registry, _ = stored(db_path, client_id)
    first = _only_new(version, set())
    assert (version.members[first].position.domain, version.members[first].position.ring) == (
        "family", 1)
    assert version.members[first].kind == EntryKind.PERSON
    assert registry[first].name == "Nieuwe persoon"

    # 2. Drag it to Vrienden, outer ring: domain and ring follow where it lands.
    drag(viewport, item_point(tab, first), viewport_point(tab, Position("friends", 3, 0.3, 0.6)))
    wait_saved(qtbot, tab)
    version, _, _ = stored(db_path, client_id)
    moved = version.members[first].position
    assert (moved.domain, moved.ring) == ("friends", 3)
    assert abs(moved.angle - 0.3) < 0.05 and abs(moved.radius - 0.6) < 0.1

    # 3. A place dropped into Buurt, middle ring; then a tie drawn with Shift held.
    drag(viewport, view.palette_slot_center(EntryKind.PLACE).toPoint(),
         viewport_point(tab, Position("neighbourhood", 2, 0.5, 0.5)))
    wait_saved(qtbot, tab)
    version, _, _ = stored(db_path, client_id)
    second = _only_new(version, {first})
    assert version.members[second].kind == EntryKind.PLACE
    assert version.members[second].position.domain == "neighbourhood"
    drag(viewport, item_point(tab, first), item_point(tab, second),
         modifier=Qt.KeyboardModifier.ShiftModifier)
    wait_saved(qtbot, tab)
    version, _, _ = stored(db_path, client_id)
    assert version.ties == {(min(first, second), max(first, second))}
    assert version.members[first].position.domain == "friends"  # drawing a tie moved nothing

    # 4. Undo, step by step: the tie, the place, the move.
    stack = tab.undo_stack()
    assert stack.count() == 4
    stack.undo()
    wait_saved(qtbot, tab)
    version, _, _ = stored(db_path, client_id)
    assert version.ties == set()
    stack.undo()
    wait_saved(qtbot, tab)
    version, registry, _ = stored(db_path, client_id)
    assert set(version.members) == {first}
    assert second in registry  # still in the registry: shown in the unplaced list
    assert [tab.unplaced.list.item(i).text() for i in range(tab.unplaced.list.count())] == [
        "Nieuwe plaats (plaats)"]
    stack.undo()
    wait_saved(qtbot, tab)
    version, _, _ = stored(db_path, client_id)
    assert (version.members[first].position.domain, version.members[first].position.ring) == (
        "family", 1)

    # 5. Redo everything back.
    for _ in range(3):
        stack.redo()
    wait_saved(qtbot, tab)
    version, _, _ = stored(db_path, client_id)
    assert set(version.members) == {first, second}
    assert version.members[first].position.domain == "friends"
    assert version.ties == {(min(first, second), max(first, second))}
    finish(tab, dossier)


def test_lines_follow_a_member_while_it_is_dragged(qtbot, db_path):
    tab, dossier, _client_id = make_tab(qtbot, db_path)
    viewport = tab.editor.view.viewport()
    for kind, position in ((EntryKind.PERSON, Position("family", 2)),
                           (EntryKind.PERSON, Position("friends", 2))):
        drag(viewport, tab.editor.view.palette_slot_center(kind).toPoint(),
             viewport_point(tab, position))
    a, b = sorted(tab.editor.document.version.members)
    drag(viewport, item_point(tab, a), item_point(tab, b),
         modifier=Qt.KeyboardModifier.ShiftModifier)
    line = tab.editor.scene.tie_items[(a, b)]
    start = item_point(tab, a)
    end = viewport_point(tab, Position("work", 3))
    from PySide6.QtTest import QTest

    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(viewport, (start + end) / 2)
    QTest.mouseMove(viewport, end)
    item = tab.editor.scene.member_items[a]
    # Mid-drag, before release: the line already ends near the member's new place.
    assert (line.line().p1() - item.pos()).manhattanLength() < 40
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    assert tab.editor.document.member(a).position.domain == "work"
    assert tab.undo_stack().count() == 4  # two drops, the tie, one step for the whole drag
    finish(tab, dossier)


def test_dropping_outside_the_web_adds_nothing(qtbot, db_path):
    tab, dossier, client_id = make_tab(qtbot, db_path)
    view = tab.editor.view
    corner = view.viewport().rect().bottomRight() - view.viewport().rect().topLeft()
    drag(view.viewport(), view.palette_slot_center(EntryKind.GROUP).toPoint(),
         corner - corner / 50)
    assert tab.undo_stack().count() == 0
    version, registry, _ = stored(db_path, client_id)
    assert version.members == {} and registry == {}
    finish(tab, dossier)
