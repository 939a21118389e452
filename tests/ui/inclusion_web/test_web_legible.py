"""The web read across the table: name sizes on screen, the disc's share of the view, the text-size
setting, the legend's line styles, and forty members in one sector without any overlap."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from web_ui_helpers import finish, make_tab

from resokit_desktop.domain.web.model import Strength
from resokit_desktop.rendering import web_style as style
from resokit_desktop.rendering.web_items import MemberItem
from resokit_desktop.ui.text_size import DEFAULT_POINT_SIZE

# The web tab as it is in a 1366 x 768 window (client list on the left).
TAB_SIZE = (960, 690)


def _add_people(qtbot, tab, count: int) -> None:
    view = tab.editor.view
    view.setFocus()
    for _ in range(count):
        QTest.keyClick(view, Qt.Key.Key_Insert)
        view.setFocus()


def _screen_label_px(tab) -> float:
    item = next(iter(tab.editor.scene.member_items.values()))
    return item.label_px * item.scale() * tab.editor.view.transform().m11()


@pytest.fixture
def normal_text_size():
    """The app's own text size at 100 % (the test runner's default font is smaller)."""
    font = QApplication.font()
    original = font.pointSizeF()
    font.setPointSizeF(DEFAULT_POINT_SIZE)
    QApplication.setFont(font)
    yield
    font.setPointSizeF(original)
    QApplication.setFont(font)


def test_names_are_at_least_11_px_and_the_disc_fills_the_view(qtbot, db_path,
                                                              normal_text_size):
    tab, dossier, _ = make_tab(qtbot, db_path, size=TAB_SIZE)
    _add_people(qtbot, tab, 3)
    qtbot.waitUntil(lambda: not tab.editor.scene.layout_pending())
    view = tab.editor.view
    assert _screen_label_px(tab) >= 11.0
    disc = view.mapFromScene(-style.WEB_RADIUS, 0).x(), view.mapFromScene(style.WEB_RADIUS, 0).x()
    diameter = disc[1] - disc[0]
    viewport = view.viewport().size()
    assert diameter >= 0.8 * min(viewport.width(), viewport.height())
    finish(tab, dossier)


def test_the_text_size_setting_reaches_the_web(qtbot, db_path):
    tab, dossier, _ = make_tab(qtbot, db_path, size=TAB_SIZE)
    _add_people(qtbot, tab, 1)
    item = next(iter(tab.editor.scene.member_items.values()))
    before = item.label_px
    scale_before = tab.editor.scene.background.text_scale
    font = QApplication.font()
    original = font.pointSizeF()
    try:
        font.setPointSizeF(original * 1.5)
        QApplication.setFont(font)
        qtbot.waitUntil(lambda: item.label_px > before * 1.4)
        assert tab.editor.scene.background.text_scale > scale_before * 1.4
    finally:
        font.setPointSizeF(original)
        QApplication.setFont(font)
    qtbot.waitUntil(lambda: abs(item.label_px - before) < 1e-6)
    finish(tab, dossier)


def test_strong_tie_and_knowing_each_other_look_different():
    strong, knows = style.ego_pen(Strength.STRONG), style.tie_pen()
    assert strong.style() != knows.style()
    assert strong.widthF() >= knows.widthF() * 1.5


def test_forty_members_in_one_sector_overlap_nowhere(qtbot, db_path):
    tab, dossier, _ = make_tab(qtbot, db_path, size=TAB_SIZE)
    _add_people(qtbot, tab, 40)  # Insert with the last one selected: all in its sector and ring
    scene = tab.editor.scene
    qtbot.waitUntil(lambda: not scene.layout_pending())  # what the user sees once drawn
    members = tab.editor.document.version.members.values()
    assert len(members) == 40 and {m.position.domain for m in members} == {"family"}
    rects = [i.sceneBoundingRect() for i in scene.items() if isinstance(i, MemberItem)]
    clashes = [(a, b) for a, b in itertools.combinations(range(len(rects)), 2)
               if rects[a].intersects(rects[b])]
    assert clashes == []
    spans = scene.layout.spans
    assert spans[0][1] > 2 / 9  # the crowded sector grew
    for label in scene.background.ring_label_rects():
        assert not any(label.intersects(r) for r in rects)
    finish(tab, dossier)


def test_names_are_at_least_11_px_in_a_1024x768_window(qtbot, db_path, normal_text_size):
    """A laptop screen: the client list folds away while the web is shown (F9 brings it back,
    leaving the web too); the member panel stays."""
    from datetime import date

    from PySide6.QtCore import QSettings

    from resokit_desktop.services import web_service
    from resokit_desktop.services.demo_service import fill_demo
    from resokit_desktop.services.dossier_file import DossierFile
    from resokit_desktop.storage import clients_repo  # test set-up only
    from resokit_desktop.ui.main_window import SETTINGS_GROUP, MainWindow

    QSettings().remove(SETTINGS_GROUP)
    dossier = DossierFile.open(db_path)
    fill_demo(dossier.db, date(2026, 3, 16))
    client_id = next(row.id for row in clients_repo.list_clients(dossier.db)
                     if web_service.list_versions(dossier.db, row.id))
    window = MainWindow(dossier)
    qtbot.addWidget(window)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    try:
        assert window.open_client(client_id)
        assert window.client_list.isVisible()  # the overview: the list stays
        tab = window.tab_widget("inclusion_web")
        window.tabs.setCurrentWidget(tab)
        qtbot.waitUntil(lambda: not tab.editor.scene.layout_pending())
        for _ in range(10):
            QApplication.processEvents()
        assert window.width() == 1024
        assert tab.member_panel.isVisible()
        assert _screen_label_px(tab) >= 11.0
        assert not window.client_list.isVisible()
        QTest.keyClick(window, Qt.Key.Key_F9)  # the worker wants the list: it comes back
        qtbot.waitUntil(window.client_list.isVisible)
        QTest.keyClick(window, Qt.Key.Key_F9)
        qtbot.waitUntil(lambda: not window.client_list.isVisible())
        window.tabs.setCurrentWidget(window.tab_widget("sessions"))
        assert not window.client_list.isVisible()  # closed by the worker: stays closed
        QTest.keyClick(window, Qt.Key.Key_F9)
        window.tabs.setCurrentWidget(tab)  # folded again on the web
        qtbot.waitUntil(lambda: not window.client_list.isVisible())
        window.tabs.setCurrentWidget(window.tab_widget("sessions"))  # and back when leaving
        qtbot.waitUntil(window.client_list.isVisible)
    finally:
        window.close()
        dossier.close()
        QSettings().remove(SETTINGS_GROUP)
