"""The buurtkaart with real clicks, drags and keys: a map image, home, the boundary, pins, undo;
all found again after closing and reopening the file."""

from __future__ import annotations

import pytest
from map_ui_helpers import (
    at,
    click,
    drag,
    finish,
    make_tab,
    open_tab,
    stored,
    street_map_png,
    wait_saved,
)
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from resokit_desktop.domain.buurtkaart import Feeling, PinStatus
from resokit_desktop.services import web_service
from resokit_desktop.services.dossier_file import DossierFile


def _mode(qtbot, tab, mode: str) -> None:
    qtbot.mouseClick(tab.mode_buttons[mode], Qt.MouseButton.LeftButton)
    assert tab.editor.view.mode == mode


def test_map_home_boundary_pins_drag_and_undo_are_found_after_reopening(qtbot, db_path,
                                                                        tmp_path):
    tab, dossier, client_id = make_tab(qtbot, db_path)
    assert tab.stack.currentIndex() == 1  # no buurtkaart yet: the start page
    qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    assert tab.stack.currentIndex() == 2
    assert tab.import_image_file(street_map_png(tmp_path / "plan.png"))
    assert (tab.editor.scene.map_rect.width(), tab.editor.scene.map_rect.height()) == (800, 600)

    # The boundary: four corners, closed by clicking the first one again.
    _mode(qtbot, tab, "boundary")
    corners = [(0.2, 0.2), (0.7, 0.2), (0.75, 0.7), (0.25, 0.75)]
    for corner in corners:
        click(tab, corner)
    click(tab, corners[0])
    boundary = tab.editor.document.version.boundary
    assert len(boundary) == 4
    assert boundary[1] == pytest.approx((0.7, 0.2), abs=0.01)

    # Home, then two places.
    _mode(qtbot, tab, "home")
    click(tab, (0.45, 0.5))
    assert tab.editor.document.version.home == pytest.approx((0.45, 0.5), abs=0.01)
    _mode(qtbot, tab, "place")
    click(tab, (0.3, 0.4))
    first = tab.editor.scene.selected_pin_ids()[0]
    tab.pin_panel.name_edit.selectAll()
    QTest.keyClicks(tab.pin_panel.name_edit, "Bibliotheek")
    QTest.keyClick(tab.pin_panel.name_edit, Qt.Key.Key_Return)
    tab.pin_panel.feeling_combo.setFocus()
    tab.pin_panel.feeling_combo.setCurrentIndex(
        tab.pin_panel.feeling_combo.findData(str(Feeling.SAFE)))
    tab.pin_panel.feeling_combo.activated.emit(tab.pin_panel.feeling_combo.currentIndex())
    click(tab, (0.6, 0.6))
    second = tab.editor.scene.selected_pin_ids()[0]
    tab.editor.view.setFocus()
    QTest.keyClick(tab.editor.view, Qt.Key.Key_4)  # avoids
    assert tab.editor.document.pin(second).status == PinStatus.AVOIDS

    # Drag the first pin (select mode), undo, redo.
    _mode(qtbot, tab, "select")
    drag(tab.editor.view.viewport(), at(tab, (0.3, 0.4)), at(tab, (0.5, 0.25)))
    assert tab.editor.document.pin(first).point == pytest.approx((0.5, 0.25), abs=0.01)
    tab.undo_stack().undo()
    assert tab.editor.document.pin(first).point == pytest.approx((0.3, 0.4), abs=0.01)
    assert tab.editor.scene.pin_items[first].pos() == tab.editor.scene.scene_point(
        tab.editor.document.pin(first).point)
    tab.undo_stack().redo()
    # Drag a boundary corner somewhere else: the boundary is editable.
    drag(tab.editor.view.viewport(), at(tab, (0.75, 0.7)), at(tab, (0.85, 0.8)))
    assert tab.editor.document.version.boundary[2] == pytest.approx((0.85, 0.8), abs=0.01)
    wait_saved(qtbot, tab)
    finish(tab, dossier)

    version, rows, images = stored(db_path, client_id)
    assert len(rows) == 1 and len(images) == 1 and version.image_id == images[0].id
    assert version.home == pytest.approx((0.45, 0.5), abs=0.01)
    assert [tuple(round(c, 2) for c in p) for p in version.boundary] == [
        (0.2, 0.2), (0.7, 0.2), (0.85, 0.8), (0.25, 0.75)]
    pins = version.pins
    assert pins[first].name == "Bibliotheek"
    assert pins[first].point == pytest.approx((0.5, 0.25), abs=0.01)
    assert pins[first].feeling == Feeling.SAFE
    assert pins[second].status == PinStatus.AVOIDS

    # Reopened in a new window: the same map, boundary, home and pins are drawn.
    dossier = DossierFile.open(db_path)
    tab = open_tab(qtbot, dossier, client_id)
    assert tab.stack.currentIndex() == 2
    assert tab.editor.scene.map_rect.width() == 800
    assert set(tab.editor.scene.pin_items) == {first, second}
    assert len(tab.editor.scene.vertex_items) == 4
    assert tab.editor.scene.home_item is not None
    finish(tab, dossier)


