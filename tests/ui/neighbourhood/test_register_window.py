"""The Buurtregister window, driven by keys and clicks: add, edit, search, filter, delete, scan,
and everything found again after reopening the file."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from register_steps import answer_next_dialog, clear_and_type, click, click_row, table_names

from resokit_desktop.domain.client import Client
from resokit_desktop.domain.neighbourhood.entry import NeighbourhoodEntry, NeighbourhoodKind
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.services.register_service import EntryFilter, RegisterService
from resokit_desktop.ui.neighbourhood.register_window import RegisterWindow

K = NeighbourhoodKind
TODAY = date(2026, 6, 15)


def _entries(db_path) -> list[NeighbourhoodEntry]:
    dossier = DossierFile.open(db_path)
    try:
        return RegisterService(dossier.db).entries()
    finally:
        dossier.close()


def _seeded_window(qtbot, dossier) -> RegisterWindow:
    service = RegisterService(dossier.db)
    for entry in (
        NeighbourhoodEntry(kind=K.PLACE, name="Bibliotheek Noord", neighbourhood="Laken",
                           offers="Boeken en een café voor taal", last_checked="2026-01-10"),
        NeighbourhoodEntry(kind=K.KEY_FIGURE, name="Bakker Mohamed", neighbourhood="Jette",
                           needs="Iemand die brood rondbrengt"),
    ):
        service.save(entry)
    window = RegisterWindow(service, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.fixture
def register(qtbot, dossier):
    return _seeded_window(qtbot, dossier)


def test_add_an_entry_by_keyboard_search_filter_and_find_it_after_reopening(qtbot, db_path):
    dossier = DossierFile.open(db_path)
    register = _seeded_window(qtbot, dossier)
    qtbot.keyClick(register, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = register.form
    assert form.fields["name"].hasFocus()
    qtbot.keyClicks(form.fields["name"], "Repair Cafe Marollen")  # (keyClicks: ASCII only)
    qtbot.keyClick(form.fields["name"], Qt.Key.Key_Tab)  # to the kind
    qtbot.keyClick(form.fields["kind"], Qt.Key.Key_Down)
    qtbot.keyClick(form.fields["kind"], Qt.Key.Key_Down)  # place -> key figure -> initiative
    clear_and_type(qtbot, form.fields["neighbourhood"], "Marollen")
    qtbot.mouseClick(form.fields["needs"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.fields["needs"], "Handige mensen die fietsen herstellen")
    clear_and_type(qtbot, form.fields["last_checked"], "3-5-2026")
    qtbot.waitUntil(lambda: register.status.state == "saved" and not register.has_pending_edits(),
                    timeout=5000)
    [stored] = RegisterService(dossier.db).entries(EntryFilter(search="fietsen"))
    assert (stored.name, stored.kind, stored.neighbourhood, stored.last_checked) == (
        "Repair Cafe Marollen", K.INITIATIVE, "Marollen", "2026-05-03")
    table = register.list_panel.table
    assert "Repair Cafe Marollen" in table_names(table)

    # Search: Ctrl+F, type, the list narrows (accents do not matter).
    qtbot.keyClick(register, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(register.list_panel.search_field, "cafe")  # finds "café" too
    assert table_names(table) == ["Bibliotheek Noord", "Repair Cafe Marollen"]
    qtbot.keyClicks(register.list_panel.search_field, " marollen")
    assert table_names(table) == ["Repair Cafe Marollen"]
    clear_and_type(qtbot, register.list_panel.search_field, "")

    # Filters: kind and neighbourhood.
    kinds = register.list_panel.kind_filter
    kinds.setFocus()
    for _ in range(2):
        qtbot.keyClick(kinds, Qt.Key.Key_Down)  # all -> place -> key figure
    assert table_names(table) == ["Bakker Mohamed"]
    kinds.setCurrentIndex(0)
    hoods = register.list_panel.hood_filter
    assert [hoods.itemText(i) for i in range(hoods.count())][1:] == ["Jette", "Laken", "Marollen"]
    hoods.setFocus()
    qtbot.keyClick(hoods, Qt.Key.Key_End)
    assert table_names(table) == ["Repair Cafe Marollen"]
    register.close()
    dossier.close()

    names = [e.name for e in _entries(db_path)]
    assert sorted(names) == ["Bakker Mohamed", "Bibliotheek Noord", "Repair Cafe Marollen"]
    reopened = DossierFile.open(db_path)
    try:
        again = RegisterWindow(RegisterService(reopened.db), today=lambda: TODAY)
        qtbot.addWidget(again)
        again.show()
        qtbot.keyClicks(again.list_panel.search_field, "herstellen")
        assert table_names(again.list_panel.table) == ["Repair Cafe Marollen"]
        click_row(qtbot, again.list_panel.table, 0)
        assert again.form.fields["last_checked"].text() == "03-05-2026"
        again.close()
    finally:
        reopened.close()


def test_editing_an_entry_is_saved_and_today_can_be_marked(qtbot, register, dossier):
    table = register.list_panel.table
    click_row(qtbot, table, table_names(table).index("Bibliotheek Noord"))
    notes = register.form.fields["notes"]
    qtbot.mouseClick(notes, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(notes, "Vraag naar Ilse aan de balie")
    click(qtbot, register.form.checked_today)
    qtbot.waitUntil(lambda: not register.has_pending_edits(), timeout=5000)
    [stored] = RegisterService(dossier.db).entries(EntryFilter(search="Ilse"))
    assert stored.name == "Bibliotheek Noord" and stored.last_checked == "2026-06-15"
    assert register.status.text() == "✓ Alles is bewaard."


def test_a_name_is_required_and_a_wrong_date_is_shown_at_its_field(qtbot, register, dossier):
    click(qtbot, register.list_panel.new_button)
    form = register.form
    clear_and_type(qtbot, form.fields["address"], "Kerkstraat 5")
    qtbot.keyClick(register, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.messages["name"].message() == "Vul een naam in: zonder naam wordt niets bewaard."
    assert RegisterService(dossier.db).count() == 2  # nothing stored without a name
    clear_and_type(qtbot, form.fields["name"], "Speelplein")
    clear_and_type(qtbot, form.fields["last_checked"], "31-02-2026")
    qtbot.keyClick(register, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "datum bestaat niet" in form.messages["last_checked"].message()
    assert not form.messages["name"].message()
    # The valid part is stored; the wrong date waits in its field.
    [stored] = RegisterService(dossier.db).entries(EntryFilter(search="speelplein"))
    assert stored.address == "Kerkstraat 5" and stored.last_checked is None
    assert form.fields["last_checked"].text() == "31-02-2026"
    assert "Niet bewaard" in register.status.text()
    clear_and_type(qtbot, form.fields["last_checked"], "28-02-2026")
    qtbot.waitUntil(lambda: not register.has_pending_edits(), timeout=5000)
    assert RegisterService(dossier.db).entry(stored.id).last_checked == "2026-02-28"


def test_delete_asks_first_and_cancel_keeps_the_entry(qtbot, register, dossier):
    table = register.list_panel.table
    click_row(qtbot, table, table_names(table).index("Bakker Mohamed"))
    table.setFocus()
    seen: list[str] = []
    answer_next_dialog(qtbot, "register_cancel_delete", seen)  # first Del: cancel
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert seen == ["'Bakker Mohamed' uit het buurtregister verwijderen?"]
    assert RegisterService(dossier.db).count() == 2
    # Then Del again and confirm.
    register.activateWindow()  # offscreen, the window manager would do this after the box
    qtbot.waitUntil(table.hasFocus)
    answer_next_dialog(qtbot, "register_confirm_delete")
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert [e.name for e in RegisterService(dossier.db).entries()] == ["Bibliotheek Noord"]
    assert table_names(table) == ["Bibliotheek Noord"]
    assert register.message.text() == "'Bakker Mohamed' is verwijderd."


def test_the_scan_shows_open_needs_and_entries_not_checked_for_a_year(qtbot, register):
    qtbot.keyClick(register, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    text = register.scan_view.toPlainText()
    assert "Jette" in text and "Laken" in text
    assert "Bakker Mohamed: Iemand die brood rondbrengt" in text
    assert "Bakker Mohamed (nooit nagekeken)" in text
    assert "Bibliotheek Noord (laatst" not in text  # checked in January: not stale on 15-06
    assert "15-06-2026" in text


def test_add_to_the_shown_clients_contacts(qtbot, dossier):
    from resokit_desktop.storage import clients_repo, contacts_repo

    client_id = clients_repo.save_client(dossier.db, Client(name="Lotte"))
    service = RegisterService(dossier.db)
    service.save(NeighbourhoodEntry(kind=K.PLACE, name="Zwembad", address="Badstraat 1"))
    shown: list[int | None] = [None]
    window = RegisterWindow(service, client_id=lambda: shown[0], today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    click_row(qtbot, window.list_panel.table, 0)
    click(qtbot, window.list_panel.client_button)
    assert window.message.text() == "Kies eerst een cliënt in het hoofdvenster."
    shown[0] = client_id
    click(qtbot, window.list_panel.client_button)
    assert [(c.name, str(c.kind)) for c in contacts_repo.list_contacts(dossier.db, client_id)] \
        == [("Zwembad", "place")]
    assert window.message.text().startswith("Toegevoegd")


def test_closing_with_a_missing_name_asks_and_going_back_keeps_the_input(qtbot, register, dossier):
    click(qtbot, register.list_panel.new_button)
    clear_and_type(qtbot, register.form.fields["address"], "Kerkstraat 9")
    seen: list[str] = []
    answer_next_dialog(qtbot, "leave_back", seen)
    register.close()
    assert register.isVisible()
    assert seen == ["Deze wijzigingen zijn nog niet bewaard."]
    assert register.form.fields["address"].text() == "Kerkstraat 9"
    assert register.form.fields["name"].hasFocus() or not register.isActiveWindow()
    answer_next_dialog(qtbot, "leave_discard")
    register.close()
    assert not register.isVisible()
    assert RegisterService(dossier.db).count() == 2


def test_a_lock_closing_the_window_stores_what_is_valid_without_asking(qtbot, register, dossier):
    """The lock rejects open dialogs: typed input that may be stored is stored first."""
    table = register.list_panel.table
    click_row(qtbot, table, table_names(table).index("Bakker Mohamed"))
    clear_and_type(qtbot, register.form.fields["contact"], "0470 12 34 56")
    assert register.has_pending_edits()
    register.reject()
    assert not register.isVisible()
    [stored] = RegisterService(dossier.db).entries(EntryFilter(search="Bakker"))
    assert stored.contact == "0470 12 34 56"


def test_tab_leaves_the_list_and_walks_the_whole_window_without_a_trap(qtbot, register):
    """Keyboard users: Tab leaves the table (arrows move in it) and comes round again."""
    table = register.list_panel.table
    click_row(qtbot, table, 0)
    assert table.hasFocus()
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus()
    visited = set()
    for _ in range(60):
        widget = register.focusWidget()
        visited.add(widget.objectName())
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        if register.focusWidget() is table:
            break
    assert register.focusWidget() is table
    assert {"register_search", "register_field_name", "register_field_notes",
            "register_export"} <= visited


def test_moving_to_another_entry_with_an_empty_name_asks_first(qtbot, register, dossier):
    table = register.list_panel.table
    click_row(qtbot, table, table_names(table).index("Bibliotheek Noord"))
    clear_and_type(qtbot, register.form.fields["name"], "")
    answer_next_dialog(qtbot, "leave_back")
    click_row(qtbot, table, table_names(table).index("Bakker Mohamed"))
    assert register.form.fields["name"].text() == ""
    assert register.form.fields["offers"].toPlainText() == "Boeken en een café voor taal"
    assert table.currentIndex().data() == "Bibliotheek Noord"
    answer_next_dialog(qtbot, "leave_discard")
    click_row(qtbot, table, table_names(table).index("Bakker Mohamed"))
    assert register.form.fields["name"].text() == "Bakker Mohamed"
    assert sorted(e.name for e in RegisterService(dossier.db).entries()) == [
        "Bakker Mohamed", "Bibliotheek Noord"]


def test_a_full_disk_keeps_the_input_and_the_retry_button_stores_it(
        qtbot, register, dossier, monkeypatch):
    """The write fails as SQLite reports a full disk (patched at the repository: a real full
    disk cannot be made here); nothing typed is lost and "Opnieuw proberen" stores it."""
    from resokit_desktop.storage import neighbourhood_repo
    from resokit_desktop.storage.errors import WriteFailedError

    real_save = neighbourhood_repo.save_entry

    def full(_db, _entry):
        raise WriteFailedError("database or disk is full")

    monkeypatch.setattr(neighbourhood_repo, "save_entry", full)
    table = register.list_panel.table
    click_row(qtbot, table, table_names(table).index("Bakker Mohamed"))
    clear_and_type(qtbot, register.form.fields["contact"], "0470 99 88 77")
    qtbot.keyClick(register, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "de schijf is vol" in register.status.text()
    assert register.status.retry_button.isVisible()
    assert register.form.fields["contact"].text() == "0470 99 88 77"
    monkeypatch.setattr(neighbourhood_repo, "save_entry", real_save)
    click(qtbot, register.status.retry_button)
    [stored] = RegisterService(dossier.db).entries(EntryFilter(search="Bakker"))
    assert stored.contact == "0470 99 88 77"
    assert register.status.text() == "✓ Alles is bewaard."


def test_a_deleted_entry_comes_back_with_ctrl_z_or_the_undo_button(qtbot, register, dossier):
    service = RegisterService(dossier.db)
    table = register.list_panel.table
    bakker = next(e for e in service.entries() if e.name == "Bakker Mohamed")
    click_row(qtbot, table, table_names(table).index("Bakker Mohamed"))
    answer_next_dialog(qtbot, "register_confirm_delete")
    click(qtbot, register.list_panel.delete_button)
    assert register.undo_button.isVisible()
    assert not service.exists(bakker.id)
    register.activateWindow()  # offscreen, the window manager would do this after the box
    qtbot.waitUntil(register.isActiveWindow)
    # In a text field Ctrl+Z undoes the typing, not the delete.
    search = register.list_panel.search_field
    qtbot.keyClicks(search, "xyz")
    search.setFocus()
    qtbot.keyClick(search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert search.text() == "" and not service.exists(bakker.id)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert service.entry(bakker.id) == bakker  # the same id: references to it hold again
    assert register.message.text() == "'Bakker Mohamed' staat terug."
    assert register.form.fields["name"].text() == "Bakker Mohamed"
    assert not register.undo_button.isVisible()
    answer_next_dialog(qtbot, "register_confirm_delete")
    click(qtbot, register.list_panel.delete_button)
    click(qtbot, register.undo_button)
    assert "Bakker Mohamed" in table_names(table) and service.exists(bakker.id)
