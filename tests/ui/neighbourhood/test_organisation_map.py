"""The organisation's buurtkaart with real mouse and keys: put a register entry on the map, drag
it, undo the drag (Ctrl+Z), filter by kind, open an entry from its pin; all found again after
reopening the file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from resokit_desktop.domain.neighbourhood.entry import NeighbourhoodEntry, NeighbourhoodKind
from resokit_desktop.services import org_map_service
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.services.register_service import RegisterService
from resokit_desktop.storage.connection import open_database
from resokit_desktop.ui.neighbourhood.register_window import RegisterWindow


def _window(qtbot, dossier) -> RegisterWindow:
    window = RegisterWindow(RegisterService(dossier.db))
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _drag(viewport, start: QPoint, end: QPoint, steps: int = 6) -> None:
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, steps + 1):
        point = start + (end - start) * (i / steps)
        QTest.mouseMove(viewport, QPoint(round(point.x()), round(point.y())))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def _at(tab, point) -> QPoint:
    return tab.view.mapFromScene(tab.scene.scene_point(point))


def _stored_points(db_path):
    db = open_database(db_path)
    try:
        return {pin.entry.name: pin.point for pin in org_map_service.pins(db)}
    finally:
        db.conn.close()


def test_drag_a_register_pin_undo_and_reopen(qtbot, db_path):
    dossier = DossierFile.open(db_path)
    service = RegisterService(dossier.db)
    linde = service.save(NeighbourhoodEntry(name="Buurthuis De Linde", neighbourhood="Zuid"))
    service.save(NeighbourhoodEntry(name="Fatima El Amrani", kind=NeighbourhoodKind.KEY_FIGURE))
    window = _window(qtbot, dossier)
    QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    tab = window.org_map
    assert window.tabs.currentWidget() is tab
    assert tab.unplaced.count() == 2 and not tab.items

    # Put the Linde on the map from the list (Enter), then drag it.
    tab.unplaced.setFocus()
    tab.unplaced.setCurrentRow(0)
    assert "Linde" in tab.unplaced.currentItem().text()
    QTest.keyClick(tab.unplaced, Qt.Key.Key_Return)
    assert linde in tab.items
    start = tab.points[linde]
    tab.view.fit_to_window()
    _drag(tab.view.viewport(), _at(tab, start), _at(tab, (0.2, 0.3)))
    assert tab.points[linde] == pytest.approx((0.2, 0.3), abs=0.01)
    assert _stored_points(db_path)["Buurthuis De Linde"] == pytest.approx((0.2, 0.3), abs=0.01)
    # A second drag, then Ctrl+Z undoes only that one.
    _drag(tab.view.viewport(), _at(tab, (0.2, 0.3)), _at(tab, (0.7, 0.6)))
    assert tab.points[linde] == pytest.approx((0.7, 0.6), abs=0.01)
    QTest.keyClick(tab.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert tab.points[linde] == pytest.approx((0.2, 0.3), abs=0.01)
    assert tab.items[linde].pos() == tab.scene.scene_point(tab.points[linde])
    # Arrow keys move the selected pin a little.
    tab.view.setFocus()
    QTest.keyClick(tab.view, Qt.Key.Key_Right)
    assert tab.points[linde][0] == pytest.approx(0.205, abs=0.001)
    QTest.keyClick(tab.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    # Filter by kind: only key figures; the Linde's pin hides.
    tab.kind_combo.setFocus()
    tab.kind_combo.setCurrentIndex(tab.kind_combo.findData("key_figure"))
    assert not tab.items[linde].isVisible()
    tab.kind_combo.setCurrentIndex(0)
    assert tab.items[linde].isVisible()

    # A double-click on the pin opens the entry in the register.
    QTest.mouseDClick(tab.view.viewport(), Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier, _at(tab, tab.points[linde]))
    assert window.tabs.currentIndex() == 0
    assert window.form.fields["name"].text() == "Buurthuis De Linde"
    window.close()
    dossier.close()

    assert _stored_points(db_path) == {
        "Buurthuis De Linde": pytest.approx((0.2, 0.3), abs=0.01), "Fatima El Amrani": None}
    reopened = DossierFile.open(db_path)
    window = _window(qtbot, reopened)
    window.tabs.setCurrentWidget(window.org_map)
    assert window.org_map.items[linde].pos() == window.org_map.scene.scene_point(
        window.org_map.points[linde])
    assert window.org_map.unplaced.count() == 1
    window.close()
    reopened.close()


def test_names_of_pins_close_together_never_run_into_each_other(qtbot, db_path):
    """Twelve entries in one corner: every name shown stands clear of the others; a name left
    out shows while its pin is selected (and always in its tooltip)."""
    dossier = DossierFile.open(db_path)
    service = RegisterService(dossier.db)
    ids = [service.save(NeighbourhoodEntry(name=f"Buurtinitiatief nummer {n}"))
           for n in range(12)]
    org_map_service.move(dossier.db, {entry_id: (0.30 + 0.01 * (n % 4), 0.30 + 0.01 * (n // 4))
                                      for n, entry_id in enumerate(ids)})
    window = _window(qtbot, dossier)
    QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    tab = window.org_map
    qtbot.waitUntil(lambda: len(tab.items) == 12)
    shown = [item for item in tab.items.values() if not item.label_hidden]
    hidden = [item for item in tab.items.values() if item.label_hidden]
    assert shown and hidden
    rects = [item.label_scene_rect() for item in shown]
    assert not [(a, b) for i, a in enumerate(rects) for b in rects[i + 1:] if a.intersects(b)]
    assert all(item.toolTip() == item.entry.name for item in hidden)
    # A selected pin shows its name: the picture changes where the name goes.
    pin = hidden[0]
    before = tab.view.grab().toImage()
    tab.scene.clearSelection()
    pin.setSelected(True)
    qtbot.waitUntil(lambda: tab.view.grab().toImage() != before)
    window.close()
    dossier.close()