def test_a_boundary_of_two_points_is_not_saved_and_says_so(qtbot, db_path):
    tab, dossier, client_id = make_tab(qtbot, db_path)
    tab.new_version()
    _mode(qtbot, tab, "boundary")
    click(tab, (0.2, 0.2))
    click(tab, (0.6, 0.3))
    QTest.keyClick(tab.editor.view, Qt.Key.Key_Return)
    assert tab.editor.document.version.boundary == []
    assert "minstens drie" in tab.status_label.text()
    wait_saved(qtbot, tab)
    finish(tab, dossier)
    version, _, _ = stored(db_path, client_id)
    assert version.boundary == []


def test_places_are_one_registry_with_the_inclusieweb(qtbot, db_path):
    tab, dossier, client_id = make_tab(qtbot, db_path)
    web = web_service.new_version(dossier.db, client_id, "2026-03-01")
    tab.new_version()
    # A place pinned on the map shows in the web's list of unplaced entries.
    _mode(qtbot, tab, "place")
    click(tab, (0.4, 0.4))
    pinned = tab.editor.scene.selected_pin_ids()[0]
    assert pinned in [e.id for e in web_service.unplaced_entries(dossier.db, web)]
    # And a place added in the web's registry can be pinned from the map's list.
    park = web_service.add_entry(dossier.db, client_id, "place", "Park")
    tab.hide()
    tab.show()  # coming back to the tab reads the registry again
    assert tab.places.names() == ["Park"]
    tab.places.list.setCurrentRow(0)
    qtbot.mouseClick(tab.places.pin_button, Qt.MouseButton.LeftButton)
    assert tab.editor.document.has_pin(park.id)
    assert tab.places.names() == []
    wait_saved(qtbot, tab)
    finish(tab, dossier)
    version, _, _ = stored(db_path, client_id)
    assert set(version.pins) == {pinned, park.id}


def test_web_tab_lists_a_place_pinned_on_the_map(qtbot, db_path):
    from resokit_desktop.ui.inclusion_web.web_tab import InclusionWebTab

    tab, dossier, client_id = make_tab(qtbot, db_path)
    web_service.new_version(dossier.db, client_id, "2026-03-01")
    tab.new_version()
    _mode(qtbot, tab, "place")
    click(tab, (0.5, 0.5))
    tab.pin_panel.name_edit.selectAll()
    QTest.keyClicks(tab.pin_panel.name_edit, "Buurthuis")
    QTest.keyClick(tab.pin_panel.name_edit, Qt.Key.Key_Return)
    wait_saved(qtbot, tab)
    web_tab = InclusionWebTab(dossier)
    qtbot.addWidget(web_tab)
    web_tab.show()
    web_tab.set_client(client_id)
    qtbot.waitUntil(lambda: web_tab.unplaced.list.count() == 1)
    assert web_tab.unplaced.list.item(0).text().startswith("Buurthuis")
    web_tab.set_client(None)
    finish(tab, dossier)


