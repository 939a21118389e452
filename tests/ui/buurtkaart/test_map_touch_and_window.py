"""The buurtkaart by touch (real touch events from a touch-screen device: a finger drags a pin,
two fingers pinch) and inside the main window (its tab after the inclusieweb; Ctrl+Z undoes)."""

from __future__ import annotations

import pytest
from map_ui_helpers import at, finish, make_tab, wait_saved
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputDevice
from PySide6.QtTest import QTest

from resokit_desktop.domain.buurtkaart import Pin
from resokit_desktop.domain.client import Client
from resokit_desktop.services import map_service
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.storage import clients_repo


@pytest.fixture
def touch_screen():
    return QTest.createTouchDevice(QInputDevice.DeviceType.TouchScreen)


def _touch(viewport, device):
    return QTest.touchEvent(viewport, device)


def test_a_finger_drags_a_pin_and_two_fingers_zoom(qtbot, db_path, touch_screen):
    tab, dossier, client_id = make_tab(qtbot, db_path, size=(760, 560))
    tab.move(0, 0)  # inside the (offscreen) screen: touch points outside it are not delivered
    tab.new_version()
    tab.editor.view.setFocus()
    QTest.keyClick(tab.editor.view, Qt.Key.Key_Insert)
    pin_id = tab.editor.scene.selected_pin_ids()[0]
    viewport = tab.editor.view.viewport()
    start = at(tab, tab.editor.document.pin(pin_id).point)
    end = start + QPoint(-90, 60)
    _touch(viewport, touch_screen).press(0, start, viewport).commit()
    for step in range(1, 6):
        _touch(viewport, touch_screen).move(0, start + (end - start) * (step / 5),
                                            viewport).commit()
    _touch(viewport, touch_screen).release(0, end, viewport).commit()
    moved = tab.editor.document.pin(pin_id).point
    assert abs(at(tab, moved).x() - end.x()) <= 2 and abs(at(tab, moved).y() - end.y()) <= 2

    zoom = tab.editor.view.zoom()
    a, b = QPoint(300, 250), QPoint(400, 250)
    _touch(viewport, touch_screen).press(0, a, viewport).press(1, b, viewport).commit()
    _touch(viewport, touch_screen).move(0, a - QPoint(60, 0), viewport).move(
        1, b + QPoint(60, 0), viewport).commit()
    _touch(viewport, touch_screen).release(0, a - QPoint(60, 0), viewport).release(
        1, b + QPoint(60, 0), viewport).commit()
    assert tab.editor.view.zoom() > zoom * 1.5
    assert tab.editor.document.pin(pin_id).point == moved  # pinching moves nothing
    wait_saved(qtbot, tab)
    finish(tab, dossier)


def test_the_tab_sits_after_the_inclusieweb_and_ctrl_z_undoes_a_move(qtbot, db_path):
    from resokit_desktop.ui.main_window import MainWindow

    dossier = DossierFile.open(db_path)
    client_id = clients_repo.save_client(dossier.db, Client(id=None, name="Testcliënt"))
    version = map_service.new_version(dossier.db, client_id, "2026-03-02")
    place = map_service.add_place(dossier.db, client_id, "Markt")
    version.pins[place.id] = Pin(place.id, place.name, 0.5, 0.5)
    map_service.save_version(dossier.db, version)
    window = MainWindow(dossier)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    try:
        window.open_client(client_id)
        keys = [window.tabs.widget(i).property("tab_key") for i in range(window.tabs.count())]
        # The agreed orders: Inclusieweb 30, Talenten 40, Rollen 50, Buurtkaart 60.
        web = keys.index("inclusion_web")
        assert keys[web:web + 4] == ["inclusion_web", "talents", "roles", "buurtkaart"]
        tab = window.tab_widget("buurtkaart")
        window.tabs.setCurrentWidget(tab)
        qtbot.waitUntil(lambda: place.id in tab.editor.scene.pin_items)
        tab.editor.view.setFocus()
        tab.editor.select_only(place.id)
        QTest.keyClick(tab.editor.view, Qt.Key.Key_Left)
        assert tab.editor.document.pin(place.id).x < 0.5
        QTest.keyClick(tab.editor.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert tab.editor.document.pin(place.id).x == pytest.approx(0.5)
        assert window.tabs.tabText(window.tabs.indexOf(tab)).replace("&", "") == "Buurtkaart"
    finally:
        window.close()
        window.deleteLater()
        dossier.close()
