"""A buurtkaart pin and the neighbourhood register, with real clicks and keys: link a pin to a
register entry (picked by searching) and find it after reopening; "add to the register" makes an
entry of the place only, and refuses a name that carries client data (canary)."""

from __future__ import annotations

from map_ui_helpers import click, finish, make_tab, open_tab, stored, wait_saved
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from resokit_desktop.domain.neighbourhood.entry import NeighbourhoodEntry
from resokit_desktop.domain.web.model import EntryKind, RegistryEntry
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.services.register_service import RegisterService
from resokit_desktop.storage import contacts_repo
from resokit_desktop.storage.connection import open_database
from resokit_desktop.ui.buurtkaart.pin_register import AddToRegisterDialog
from resokit_desktop.ui.neighbourhood.entry_picker import EntryPicker

CANARY = "Zwaluwstaart"
FRIEND = "Mieke Vogelzang"


def _with_dialog(qtbot, kind, act) -> list:
    """When the next modal dialog of ``kind`` opens, run ``act(dialog)`` on it."""
    seen: list = []

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, step)
            return
        seen.append(dialog)
        try:
            act(dialog)
        except BaseException as exc:  # a failed check must not leave the dialog open
            seen.append(exc)
            dialog.reject()

    QTimer.singleShot(0, step)
    return seen


def _placed_pin(qtbot, tab, name: str) -> int:
    qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.mode_buttons["place"], Qt.MouseButton.LeftButton)
    click(tab, (0.4, 0.4))
    pin_id = tab.editor.scene.selected_pin_ids()[0]
    tab.pin_panel.name_edit.selectAll()
    QTest.keyClicks(tab.pin_panel.name_edit, name)
    QTest.keyClick(tab.pin_panel.name_edit, Qt.Key.Key_Return)
    return pin_id


def test_a_pin_linked_to_a_register_entry_is_found_after_reopening(qtbot, db_path):
    tab, dossier, client_id = make_tab(qtbot, db_path)
    service = RegisterService(dossier.db)
    service.save(NeighbourhoodEntry(name="Sporthal Noord", neighbourhood="Noord"))
    linde = service.save(NeighbourhoodEntry(name="Buurthuis De Linde", neighbourhood="Zuid"))
    pin_id = _placed_pin(qtbot, tab, "Het buurthuis")
    box = tab.pin_panel.register_box
    assert "Niet gekoppeld" in box.linked.text()

    def pick(dialog) -> None:
        QTest.keyClicks(dialog.search_field, "linde")
        qtbot.waitUntil(lambda: dialog.list.count() == 1)
        QTest.keyClick(dialog.search_field, Qt.Key.Key_Return)

    seen = _with_dialog(qtbot, EntryPicker, pick)
    qtbot.mouseClick(box.link_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1, seen
    assert tab.editor.document.pin(pin_id).neighbourhood_entry_id == linde
    assert "Buurthuis De Linde" in box.linked.text()
    tab.undo_stack().undo()  # the link is a step of the map like any other
    assert tab.editor.document.pin(pin_id).neighbourhood_entry_id is None
    assert "Niet gekoppeld" in box.linked.text()
    tab.undo_stack().redo()
    assert "Buurthuis De Linde" in box.linked.text()
    wait_saved(qtbot, tab)
    finish(tab, dossier)

    version, _rows, _images = stored(db_path, client_id)
    assert version.pins[pin_id].neighbourhood_entry_id == linde
    reopened = DossierFile.open(db_path)
    tab = open_tab(qtbot, reopened, client_id)
    tab.editor.select_only(pin_id)
    assert "Buurthuis De Linde" in tab.pin_panel.register_box.linked.text()
    finish(tab, reopened)


def _register_bytes(db_path) -> bytes:
    db = open_database(db_path)
    try:
        rows = list(db.execute("SELECT * FROM neighbourhood_entries"))
        rows += list(db.execute("SELECT * FROM neighbourhood_entries_fts"))
    finally:
        db.conn.close()
    return repr(rows).encode()


def test_adding_a_place_to_the_register_carries_no_client_data(qtbot, db_path):
    tab, dossier, client_id = make_tab(qtbot, db_path, name=f"Anna {CANARY}")
    contacts_repo.add_contact(dossier.db, RegistryEntry(None, client_id, EntryKind.PERSON,
                                                        FRIEND, "zus, woont om de hoek"))
    tab.set_client(client_id)
    pin_id = _placed_pin(qtbot, tab, f"Bij {FRIEND}")
    box = tab.pin_panel.register_box
    messages: list[str] = []

    def refuse_then_rename(dialog) -> None:
        assert dialog.name_field.text() == f"Bij {FRIEND}"
        QTest.keyClick(dialog.name_field, Qt.Key.Key_Return)  # the first try: refused
        qtbot.waitUntil(dialog.message.isVisible)
        messages.append(dialog.message.text())
        dialog.name_field.selectAll()
        QTest.keyClicks(dialog.name_field, "Wasserette De Zeepbel")
        QTest.keyClicks(dialog.address_field, "Marktstraat 4")
        QTest.keyClicks(dialog.hood_field.lineEdit(), "Centrum")
        QTest.keyClick(dialog.name_field, Qt.Key.Key_Return)

    seen = _with_dialog(qtbot, AddToRegisterDialog, refuse_then_rename)
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1, seen
    assert "cliëntgegevens" in messages[0]
    entry_id = tab.editor.document.pin(pin_id).neighbourhood_entry_id
    assert entry_id is not None
    wait_saved(qtbot, tab)
    finish(tab, dossier)

    db = open_database(db_path)
    try:
        entries = RegisterService(db).entries()
    finally:
        db.conn.close()
    assert [(e.id, e.name, e.address, e.neighbourhood, str(e.kind)) for e in entries] == [
        (entry_id, "Wasserette De Zeepbel", "Marktstraat 4", "Centrum", "place")]
    data = _register_bytes(db_path)
    for private in (CANARY, "Vogelzang", "Mieke", "zus"):
        assert private.encode() not in data
