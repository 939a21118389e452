"""A save-status message in the web's toolbar never moves or resizes the web."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from resokit_desktop.services import web_service

MESSAGES = ["Wijzigingen…", "Bewaard", "Nieuwe versie gemaakt",
            "Niet bewaard — probeer opnieuw (Ctrl+S)", ""]


pytestmark = pytest.mark.demo_dossier  # the fixture "dossier" holds the demo clients


def _web_rect(window) -> QRect:
    view = window.tab_widget("inclusion_web").editor.view
    return QRect(view.mapTo(window, view.rect().topLeft()), view.size())


def _settle(qtbot, window) -> None:
    """Let every posted layout request run (they chain up the widget tree, one per pass)."""
    seen = None
    for _ in range(50):
        QApplication.processEvents()
        qtbot.wait(5)
        now = (_web_rect(window), window.size())
        if now == seen:
            return
        seen = now


@pytest.mark.parametrize("size", [(1024, 768), (1366, 768)])
def test_status_messages_leave_the_web_where_it_is(qtbot, dossier, size):
    from resokit_desktop.ui.main_window import MainWindow

    window = MainWindow(dossier)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    model = window.client_list.model
    ids = [model.client_id_at(row) for row in range(model.rowCount())]
    assert window.open_client(next(i for i in ids if web_service.list_versions(dossier.db, i)))
    tab = window.tab_widget("inclusion_web")
    window.tabs.setCurrentWidget(tab)
    _settle(qtbot, window)
    before = _web_rect(window), window.size(), tab.editor.view.viewport().size()
    for text in MESSAGES:
        tab.status_label.setText(text)
        _settle(qtbot, window)
        after = _web_rect(window), window.size(), tab.editor.view.viewport().size()
        assert after == before, (text, before, after)
        assert tab.status_label.width() >= tab.status_label.sizeHint().width(), text  # not cut
        assert tab.status_label.height() >= tab.status_label.sizeHint().height(), text
