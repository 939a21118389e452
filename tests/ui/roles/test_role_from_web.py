"""A web member as the start of a role: "Rol starten met …" opens the Rollen tab with a new plan."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu
from roles_helpers import close_window, open_window, seed_client, show_tab, stored_plans

from resokit_desktop.domain.web.model import EntryKind, Member, Position
from resokit_desktop.services import web_service
from resokit_desktop.storage.connection import open_database


def _web_with(db_path, client_id, members):
    db = open_database(db_path)
    try:
        version = web_service.new_version(db, client_id, "2026-01-10")
        ids = {}
        for name, kind, domain in members:
            entry = web_service.add_entry(db, client_id, kind, name)
            version.members[entry.id] = Member(entry.id, name, kind, Position(domain, 2))
            ids[name] = entry.id
        web_service.save_version(db, version)
    finally:
        db.conn.close()
    return ids


def _start_role_on(qtbot, main, entry_id):
    web = show_tab(qtbot, main, "inclusion_web")
    view = web.editor.view
    item = web.editor.scene.member_items[entry_id]
    point = view.mapFromScene(item.scenePos())
    viewport = view.viewport()
    QTest.mouseClick(viewport, Qt.MouseButton.RightButton, pos=point)
    # QTest's mouse events skip the window, which is where Qt makes the context-menu event of a
    # right click: send that event as the window would.
    QApplication.sendEvent(viewport, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point,
                                                       viewport.mapToGlobal(point)))
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    (action,) = menu.actions()
    text = action.text()
    QTest.keyClick(menu, Qt.Key.Key_Down)
    QTest.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: main.tabs.currentWidget().property("tab_key") == "roles")
    return text, main.tabs.currentWidget()


def test_a_web_member_starts_a_plan_with_that_person_as_key_person(qtbot, db_path):
    client_id = seed_client(db_path)
    ids = _web_with(db_path, client_id, [("Rita", EntryKind.PERSON, "family"),
                                         ("Breicafe", EntryKind.PLACE, "leisure")])
    main, dossier = open_window(qtbot, db_path, client_id)
    text, tab = _start_role_on(qtbot, main, ids["Rita"])
    assert text == "Rol starten met Rita…"
    assert tab.form.key_field.text() == "Rita"
    assert tab.form.key_combo.currentText() == "Rita"
    assert tab.form.title_field.hasFocus()
    QTest.keyClicks(tab.form.title_field, "Vaste gast van het breicafe")  # types over the title
    tab.save_now()
    # A place on the web becomes the plan's place.
    _text, tab = _start_role_on(qtbot, main, ids["Breicafe"])
    assert tab.form.place_field.text() == "Breicafe"
    tab.save_now()
    close_window(main, dossier)

    plans = {p.title: p for p in stored_plans(db_path, client_id)}
    rita = plans["Vaste gast van het breicafe"]
    assert (rita.key_person, rita.key_person_contact_id) == ("Rita", ids["Rita"])
    place = plans["Rol met Breicafe"]
    assert (place.place, place.place_contact_id) == ("Breicafe", ids["Breicafe"])
    main, dossier = open_window(qtbot, db_path, client_id)
    tab = show_tab(qtbot, main, "roles")
    assert tab.plan_list.count() == 2
    close_window(main, dossier)


def test_a_contact_added_on_the_web_can_be_picked_as_key_person_right_after(qtbot, db_path):
    client_id = seed_client(db_path)
    _web_with(db_path, client_id, [("Rita", EntryKind.PERSON, "family")])
    main, dossier = open_window(qtbot, db_path, client_id)
    tab = show_tab(qtbot, main, "roles")
    QTest.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    show_tab(qtbot, main, "inclusion_web")
    entry = web_service.add_entry(dossier.db, client_id, EntryKind.PERSON, "Jamal")
    assert entry.id
    tab = show_tab(qtbot, main, "roles")
    combo = tab.form.key_combo
    names = [combo.itemText(i) for i in range(combo.count())]
    assert "Jamal" in names and "Rita" in names
    combo.setFocus()
    QTest.keyClicks(combo, "Jam")
    assert tab.form.key_field.text() == "Jamal"
    tab.save_now()
    close_window(main, dossier)
    (plan,) = stored_plans(db_path, client_id)
    assert (plan.key_person, plan.key_person_contact_id) == ("Jamal", entry.id)


def test_the_menu_key_on_a_selected_member_offers_the_same_start(qtbot, db_path):
    client_id = seed_client(db_path)
    ids = _web_with(db_path, client_id, [("Rita", EntryKind.PERSON, "family")])
    main, dossier = open_window(qtbot, db_path, client_id)
    web = show_tab(qtbot, main, "inclusion_web")
    view = web.editor.view
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Tab)  # Tab selects the members in turn
    assert web.editor.scene.selected_member_ids() == [ids["Rita"]]
    # The menu key: Qt sends the focused view a keyboard context-menu event at its middle.
    middle = view.rect().center()
    QApplication.sendEvent(view, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, middle,
                                                   view.mapToGlobal(middle)))
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert [a.text() for a in menu.actions()] == ["Rol starten met Rita…"]
    QTest.keyClick(menu, Qt.Key.Key_Down)
    QTest.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: main.tabs.currentWidget().property("tab_key") == "roles")
    close_window(main, dossier)
    (plan,) = stored_plans(db_path, client_id)
    assert plan.key_person_contact_id == ids["Rita"]