def test_keyboard_adds_nudges_removes_and_undo_brings_back(qtbot, db_path):
    tab, dossier, client_id = make_tab(qtbot, db_path)
    tab.new_version()
    view = tab.editor.view
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Insert)
    pin_id = tab.editor.scene.selected_pin_ids()[0]
    start = tab.editor.document.pin(pin_id).point
    QTest.keyClick(view, Qt.Key.Key_Right)
    QTest.keyClick(view, Qt.Key.Key_Right)
    QTest.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    moved = tab.editor.document.pin(pin_id).point
    assert moved[0] == pytest.approx(start[0] + 0.01)
    assert moved[1] == pytest.approx(start[1] + 0.05)
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert not tab.editor.document.has_pin(pin_id)
    tab.undo_stack().undo()
    assert tab.editor.document.pin(pin_id).point == pytest.approx(moved)
    wait_saved(qtbot, tab)
    finish(tab, dossier)
    version, _, _ = stored(db_path, client_id)
    assert version.pins[pin_id].point == pytest.approx(moved)


def test_a_new_version_copies_the_pins_and_versions_list_by_date(qtbot, db_path):
    tab, dossier, client_id = make_tab(qtbot, db_path)
    tab.new_version()
    tab.editor.view.setFocus()
    QTest.keyClick(tab.editor.view, Qt.Key.Key_Insert)
    pin_id = tab.editor.scene.selected_pin_ids()[0]
    tab.today = lambda: __import__("datetime").date(2026, 4, 9)
    qtbot.mouseClick(tab.new_version_button, Qt.MouseButton.LeftButton)
    # Shown as Dutch writes dates; stored as ISO dates.
    assert [tab.version_combo.itemText(i) for i in range(tab.version_combo.count())] == [
        "02-03-2026", "09-04-2026"]
    assert tab.editor.document.has_pin(pin_id)
    finish(tab, dossier)
    version, rows, _ = stored(db_path, client_id)
    assert [r.version_date for r in rows] == ["2026-03-02", "2026-04-09"]
    assert [r.pin_count for r in rows] == [1, 1]
    assert version.version_date == "2026-04-09" and pin_id in version.pins


def test_boundary_corners_can_be_deleted_while_three_remain(qtbot, db_path):
    tab, dossier, client_id = make_tab(qtbot, db_path)
    tab.new_version()
    _mode(qtbot, tab, "boundary")
    corners = [(0.2, 0.2), (0.7, 0.2), (0.75, 0.7), (0.25, 0.75)]
    for corner in corners:
        click(tab, corner)
    QTest.keyClick(tab.editor.view, Qt.Key.Key_Return)
    assert len(tab.editor.document.version.boundary) == 4
    # Esc while drawing a new one: nothing changes.
    click(tab, (0.5, 0.5))
    QTest.keyClick(tab.editor.view, Qt.Key.Key_Escape)
    assert len(tab.editor.document.version.boundary) == 4
    _mode(qtbot, tab, "select")
    click(tab, (0.75, 0.7))  # a corner handle
    QTest.keyClick(tab.editor.view, Qt.Key.Key_Delete)
    assert len(tab.editor.document.version.boundary) == 3
    click(tab, (0.7, 0.2))
    QTest.keyClick(tab.editor.view, Qt.Key.Key_Delete)  # would leave two: refused
    assert len(tab.editor.document.version.boundary) == 3
    assert "minstens drie" in tab.status_label.text()
    tab.undo_stack().undo()
    assert len(tab.editor.document.version.boundary) == 4
    wait_saved(qtbot, tab)
    finish(tab, dossier)
    version, _, _ = stored(db_path, client_id)
    assert len(version.boundary) == 4


def test_a_place_dropped_from_the_list_is_pinned_where_it_lands(qtbot, db_path):
    from PySide6.QtCore import QByteArray, QMimeData, QPointF
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    from resokit_desktop.ui.canvas.view import ENTRY_MIME

    tab, dossier, client_id = make_tab(qtbot, db_path)
    tab.new_version()
    park = web_service.add_entry(dossier.db, client_id, "place", "Park")
    tab.hide()
    tab.show()
    assert tab.places.names() == ["Park"]
    data = QMimeData()
    data.setData(ENTRY_MIME, QByteArray(str(park.id).encode()))
    viewport = tab.editor.view.viewport()
    target = QPointF(at(tab, (0.6, 0.3)))
    copy = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(target.toPoint(), copy, data, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    drop = QDropEvent(target, copy, data, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, drop)
    assert tab.editor.document.pin(park.id).point == pytest.approx((0.6, 0.3), abs=0.01)
    assert tab.places.names() == []
    wait_saved(qtbot, tab)
    finish(tab, dossier)
