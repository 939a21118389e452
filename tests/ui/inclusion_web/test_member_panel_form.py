"""The member panel as a worker uses it: it opens at the top for each member; Tab leaves Notitie."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from resokit_desktop.services import web_service
from resokit_desktop.services.demo_service import fill_demo
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.storage import clients_repo
from resokit_desktop.ui.inclusion_web.web_tab import InclusionWebTab


@pytest.fixture
def tab(qtbot, db_path):
    dossier = DossierFile.open(db_path)
    fill_demo(dossier.db, date(2026, 3, 16))
    client_id = next(row.id for row in clients_repo.list_clients(dossier.db)
                     if web_service.list_versions(dossier.db, row.id))
    web_tab = InclusionWebTab(dossier)
    qtbot.addWidget(web_tab)
    web_tab.resize(1024, 560)  # a laptop: the panel is taller than its room and scrolls
    web_tab.show()
    qtbot.waitExposed(web_tab)
    web_tab.set_client(client_id)
    yield web_tab
    web_tab.set_client(None)
    dossier.close()


def test_selecting_another_member_shows_the_panel_from_the_top(qtbot, tab):
    first, second = list(tab.editor.scene.member_items)[:2]
    tab.editor.select_only(first)
    panel = tab.member_panel
    bar = panel.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    panel.ensureWidgetVisible(panel.note_edit)  # the worker scrolled down to the note
    qtbot.waitUntil(lambda: bar.value() > 0)
    tab.editor.select_only(second)
    QApplication.processEvents()
    assert bar.value() == 0
    assert panel.name_edit.visibleRegion().boundingRect().height() == panel.name_edit.height()
    assert panel.name_edit.text() == tab.editor.document.member(second).name


def test_tab_in_the_note_moves_on_and_types_no_tab_character(qtbot, tab):
    member = next(iter(tab.editor.scene.member_items))
    tab.editor.select_only(member)
    panel = tab.member_panel
    panel.ensureWidgetVisible(panel.note_edit)
    panel.note_edit.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(panel.note_edit.hasFocus)
    before = panel.note_edit.toPlainText()
    qtbot.keyClick(panel.note_edit, Qt.Key.Key_Tab)
    assert "\t" not in panel.note_edit.toPlainText()
    assert panel.note_edit.toPlainText() == before
    assert not panel.note_edit.hasFocus()
