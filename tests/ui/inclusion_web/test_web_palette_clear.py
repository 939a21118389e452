"""The "Toevoegen" palette in the web's corner never covers a domain name or a member: in the real
window at 1024x768 (client list folded away) and 1366x768, in Dutch, French and English."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtWidgets import QApplication

from resokit_desktop import i18n
from resokit_desktop.services import web_service

pytestmark = pytest.mark.demo_dossier  # the fixture "dossier" holds the demo clients


def _clients_with_a_web(dossier) -> list[int]:
    from resokit_desktop.storage import clients_repo  # test set-up only

    return [row.id for row in clients_repo.list_clients(dossier.db)
            if web_service.list_versions(dossier.db, row.id)]


def _palette_on_scene(view) -> QRectF:
    palette = view.palette_overlay
    top_left = view.viewport().mapFrom(view, palette.geometry().topLeft())
    on_viewport = QRect(top_left, palette.size())
    return view.mapToScene(on_viewport).boundingRect()


def _covered(tab) -> list[str]:
    """What the palette's rectangle covers on the scene: domain names and members."""
    view, scene = tab.editor.view, tab.editor.scene
    palette = _palette_on_scene(view)
    covered = []
    domains = scene.background.domain_set.domains
    for rect, domain in zip(scene.background.domain_label_rects(), domains, strict=True):
        if palette.intersects(rect):
            covered.append(f"domain {domain.key}")
    for entry_id, item in scene.member_items.items():
        if palette.intersects(item.sceneBoundingRect()):
            covered.append(f"member {entry_id}")
    return covered


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
@pytest.mark.parametrize("size", [(1024, 768), (1366, 768)], ids=["1024x768", "1366x768"])
def test_the_palette_covers_no_domain_name_and_no_member(qtbot, qapp, dossier,
                                                         app_font_and_layout, lang, size):
    from resokit_desktop.ui.main_window import MainWindow

    i18n.install_language(qapp, lang)
    try:
        window = MainWindow(dossier)
        qtbot.addWidget(window)
        window.setWindowState(Qt.WindowState.WindowNoState)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        found = {}
        for client_id in _clients_with_a_web(dossier):
            assert window.open_client(client_id)
            tab = window.tab_widget("inclusion_web")
            window.tabs.setCurrentWidget(tab)
            qtbot.waitUntil(lambda tab=tab: not tab.editor.scene.layout_pending())
            for _ in range(10):
                QApplication.processEvents()
            assert window.width() == size[0]
            assert tab.editor.view.palette_overlay.isVisible()
            covered = _covered(tab)
            if covered:
                found[client_id] = covered
        assert found == {}
        window.close()
    finally:
        i18n.install_language(qapp, "nl")


def test_presentation_shows_no_palette(qtbot, dossier, app_font_and_layout):
    """Full screen beside the client: the web alone, so nothing can cover a domain's name."""
    from PySide6.QtTest import QTest

    from resokit_desktop.ui.main_window import MainWindow

    window = MainWindow(dossier)
    qtbot.addWidget(window)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # F11 is the window's shortcut
    qtbot.waitUntil(window.isActiveWindow)
    assert window.open_client(_clients_with_a_web(dossier)[0])
    tab = window.tab_widget("inclusion_web")
    window.tabs.setCurrentWidget(tab)
    QTest.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: tab.presentation is not None and tab.presentation.isVisible())
    shown = tab.presentation
    qtbot.waitExposed(shown)
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)
    assert not shown.view.palette_overlay.isVisible()
    assert shown.view._palette_corner() is None  # the fit keeps no corner free for it
    QTest.keyClick(shown.view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: tab.presentation is None)
    window.close()
