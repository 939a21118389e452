"""Presentation mode: F11 and Esc with real keys; touch drag, pinch and long press (real touch
events from a touch-screen device); fingertip-sized targets; high contrast."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputDevice
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenuBar
from web_ui_helpers import finish, make_tab, stored, wait_saved

from resokit_desktop.domain.client import Client
from resokit_desktop.domain.web.model import EntryKind, Member, Position, Strength, TieAttributes
from resokit_desktop.rendering import web_style as style
from resokit_desktop.services import web_service
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.storage import clients_repo
from resokit_desktop.ui.main_window import MainWindow


class Fingers:
    """A QTest touch sequence with points relative to the widget (QTest's default: its window)."""

    def __init__(self, widget, device) -> None:
        self.widget, self.sequence = widget, QTest.touchEvent(widget, device)

    def press(self, finger: int, point: QPoint) -> Fingers:
        self.sequence.press(finger, point, self.widget)
        return self

    def move(self, finger: int, point: QPoint) -> Fingers:
        self.sequence.move(finger, point, self.widget)
        return self

    def release(self, finger: int, point: QPoint) -> Fingers:
        self.sequence.release(finger, point, self.widget)
        return self

    def commit(self) -> None:
        self.sequence.commit()


@pytest.fixture
def touch_screen():
    return QTest.createTouchDevice(QInputDevice.DeviceType.TouchScreen)


@pytest.fixture
def shown(qtbot, db_path):
    """The main window at a client's web with two members."""
    dossier = DossierFile.open(db_path)
    client_id = clients_repo.save_client(dossier.db, Client(id=None, name="Samira Geheim"))
    version = web_service.new_version(dossier.db, client_id, "2026-01-10")
    for name, domain in (("Mama", "family"), ("Bakker", "neighbourhood")):
        entry = web_service.add_entry(dossier.db, client_id, EntryKind.PERSON, name)
        version.members[entry.id] = Member(entry.id, name, EntryKind.PERSON,
                                           Position(domain, 2, 0.5, 0.5),
                                           TieAttributes(strength=Strength.STRONG))
    web_service.save_version(dossier.db, version)
    window = MainWindow(dossier)
    # Inside the (offscreen) screen: touch points outside it are not delivered.
    window.setGeometry(window.screen().availableGeometry())
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.open_client(client_id)
    tab = window.tab_widget("inclusion_web")
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.editor.scene.member_items != {})
    yield window, tab, client_id
    if tab.presentation is not None:
        tab.presentation.close()
    window.close()
    window.deleteLater()
    dossier.close()


def _present(qtbot, window, tab):
    QTest.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: tab.presentation is not None and tab.presentation.isVisible())
    shown = tab.presentation
    qtbot.waitExposed(shown)
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)
    return shown


def test_f11_shows_only_the_web_large_and_esc_comes_back(qtbot, shown):
    window, tab, _ = shown
    desk_px = next(iter(tab.editor.scene.member_items.values())).label_px
    present = _present(qtbot, window, tab)
    assert present.isFullScreen()
    assert "Samira" not in present.windowTitle()  # no client's name, no other clients
    assert present.findChildren(QMenuBar) == []
    texts = " ".join(w.text() for w in present.findChildren(type(present.hint)))
    assert "Notitie" not in texts
    assert present.member_panel is None  # no panel (and so no notes) until asked for
    item = next(iter(tab.editor.scene.member_items.values()))
    assert item.label_px >= desk_px * 1.4  # large type
    on_screen = item.label_px * item.scale() * present.view.transform().m11()
    assert on_screen >= 18
    # High contrast on C, off again on C.
    QTest.keyClick(present.view, Qt.Key.Key_C)
    assert style.high_contrast() and style.INK.name() == "#000000"
    ego = next(iter(tab.editor.scene.ego_items.values()))
    assert ego.pen().color().name() == "#000000"  # the lines follow the contrast too
    QTest.keyClick(present.view, Qt.Key.Key_C)
    assert not style.high_contrast()
    QTest.keyClick(present.view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: tab.presentation is None)
    assert abs(item.label_px - desk_px) < 1e-6  # the desk's size again


