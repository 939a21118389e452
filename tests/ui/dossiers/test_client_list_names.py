"""Client names get the room in the list: a 20-character name is shown in full at 1024 and 1366."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyle

from resokit_desktop.domain.client import Client
from resokit_desktop.resources import FONT_FAMILY
from resokit_desktop.storage import clients_repo

NAME = "Samira Haddouchi-Ben"  # 20 characters
NEIGHBOURHOOD = "Sint-Jans-Molenbeek"


@pytest.fixture
def app_font(qapp):
    """The font the application itself starts with (11 pt, the shipped family)."""
    from resokit_desktop.app import load_fonts

    load_fonts()
    before = QApplication.font()
    font = QFont(FONT_FAMILY)
    font.setPointSize(11)
    QApplication.setFont(font)
    yield
    QApplication.setFont(before)


def _shown_text(table, row: int, column: int) -> tuple[str, str]:
    """The cell's text and what of it fits in the cell (elided as the view would)."""
    index = table.model().index(row, column)
    text = index.data()
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    room = table.visualRect(index).width() - 2 * margin
    return text, table.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, room)


@pytest.mark.parametrize("size", [(1024, 768), (1366, 768)])
@pytest.mark.parametrize("status_filter", ["active", "all"])
def test_a_twenty_character_name_is_shown_in_full(qtbot, app_font, window, dossier, size,
                                                   status_filter):
    assert len(NAME) == 20
    client_id = clients_repo.save_client(dossier.db, Client(name=NAME,
                                                            neighbourhood=NEIGHBOURHOOD))
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(*size)
    # The window may not go below its layout's minimum (the web tab's toolbar): at a 1024 request
    # it is a few pixels wider, and the list then has its own minimum width, its narrowest.
    qtbot.waitUntil(lambda: window.height() == size[1])
    window.refresh_clients()
    window.open_client(client_id)
    panel = window.client_list
    panel.status_filter.setCurrentIndex(panel.status_filter.findData(status_filter))
    qtbot.wait(50)  # let the layout settle
    text, shown = _shown_text(panel.table, 0, 0)
    assert shown == text == NAME
    # The dossier keeps most of the window.
    assert window.stack.width() >= window.width() // 2


def test_the_narrowest_list_still_shows_twenty_characters(qtbot, app_font, window, dossier):
    client_id = clients_repo.save_client(dossier.db, Client(name=NAME,
                                                            neighbourhood=NEIGHBOURHOOD))
    window.refresh_clients()
    window.open_client(client_id)
    panel = window.client_list
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("all"))
    window.splitter.setSizes([0, window.width()])  # as far left as the handle goes
    qtbot.wait(50)
    assert panel.width() < 400
    assert _shown_text(panel.table, 0, 0) == (NAME, NAME)
    # Neighbourhood and status still have a column, elided when room is short.
    header = panel.table.horizontalHeader()
    assert not panel.table.isColumnHidden(2)
    assert header.sectionSize(0) >= header.sectionSize(1)
