"""One bad optional field never holds back the rest of the client record."""

from __future__ import annotations

from PySide6.QtCore import Qt
from ui_steps import clear_and_type, click_row

from resokit_desktop.domain.client import Client
from resokit_desktop.storage import clients_repo
from resokit_desktop.storage.connection import open_database


def _stored(db_path, client_id) -> Client:
    fresh = open_database(db_path)
    try:
        return clients_repo.get_client(fresh, client_id)
    finally:
        fresh.conn.close()


def test_a_wrong_email_is_marked_and_every_other_field_is_saved(qtbot, window, dossier, db_path):
    client_id = clients_repo.save_client(
        dossier.db, Client(name="Anna Claes", email="anna@voorbeeld.be"))
    window.refresh_clients()
    click_row(qtbot, window.client_list.table, 0)
    form = window.overview.form
    clear_and_type(qtbot, form.phone_field, "0470 12 34 56")
    clear_and_type(qtbot, form.email_field, "anna@voorbeeld")
    clear_and_type(qtbot, form.neighbourhood_field, "Rabot")
    qtbot.keyClick(form.neighbourhood_field, Qt.Key.Key_Tab)  # focus leaves: autosave runs

    qtbot.waitUntil(lambda: _stored(db_path, client_id).phone == "0470 12 34 56")
    stored = _stored(db_path, client_id)
    assert stored.neighbourhood == "Rabot"
    assert stored.email == "anna@voorbeeld.be"  # the wrong one is not stored, the old one stays
    # Only the e-mail field is marked; the input stays in it to be fixed.
    assert list(form.visible_messages()) == ["email"]
    assert form.email_field.text() == "anna@voorbeeld"
    status = window.overview.status.text()
    assert "e-mailadres klopt niet" in status and "Al de rest is bewaard" in status
    # Fixing it stores it.
    clear_and_type(qtbot, form.email_field, "anna@voorbeeld.be")
    clear_and_type(qtbot, form.email_field, "anna.claes@voorbeeld.be")
    assert window.overview.save_now() is True
    assert _stored(db_path, client_id).email == "anna.claes@voorbeeld.be"
    assert form.visible_messages() == {}


def test_a_new_client_with_a_wrong_email_is_stored_with_its_name(qtbot, window, db_path):
    window.new_client()
    form = window.overview.form
    qtbot.keyClicks(form.name_field, "Bert Janssens")
    clear_and_type(qtbot, form.email_field, "bert at home")
    window.overview.save_now()
    client_id = window.overview.client_id()
    assert client_id is not None
    stored = _stored(db_path, client_id)
    assert (stored.name, stored.email) == ("Bert Janssens", "")
    assert list(form.visible_messages()) == ["email"]