def test_touch_targets_are_at_least_9_mm(qtbot, shown):
    window, tab, _ = shown
    present = _present(qtbot, window, tab)
    millimetre = present.logicalDpiX() / 25.4
    for item in tab.editor.scene.member_items.values():
        hit = present.view.mapFromScene(item.mapToScene(item.shape())).boundingRect()
        assert min(hit.width(), hit.height()) >= 9 * millimetre - 1


def test_touch_drag_pinch_and_long_press(qtbot, shown, touch_screen, db_path):
    window, tab, client_id = shown
    present = _present(qtbot, window, tab)
    view, viewport = present.view, present.view.viewport()
    scene = tab.editor.scene
    mama = next(i for i in scene.member_items.values() if i.member.name == "Mama")

    # Long press on Mama: her panel opens beside the web, she is selected.
    at = view.mapFromScene(mama.scenePos())
    Fingers(viewport, touch_screen).press(0, at).commit()
    qtbot.waitUntil(lambda: present.member_panel is not None
                    and present.member_panel.isVisible(), timeout=3000)
    Fingers(viewport, touch_screen).release(0, at).commit()
    assert present.member_panel.name_edit.text() == "Mama"
    QTest.keyClick(present.view, Qt.Key.Key_Escape)  # closes the panel, stays presenting
    assert not present.member_panel.isVisible() and tab.presentation is present
    qtbot.waitUntil(lambda: view.width() >= present.width() - 2)  # the web has its room back

    # One finger drags Mama into Vrienden, outer ring: stored like a mouse drag.
    at = view.mapFromScene(mama.scenePos())
    target = view.mapFromScene(scene.scene_point(Position("friends", 3, 0.5, 0.5)))
    Fingers(viewport, touch_screen).press(0, at).commit()
    for step in range(1, 7):
        point = at + (target - at) * (step / 6)
        Fingers(viewport, touch_screen).move(0, QPoint(round(point.x()),
                                                                round(point.y()))).commit()
    Fingers(viewport, touch_screen).release(0, target).commit()
    wait_saved(qtbot, tab)
    version, _, _ = stored(db_path, client_id)
    moved = version.members[mama.entry_id].position
    assert (moved.domain, moved.ring) == ("friends", 3)

    # Two fingers spread apart: the web zooms in.
    before = view.transform().m11()
    centre = viewport.rect().center()
    a, b = centre - QPoint(40, 0), centre + QPoint(40, 0)
    Fingers(viewport, touch_screen).press(0, a).press(1, b).commit()
    for step in range(1, 5):
        Fingers(viewport, touch_screen).move(0, a - QPoint(25 * step, 0)).move(
            1, b + QPoint(25 * step, 0)).commit()
    Fingers(viewport, touch_screen).release(0, a - QPoint(100, 0)).release(
        1, b + QPoint(100, 0)).commit()
    assert view.transform().m11() > before * 1.8
    version, _, _ = stored(db_path, client_id)
    assert version.members[mama.entry_id].position == moved  # the pinch moved nobody


def test_long_press_at_the_desk_shows_the_member_in_the_side_panel(qtbot, db_path,
                                                                  touch_screen):
    tab, dossier, client_id = make_tab(qtbot, db_path, size=(780, 560))
    entry = web_service.add_entry(dossier.db, client_id, EntryKind.PERSON, "Bakker")
    tab.editor.place_entry(entry.id, Position("neighbourhood", 2, 0.5, 0.5))
    view = tab.editor.view
    bakker = tab.editor.scene.member_items[entry.id]
    tab.editor.scene.clearSelection()
    tab.side_tabs.setCurrentIndex(2)  # the figures, say
    at = view.mapFromScene(bakker.scenePos())
    Fingers(view.viewport(), touch_screen).press(0, at).commit()
    qtbot.waitUntil(lambda: tab.side_tabs.currentWidget() is tab.member_panel, timeout=3000)
    Fingers(view.viewport(), touch_screen).release(0, at).commit()
    assert tab.member_panel.name_edit.text() == "Bakker"
    assert tab.editor.scene.selected_member_ids() == [entry.id]
    assert tab.editor.document.member(entry.id).position.domain == "neighbourhood"  # not moved
    finish(tab, dossier)
