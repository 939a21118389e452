"""The buurtkaart on a page of its own (from the tab's Print button, A3 landscape), read back with
pypdf and rendered with pdftoppm; and its presentation mode: F11 in the main window, full
screen, large pins, no pin panel, Esc back."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from map_ui_helpers import click, finish, make_tab, street_map_png, wait_saved
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from resokit_desktop.ui.buurtkaart.map_presentation import TEXT_FACTOR, MapPresentationWindow
from resokit_desktop.ui.printing.map_preview import MapSheetPreviewDialog


@pytest.fixture(autouse=True)
def fonts(qapp):
    from resokit_desktop.app import load_fonts

    load_fonts()


def _map_with_pins(qtbot, tab, tmp_path) -> None:
    qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    assert tab.import_image_file(street_map_png(tmp_path / "plan.png"))
    qtbot.mouseClick(tab.mode_buttons["place"], Qt.MouseButton.LeftButton)
    for point, name in (((0.3, 0.4), "Bibliotheek"), ((0.65, 0.6), "Zwembad")):
        click(tab, point)
        tab.pin_panel.name_edit.selectAll()
        QTest.keyClicks(tab.pin_panel.name_edit, name)
        QTest.keyClick(tab.pin_panel.name_edit, Qt.Key.Key_Return)
    qtbot.mouseClick(tab.mode_buttons["select"], Qt.MouseButton.LeftButton)
    wait_saved(qtbot, tab)


def test_the_buurtkaart_prints_alone_on_a3_landscape(qtbot, db_path, tmp_path):
    QSettings().remove("printing")
    tab, dossier, _client_id = make_tab(qtbot, db_path)
    _map_with_pins(qtbot, tab, tmp_path)
    target = tmp_path / "kaart.pdf"
    seen: list = []

    def in_preview() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, MapSheetPreviewDialog):
            QTimer.singleShot(20, in_preview)
            return
        seen.append(dialog)
        try:
            dialog.paper_combo.setFocus()
            QTest.keyClick(dialog.paper_combo, Qt.Key.Key_Down)  # A4 -> A3
            dialog.save_to(target)
            qtbot.waitUntil(lambda: dialog.last_saved == target, timeout=20000)
        except BaseException as exc:  # never leave the dialog open on a failed step
            seen.append(exc)
        dialog.reject()

    QTimer.singleShot(0, in_preview)
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1, seen
    finish(tab, dossier)

    reader = PdfReader(io.BytesIO(target.read_bytes()))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == (
        420, 297)
    text = re.sub(r"\s+", " ", reader.pages[0].extract_text())
    assert "Buurtkaart" in text and "Testcliënt" in text and "Getekend op" in text
    assert shutil.which("pdftoppm")
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-singlefile", str(target),
                    str(tmp_path / "kaart")], check=True)
    page = QImage(str(tmp_path / "kaart.png"))
    assert page.width() > page.height()  # landscape
    # The map fills most of the page: the street map's beige shows well below the header.
    beige = sum(1 for x in range(0, page.width(), 4) for y in range(page.height() // 3,
                page.height() * 2 // 3, 4) if page.pixelColor(x, y).name() in ("#eee8dc",
                                                                                 "#efe9dd"))
    assert beige > 200
    shutil.copy(tmp_path / "kaart.png", Path("/tmp/orgmap-map-sheet.png"))


def test_f11_shows_the_buurtkaart_full_screen_and_esc_leaves(qtbot, window, tmp_path):
    from resokit_desktop.domain.client import Client
    from resokit_desktop.storage import clients_repo

    client_id = clients_repo.save_client(window.dossier.db, Client(id=None, name="Testcliënt"))
    window.refresh_clients()
    assert window.open_client(client_id)
    tab = window.tab_widget("buurtkaart")
    window.tabs.setCurrentWidget(tab)
    if tab.client_id != client_id:
        tab.set_client(client_id)
    _map_with_pins(qtbot, tab, tmp_path)
    pin = next(iter(tab.editor.scene.pin_items.values()))
    radius = pin.radius
    tab.editor.view.setFocus()
    QTest.keyClick(window, Qt.Key.Key_F11)
    presentation = tab.presentation
    assert isinstance(presentation, MapPresentationWindow)
    qtbot.waitExposed(presentation)
    assert presentation.isFullScreen()
    assert presentation.windowTitle() == "Buurtkaart"
    assert pin.radius == pytest.approx(radius * TEXT_FACTOR)
    assert not presentation.findChildren(type(tab.pin_panel))  # no barriers, no companions
    presentation.activateWindow()
    qtbot.waitUntil(presentation.isActiveWindow)
    QTest.keyClick(presentation.view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: tab.presentation is None)
    assert pin.radius == pytest.approx(radius)

    # File > Buurtkaart afdrukken… opens the same one-page preview on this client's map.
    action = window.action_registry.get("print_map")
    assert action.isEnabled() and action.text() == "Buurtkaart afdrukken…"
    opened: list = []

    def close_preview() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, MapSheetPreviewDialog):
            QTimer.singleShot(20, close_preview)
            return
        opened.append(dialog.version_combo.currentData())
        dialog.reject()

    QTimer.singleShot(0, close_preview)
    action.trigger()
    assert opened == [tab.version.id]
