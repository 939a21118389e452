"""On a small screen (1024x768) every window fits the screen and shows its labels whole."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QTableWidget

from resokit_desktop.services import web_service

pytestmark = pytest.mark.demo_dossier  # the fixture "dossier" holds the demo clients


@pytest.fixture
def no_stored_layout():
    from resokit_desktop.ui.main_window import SETTINGS_GROUP

    QSettings().remove(SETTINGS_GROUP)
    yield
    QSettings().remove(SETTINGS_GROUP)


def _client_with_two_versions(db) -> int:
    from resokit_desktop.storage import clients_repo  # test set-up only

    return next(row.id for row in clients_repo.list_clients(db)
                if len(web_service.list_versions(db, row.id)) >= 2)


def test_a_window_left_at_1280x760_reopens_inside_a_1024x768_screen(tmp_path):
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1024, "height": 768, "logicalDpi": 96}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}",
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    script = Path(__file__).with_name("window_on_small_screen.py")
    done = subprocess.run([sys.executable, str(script), str(tmp_path / "d.resokit")],
                          env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    x, y, width, height = result["frame"]
    ax, ay, a_width, a_height = result["available"]
    assert (a_width, a_height) == (1024, 768)
    assert width <= a_width and height <= a_height, result
    assert ax <= x and x + width <= ax + a_width and ay <= y and y + height <= ay + a_height
    assert result["minimum_width"] <= 1024, result


def _cut_cells(table: QTableWidget) -> list[str]:
    cut = []
    metrics = table.fontMetrics()
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            item = table.item(row, column)
            if item is None:
                continue
            rect = table.visualItemRect(item)
            room = rect.adjusted(4, 0, -4, 0)
            needed = metrics.boundingRect(QRect(0, 0, room.width(), 10_000),
                                          int(Qt.TextFlag.TextWordWrap), item.text())
            if needed.width() > room.width() or needed.height() > rect.height():
                cut.append(item.text())
    return cut


def test_the_comparison_at_1024x768_shows_whole_labels_and_the_saved_mark(qtbot, dossier):
    from resokit_desktop.app import load_fonts
    from resokit_desktop.resources import FONT_FAMILY
    from resokit_desktop.ui.inclusion_web.compare_dialog import CompareDialog

    load_fonts()
    dialog = CompareDialog(dossier.db, _client_with_two_versions(dossier.db))
    qtbot.addWidget(dialog)
    font = QFont(FONT_FAMILY)  # the application's own font and size (app.create_application)
    font.setPointSize(11)
    dialog.setFont(font)
    dialog.resize(1024 - 40, 768 - 40)  # what it takes on a 1024x768 screen
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    assert dialog.width() <= 1024 and dialog.height() <= 768
    assert dialog.table.rowCount() > 3
    assert _cut_cells(dialog.table) == []
    header = dialog.table.horizontalHeader()
    for column in range(dialog.table.columnCount()):
        title = dialog.table.horizontalHeaderItem(column).text()
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(title), title
    dialog.words_edit.setFocus()
    qtbot.keyClicks(dialog.words_edit, "Meer mensen om me heen.")
    qtbot.waitUntil(lambda: dialog.saved_label.text() != "", timeout=3000)
    label = dialog.saved_label
    assert label.isVisible()
    assert label.height() >= label.sizeHint().height()
    assert label.visibleRegion().boundingRect().size() == label.size()
    assert dialog.rect().contains(QRect(label.mapTo(dialog, label.rect().topLeft()),
                                        label.size()))


def test_the_web_toolbar_keeps_its_saved_mark_visible_at_1024(qtbot, dossier,
                                                             no_stored_layout):
    from resokit_desktop.ui.main_window import MainWindow

    window = MainWindow(dossier)
    qtbot.addWidget(window)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_client(_client_with_two_versions(dossier.db))
    tab = window.tab_widget("inclusion_web")
    window.tabs.setCurrentWidget(tab)
    tab.status_label.setText("Bewaard")
    for _ in range(10):
        QApplication.processEvents()
    assert window.width() == 1024
    label = tab.status_label
    right = label.mapTo(window, label.rect().topRight()).x()
    assert label.isVisible() and right <= window.width()
    assert label.width() >= label.fontMetrics().horizontalAdvance("Bewaard")
