"""A role-plan save the file refuses shows "Niet bewaard", keeps the input, and goes through later.

The failure is real: a second connection holds the file's write lock, as another program would.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from roles_helpers import close_window, open_window, seed_client, show_tab, stored_plans

from resokit_desktop.storage.connection import connect_raw


def test_a_refused_write_keeps_the_plan_input_and_the_next_save_stores_it(qtbot, db_path):
    client_id = seed_client(db_path)
    main, dossier = open_window(qtbot, db_path, client_id)
    dossier.db.execute("PRAGMA busy_timeout = 50")  # only to keep the test quick
    tab = show_tab(qtbot, main, "roles")
    QTest.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    QTest.keyClicks(tab.form.title_field, "Buurtgids")
    assert tab.save_now()
    QTest.keyClicks(tab.form.need_field, "Nieuwe bewoners kennen de buurt niet.")
    other = connect_raw(db_path)
    try:
        other.execute("BEGIN IMMEDIATE")
        assert tab.save_now() is False
        assert tab.status.label.text().startswith("⚠ Niet bewaard: ")
        assert tab.status.retry_button.isVisible()
        assert tab.form.need_field.toPlainText() == "Nieuwe bewoners kennen de buurt niet."
        other.execute("ROLLBACK")
    finally:
        other.close()
    assert stored_plans(db_path, client_id)[0].need == ""
    QTest.mouseClick(tab.status.retry_button, Qt.MouseButton.LeftButton)
    assert tab.status.state == "saved"
    assert stored_plans(db_path, client_id)[0].need == "Nieuwe bewoners kennen de buurt niet."
    close_window(main, dossier)


def test_input_the_file_refused_is_kept_over_a_lock_and_stored_after(qtbot, db_path):
    client_id = seed_client(db_path)
    main, dossier = open_window(qtbot, db_path, client_id)
    dossier.db.execute("PRAGMA busy_timeout = 50")
    tab = show_tab(qtbot, main, "roles")
    QTest.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    QTest.keyClicks(tab.form.title_field, "Buurtgids")
    assert tab.save_now()
    QTest.keyClicks(tab.form.support_field, "Een tolk bij de eerste wandeling.")
    other = connect_raw(db_path)
    try:
        other.execute("BEGIN IMMEDIATE")
        assert tab.save_now() is False
        kept = main.release_unsaved()  # what an automatic lock does before the window goes
        other.execute("ROLLBACK")
    finally:
        other.close()
    assert "Een tolk" not in repr(kept)  # client data never in a repr or a log
    close_window(main, dossier)
    assert stored_plans(db_path, client_id)[0].support == ""

    main, dossier = open_window(qtbot, db_path, client_id)
    main.restore_kept(kept)
    tab = main.tabs.currentWidget()
    assert tab.property("tab_key") == "roles"
    assert tab.form.support_field.toPlainText() == "Een tolk bij de eerste wandeling."
    assert tab.status.label.text().startswith("⚠ Niet bewaard: ")
    assert tab.save_now()
    assert stored_plans(db_path, client_id)[0].support == "Een tolk bij de eerste wandeling."
    close_window(main, dossier)
