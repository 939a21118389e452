"""Bad input in the client form: a specific message at the field, nothing stored, input kept."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from ui_steps import answer_next_dialog, clear_and_type, click_row

from resokit_desktop.domain.client import Client
from resokit_desktop.storage import clients_repo
from resokit_desktop.storage.connection import open_database


@pytest.fixture
def two_clients(dossier, window):
    first = clients_repo.save_client(
        dossier.db, Client(name="Anna Claes", birth_year=1960, email="anna@voorbeeld.be"))
    second = clients_repo.save_client(dossier.db, Client(name="Bert Janssens"))
    window.refresh_clients()
    return first, second


def _open_first(qtbot, window) -> None:
    click_row(qtbot, window.client_list.table, 0)
    assert window.overview.form.name_field.text() == "Anna Claes"


def _stored(db_path, client_id) -> Client:
    fresh = open_database(db_path)
    try:
        return clients_repo.get_client(fresh, client_id)
    finally:
        fresh.conn.close()


NEXT_YEAR = str(date.today().year + 1)

CASES = [
    ("name", "", "Vul een naam of pseudoniem in."),
    ("birth_year", NEXT_YEAR, f"niet later zijn dan {date.today().year}"),
    ("birth_year", "1850", "niet vóór 1900"),
    ("birth_year", "negentig", "in cijfers"),
    ("email", "anna@voorbeeld", "e-mailadres klopt niet"),
    ("email", "anna voorbeeld.be", "e-mailadres klopt niet"),
    ("start_date", "31-02-2026", "datum bestaat niet"),
    ("start_date", "gisteren", "datum bestaat niet"),
]


@pytest.mark.parametrize(("field_key", "typed", "expected"), CASES)
def test_bad_input_is_shown_at_the_field_and_not_stored(
        qtbot, window, two_clients, db_path, field_key, typed, expected):
    first, _ = two_clients
    _open_first(qtbot, window)
    form = window.overview.form
    before = _stored(db_path, first)
    clear_and_type(qtbot, form.fields[field_key], typed)
    assert window.overview.save_now() is False

    message = form.messages[field_key]
    assert message.isVisible()
    assert expected in message.text()
    assert form.fields[field_key].accessibleDescription() != ""
    assert "Niet bewaard" in window.overview.status.text()
    assert form.fields[field_key].text() == typed  # the input stays in the form
    assert _stored(db_path, first) == before  # nothing of it was stored
    # The other fields carry no message.
    assert [k for k, m in form.messages.items() if m.isVisible()] == [field_key]


def test_fixing_the_input_clears_the_message_and_saves(qtbot, window, two_clients, db_path):
    first, _ = two_clients
    _open_first(qtbot, window)
    form = window.overview.form
    clear_and_type(qtbot, form.birth_year_field, "1850")
    assert window.overview.save_now() is False
    clear_and_type(qtbot, form.birth_year_field, "1950")
    assert window.overview.save_now() is True
    assert not form.messages["birth_year"].isVisible()
    assert _stored(db_path, first).birth_year == 1950


def test_leaving_with_invalid_input_asks_go_back_or_discard(qtbot, window, two_clients, db_path):
    first, second = two_clients
    _open_first(qtbot, window)
    form = window.overview.form
    clear_and_type(qtbot, form.name_field, "")
    clear_and_type(qtbot, form.email_field, "geen-adres")

    # Going to another client asks; "go back" keeps the client and the input.
    seen: list[str] = []
    answer_next_dialog(qtbot, "leave_back", seen)
    click_row(qtbot, window.client_list.table, 1)
    assert seen and "niet bewaard" in seen[0].lower()
    assert window.current_client_id() == first
    assert form.email_field.text() == "geen-adres"
    assert form.messages["name"].isVisible()
    assert window.client_list.current_client_id() == first

    # Asking again and discarding goes on; nothing of the bad input was stored.
    answer_next_dialog(qtbot, "leave_discard")
    click_row(qtbot, window.client_list.table, 1)
    assert window.current_client_id() == second
    stored = _stored(db_path, first)
    assert stored.name == "Anna Claes"
    assert stored.email == "anna@voorbeeld.be"


def test_consent_needs_a_purpose_and_a_real_date(qtbot, window, two_clients, db_path):
    first, _ = two_clients
    _open_first(qtbot, window)
    panel = window.overview.form.consent_panel
    clear_and_type(qtbot, panel.purpose_field, "")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert "doel" in panel.purpose_message.text()
    clear_and_type(qtbot, panel.purpose_field, "Samenvatting delen met huisarts")
    clear_and_type(qtbot, panel.given_field, "32-13-2026")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert "bestaat niet" in panel.given_message.text()
    assert panel.table.rowCount() == 0
    clear_and_type(qtbot, panel.given_field, "02-11-2026")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.table.rowCount() == 1
    assert window.overview.flush()
    consents = _stored(db_path, first).consents
    assert [(c.purpose, c.given_on, c.withdrawn_on) for c in consents] == [
        ("Samenvatting delen met huisarts", "2026-11-02", None)]

    panel.table.selectRow(0)
    qtbot.mouseClick(panel.withdraw_button, Qt.MouseButton.LeftButton)
    assert window.overview.flush()
    assert _stored(db_path, first).consents[0].withdrawn_on == date.today().isoformat()
