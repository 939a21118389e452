"""Sharing the register from the window: the export dialog says it holds no client data, the
import dialog previews the merge, lets the user take a colleague's value, and refuses other
files without changing anything; the main window's menu opens the register."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication
from register_steps import answer_next_dialog, clear_and_type, click

from resokit_desktop.domain.neighbourhood.entry import NeighbourhoodEntry
from resokit_desktop.services.register_service import EntryFilter, RegisterService
from resokit_desktop.storage.connection import open_database
from resokit_desktop.ui.neighbourhood.exchange_dialogs import ExportDialog, ImportDialog
from resokit_desktop.ui.neighbourhood.register_window import RegisterWindow

TODAY = date(2026, 6, 15)


def _show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def test_export_from_the_window_writes_the_shown_part_and_says_no_client_data(
        qtbot, dossier, tmp_path):
    service = RegisterService(dossier.db)
    service.save(NeighbourhoodEntry(name="Park", neighbourhood="Laken"))
    service.save(NeighbourhoodEntry(name="Bib", neighbourhood="Jette"))
    window = _show(qtbot, RegisterWindow(service, today=lambda: TODAY))
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClicks(window.list_panel.search_field, "park")
    target = tmp_path / "laken.json"
    seen: dict[str, str] = {}

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, drive)
            return
        qtbot.waitExposed(dialog)
        seen["notice"] = dialog.findChild(type(window.message), "register_export_notice").text()
        radio = dialog.shown_entries  # its indicator: the button's middle may be past its text
        qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
        seen["shown"] = radio.text()
        clear_and_type(qtbot, dialog.file_field, str(target))
        click(qtbot, dialog.export_button)
        seen["message"] = dialog.message.text()
        dialog.reject()

    QTimer.singleShot(0, drive)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert "geen cliëntgegevens" in seen["notice"]
    assert seen["shown"] == "Alleen wat nu ge&toond wordt (1 items)"
    assert seen["message"].startswith("1 items geëxporteerd")
    document = json.loads(target.read_text(encoding="utf-8"))
    assert [e["name"] for e in document["entries"]] == ["Park"]


def _colleague_file(tmp_path: Path) -> Path:
    other = open_database(tmp_path / "collega.resokit")
    try:
        service = RegisterService(other)
        service.save(NeighbourhoodEntry(name="Soepbar", address="Kerkstraat 1",
                                        contact="nieuw nummer", notes="Hun notitie"))
        service.save(NeighbourhoodEntry(name="Moestuin", neighbourhood="Jette"))
        path = tmp_path / "collega.json"
        service.export(path)
    finally:
        other.conn.close()
    return path


def test_import_previews_the_merge_and_takes_their_value_where_chosen(qtbot, dossier, tmp_path):
    service = RegisterService(dossier.db)
    service.save(NeighbourhoodEntry(name="Soepbar", address="Kerkstraat 1",
                                    contact="oud nummer", notes="Onze notitie"))
    dialog = _show(qtbot, ImportDialog(service, lambda: TODAY))
    clear_and_type(qtbot, dialog.file_field, str(_colleague_file(tmp_path)))
    click(qtbot, dialog.check_button)
    assert dialog.summary.text().startswith("1 nieuwe items, 1 items die je al hebt")
    table = dialog.conflicts
    shown = [[table.item(r, c).text() for c in range(5)] for r in range(table.rowCount())]
    assert shown == [  # the file's order (by name)
        ["Moestuin", "Nieuw", "", "Plaats · Jette", ""],
        ["Soepbar", "Verschil: Contact", "oud nummer", "nieuw nummer", "Hun versie"],
        ["Soepbar", "Notities: beide bewaard", "Onze notitie", "Hun notitie", ""],
    ]
    assert service.count() == 1  # the check wrote nothing
    # Take their version: select the choice cell and press Space.
    rect = table.visualItemRect(table.item(1, 4))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(table.viewport(), Qt.Key.Key_Space)
    assert table.item(1, 4).checkState() == Qt.CheckState.Checked
    click(qtbot, dialog.import_button)
    assert dialog.message.text() == "Geïmporteerd: 1 nieuw, 1 aangevuld."
    entries = {e.name: e for e in service.entries()}
    assert set(entries) == {"Soepbar", "Moestuin"}
    assert entries["Soepbar"].contact == "nieuw nummer"
    assert entries["Soepbar"].notes == (
        "Onze notitie\n\n— Aangevuld uit het buurtregister van een collega (15-06-2026) —\n"
        "Hun notitie")


def test_a_file_that_is_not_a_register_is_refused_with_a_clear_message(qtbot, dossier, tmp_path):
    service = RegisterService(dossier.db)
    service.save(NeighbourhoodEntry(name="Park", notes="blijft"))
    before = dossier.db.execute("SELECT * FROM neighbourhood_entries").fetchall()
    dialog = _show(qtbot, ImportDialog(service, lambda: TODAY))
    bad = tmp_path / "kaart.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\nnot a register")
    clear_and_type(qtbot, dialog.file_field, str(bad))
    click(qtbot, dialog.check_button)
    assert dialog.message.text() == ("Niet ingelezen: dit is geen export van een buurtregister "
                                     "(geen JSON-tekst). Er is niets veranderd.")
    assert not dialog.import_button.isEnabled()
    with_clients = tmp_path / "met-clienten.json"
    with_clients.write_text(json.dumps({
        "format": "resokit-neighbourhood-register", "version": 1,
        "entries": [{"kind": "place", "name": "Park", "client_name": "Marie"}]}))
    clear_and_type(qtbot, dialog.file_field, str(with_clients))
    click(qtbot, dialog.check_button)
    assert "bevat meer dan registeritems" in dialog.message.text()
    assert not dialog.import_button.isEnabled()
    assert dossier.db.execute("SELECT * FROM neighbourhood_entries").fetchall() == before


def test_the_main_window_opens_the_register_from_its_menu_key(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_B,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    register = window.findChild(RegisterWindow)
    assert register is not None and register.isVisible()
    assert "neighbourhood_register" in window.action_registry
    # Inside the register window its own keys win over the main window's (Ctrl+N, Ctrl+F).
    register.activateWindow()
    qtbot.waitUntil(register.isActiveWindow)
    qtbot.keyClick(register, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert register.form.fields["name"].hasFocus()
    qtbot.keyClicks(register.form.fields["name"], "Speelplein")
    qtbot.keyClick(register, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert [e.name for e in register.service.entries()] == ["Speelplein"]
    assert window.overview.is_new() and not window.overview.isEnabled()  # no new client
    qtbot.keyClick(register, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert register.list_panel.search_field.hasFocus()
    register.close()
    qtbot.waitUntil(lambda: window.findChild(RegisterWindow) is None)


def test_export_asks_before_replacing_an_existing_file(qtbot, dossier, tmp_path):
    service = RegisterService(dossier.db)
    service.save(NeighbourhoodEntry(name="Park"))
    target = tmp_path / "register.json"
    target.write_text("eerdere export")
    dialog = _show(qtbot, ExportDialog(service, EntryFilter()))
    clear_and_type(qtbot, dialog.file_field, str(target))
    seen: list[str] = []
    answer_next_dialog(qtbot, "register_export_replace_no", seen)
    click(qtbot, dialog.export_button)
    assert seen == ["register.json bestaat al. Vervangen door deze export?"]
    assert target.read_text() == "eerdere export"
    answer_next_dialog(qtbot, "register_export_replace_yes")
    click(qtbot, dialog.export_button)
    assert json.loads(target.read_text())["entries"][0]["name"] == "Park"


def test_an_entry_added_to_the_client_waits_in_the_webs_unplaced_list(qtbot, window, dossier):
    """From the register into the open client's registry: the web offers it to place."""
    from resokit_desktop.domain.client import Client
    from resokit_desktop.services import web_service
    from resokit_desktop.storage import clients_repo

    client_id = clients_repo.save_client(dossier.db, Client(name="Lotte"))
    web_service.new_version(dossier.db, client_id, date(2026, 6, 1))
    RegisterService(dossier.db).save(NeighbourhoodEntry(name="Zwembad De Golf"))
    window.refresh_clients()
    assert window.open_client(client_id)
    qtbot.keyClick(window, Qt.Key.Key_B,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    register = window.findChild(RegisterWindow)
    table = register.list_panel.table
    rect = table.visualRect(table.model().index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    click(qtbot, register.list_panel.client_button)
    assert register.message.text().startswith("Toegevoegd")
    register.close()
    web_tab = window.tab_widget("inclusion_web")
    window.tabs.setCurrentWidget(web_tab)
    unplaced = web_tab.unplaced.list
    assert [unplaced.item(i).text() for i in range(unplaced.count())] == [
        "Zwembad De Golf (plaats)"]
