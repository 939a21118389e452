"""Editing the web by keyboard, double-click, rubber band, Del and the side panel; reopening it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from web_ui_helpers import (
    drag,
    finish,
    item_point,
    make_tab,
    stored,
    viewport_point,
    wait_saved,
)

from resokit_desktop.domain.web.model import EntryKind, Function, Position
from resokit_desktop.ui.inclusion_web.web_tab import InclusionWebTab


def _drop(tab, kind, position):
    view = tab.editor.view
    drag(view.viewport(), view.palette_slot_center(kind).toPoint(), viewport_point(tab, position))


def test_double_click_on_an_empty_spot_adds_a_person_there(qtbot, db_path):
    tab, dossier, client_id = make_tab(qtbot, db_path)
    viewport = tab.editor.view.viewport()
    QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      viewport_point(tab, Position("learning", 2)))
    wait_saved(qtbot, tab)
    version, _, _ = stored(db_path, client_id)
    (member,) = version.members.values()
    assert (member.kind, member.position.domain, member.position.ring) == (
        EntryKind.PERSON, "learning", 2)
    finish(tab, dossier)


def test_new_member_gets_its_name_typed_in_the_panel(qtbot, db_path):
    tab, dossier, client_id = make_tab(qtbot, db_path)
    _drop(tab, EntryKind.PERSON, Position("family", 1))
    panel = tab.member_panel
    assert panel.name_edit.hasFocus()
    QTest.keyClicks(panel.name_edit, "Oma J.")
    QTest.keyClick(panel.name_edit, Qt.Key.Key_Return)
    QTest.mouseClick(panel.function_checks[Function.EMOTIONAL], Qt.MouseButton.LeftButton)
    panel.paid_check.click()
    wait_saved(qtbot, tab)
    version, registry, _ = stored(db_path, client_id)
    (member,) = version.members.values()
    assert registry[member.entry_id].name == "Oma J."
    assert member.tie.functions == frozenset({Function.EMOTIONAL})
    assert member.tie.paid is True
    item = tab.editor.scene.member_items[member.entry_id]
    assert item.label == "Oma J."
    # Undo of the panel edits works like any other step.
    tab.undo_stack().undo()
    tab.undo_stack().undo()
    wait_saved(qtbot, tab)
    version, _, _ = stored(db_path, client_id)
    assert version.members[member.entry_id].tie.functions == frozenset()
    assert not panel.function_checks[Function.EMOTIONAL].isChecked()
    finish(tab, dossier)


def test_empty_name_is_refused_next_to_the_field(qtbot, db_path):
    tab, dossier, client_id = make_tab(qtbot, db_path)
    _drop(tab, EntryKind.GROUP, Position("leisure", 2))
    panel = tab.member_panel
    panel.name_edit.selectAll()
    QTest.keyClick(panel.name_edit, Qt.Key.Key_Delete)
    QTest.keyClick(panel.name_edit, Qt.Key.Key_Return)
    assert panel.name_error.isVisible()
    wait_saved(qtbot, tab)
    _, registry, _ = stored(db_path, client_id)
    assert [e.name for e in registry.values()] == ["Nieuwe groep"]
    finish(tab, dossier)


def test_keyboard_insert_and_arrows_move_between_domains_and_rings(qtbot, db_path):
    tab, dossier, client_id = make_tab(qtbot, db_path)
    view = tab.editor.view
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Insert)
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Right)
    QTest.keyClick(view, Qt.Key.Key_Up)
    wait_saved(qtbot, tab)
    version, _, _ = stored(db_path, client_id)
    (member,) = version.members.values()
    assert (member.position.domain, member.position.ring) == ("friends", 1)
    assert tab.undo_stack().count() == 2  # the insert, then one merged keyboard move
    finish(tab, dossier)


def test_rubber_band_selection_and_delete_are_one_undo_step(qtbot, db_path):
    tab, dossier, client_id = make_tab(qtbot, db_path)
    _drop(tab, EntryKind.PERSON, Position("family", 3, 0.3, 0.5))
    _drop(tab, EntryKind.PLACE, Position("family", 3, 0.7, 0.5))
    _drop(tab, EntryKind.PERSON, Position("services", 1))
    ids = sorted(tab.editor.document.version.members)
    drag(tab.editor.view.viewport(), item_point(tab, ids[0]), item_point(tab, ids[2]),
         modifier=Qt.KeyboardModifier.ShiftModifier)
    viewport = tab.editor.view.viewport()
    a, b = item_point(tab, ids[0]), item_point(tab, ids[1])
    top_left = QPoint(min(a.x(), b.x()) - 40, min(a.y(), b.y()) - 40)
    bottom_right = QPoint(max(a.x(), b.x()) + 40, max(a.y(), b.y()) + 40)
    drag(viewport, top_left, bottom_right)
    assert tab.editor.scene.selected_member_ids() == ids[:2]
    QTest.keyClick(tab.editor.view, Qt.Key.Key_Delete)
    wait_saved(qtbot, tab)
    version, _, _ = stored(db_path, client_id)
    assert set(version.members) == {ids[2]}
    assert version.ties == set()
    tab.undo_stack().undo()
    wait_saved(qtbot, tab)
    version, _, _ = stored(db_path, client_id)
    assert set(version.members) == set(ids)
    assert version.ties == {(ids[0], ids[2])}
    finish(tab, dossier)


def test_reopening_shows_the_web_exactly_as_left_at_another_size(qtbot, db_path):
    tab, dossier, client_id = make_tab(qtbot, db_path, size=(1300, 850))
    _drop(tab, EntryKind.PERSON, Position("faith", 2, 0.25, 0.75))
    entry_id = next(iter(tab.editor.document.version.members))
    saved_position = tab.editor.document.member(entry_id).position
    finish(tab, dossier)

    from resokit_desktop.services.dossier_file import DossierFile

    reopened = DossierFile.open(db_path)
    again = InclusionWebTab(reopened)
    qtbot.addWidget(again)
    again.resize(800, 600)
    again.show()
    qtbot.waitExposed(again)
    again.set_client(client_id)
    assert again.editor.document.member(entry_id).position == saved_position
    item = again.editor.scene.member_items[entry_id]
    assert item.pos() == again.editor.scene.scene_point(item.member)
    # Same place relative to the web, whatever the window size: the web fills the view.
    web = again.editor.view.mapFromScene(item.pos())
    centre = again.editor.view.mapFromScene(0, 0)
    assert (web - centre).manhattanLength() > 20
    finish(again, reopened)


def test_new_version_copies_the_latest_and_compare_keeps_the_clients_words(qtbot, db_path):
    tab, dossier, client_id = make_tab(qtbot, db_path)
    _drop(tab, EntryKind.PERSON, Position("family", 1))
    tab.flush()
    assert tab.new_version(date(2026, 3, 14)) is True
    _, _, count = stored(db_path, client_id)
    assert count == 2
    assert len(tab.editor.document.version.members) == 1
    assert tab.version_combo.count() == 2
    _drop(tab, EntryKind.PLACE, Position("neighbourhood", 2))
    tab.flush()
    from resokit_desktop.ui.inclusion_web.compare_dialog import CompareDialog

    dialog = CompareDialog(dossier.db, client_id, tab)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Nieuwe plaats" in dialog.changes_label.text()
    sizes = {dialog.table.item(r, 0).text(): dialog.table.item(r, 3).text()
             for r in range(dialog.table.rowCount())}
    assert sizes["Grootte van het netwerk"] == "+1"
    QTest.keyClicks(dialog.words_edit, "Ik ga weer naar de markt")
    dialog.accept()
    from resokit_desktop.services import web_service

    rows = web_service.list_versions(dossier.db, client_id)
    assert web_service.client_words(dossier.db, rows[0].id, rows[1].id) == (
        "Ik ga weer naar de markt")
    finish(tab, dossier)


def test_client_without_a_web_starts_one_with_the_chosen_domain_set(qtbot, db_path):
    tab, dossier, client_id = make_tab(qtbot, db_path, with_version=False)
    assert tab.stack.currentWidget() is tab.start_page
    tab.domain_set_combo.setCurrentIndex(tab.domain_set_combo.findText(
        "NDTi-inclusieweb (9 domeinen)"))
    QTest.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    version, _, count = stored(db_path, client_id)
    assert count == 1 and version.domain_set.key == "ndti"
    finish(tab, dossier)


def test_wheel_zooms_and_fit_brings_the_whole_web_back(qtbot, db_path):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    tab, dossier, _client_id = make_tab(qtbot, db_path)
    view = tab.editor.view
    before = view.transform().m11()
    centre = QPointF(view.viewport().rect().center())
    event = QWheelEvent(centre, view.viewport().mapToGlobal(centre), QPoint(0, 0), QPoint(0, 240),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), event)
    assert view.transform().m11() > before * 1.2
    QTest.mouseClick([b for b in tab.findChildren(type(tab.new_version_button))
                      if b.text() == "Passend maken"][0], Qt.MouseButton.LeftButton)
    assert abs(view.transform().m11() - before) < 1e-6
    finish(tab, dossier)


def test_a_rename_made_elsewhere_survives_web_edits_and_shows_on_return(qtbot, db_path):
    from resokit_desktop.storage import contacts_repo

    tab, dossier, client_id = make_tab(qtbot, db_path)
    _drop(tab, EntryKind.PERSON, Position("family", 2))
    tab.flush()
    entry_id = next(iter(tab.editor.document.version.members))
    entry = contacts_repo.get_contact(dossier.db, entry_id)
    entry.name = "Tante Mia"  # e.g. renamed from the talents or roles screen
    contacts_repo.update_contact(dossier.db, entry)
    tab.editor.view.setFocus()
    QTest.keyClick(tab.editor.view, Qt.Key.Key_Down)  # a web edit while the old name shows
    tab.flush()
    _, registry, _ = stored(db_path, client_id)
    assert registry[entry_id].name == "Tante Mia"
    tab.hide()
    tab.show()
    assert tab.editor.scene.member_items[entry_id].label == "Tante Mia"
    finish(tab, dossier)


def test_keyboard_only_tab_selects_members_and_the_register_places_one_back(qtbot, db_path):
    tab, dossier, client_id = make_tab(qtbot, db_path)
    _drop(tab, EntryKind.PERSON, Position("family", 2))
    _drop(tab, EntryKind.PLACE, Position("neighbourhood", 2))
    family, place = sorted(tab.editor.document.version.members)
    view = tab.editor.view
    tab.editor.scene.clearSelection()
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Tab)
    assert tab.editor.scene.selected_member_ids() == [family]
    QTest.keyClick(view, Qt.Key.Key_Tab)
    assert tab.editor.scene.selected_member_ids() == [place]
    QTest.keyClick(view, Qt.Key.Key_Delete)
    tab.flush()
    tab._refresh_side()
    register = tab.unplaced.list
    assert register.count() == 1 and register.item(0).text() == "Nieuwe plaats (plaats)"
    register.setCurrentRow(0)
    QTest.mouseClick(tab.unplaced.place_button, Qt.MouseButton.LeftButton)
    wait_saved(qtbot, tab)
    version, _, _ = stored(db_path, client_id)
    assert set(version.members) == {family, place}
    finish(tab, dossier)
