"""A buurtkaart edit the file cannot take (full: SQLite's max_page_count on the tab's connection)
says "Niet bewaard", is handed over in memory when the window goes away (an automatic lock) and
is back, and then stored, in a new tab once there is room."""

from __future__ import annotations

from dataclasses import replace

from map_ui_helpers import finish, make_tab, open_tab, stored, wait_saved
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

PASTED = "Lange uitleg over de bus die 's avonds niet meer rijdt. " * 8000  # ~450 kB


def test_an_unsaved_map_survives_a_lock_and_is_stored_after(qtbot, db_path):
    tab, dossier, client_id = make_tab(qtbot, db_path)
    tab.new_version()
    tab.editor.view.setFocus()
    QTest.keyClick(tab.editor.view, Qt.Key.Key_Insert)
    wait_saved(qtbot, tab)
    assert tab.save_label.text() == "Bewaard"
    pin_id = tab.editor.scene.selected_pin_ids()[0]
    pages = dossier.db.execute("PRAGMA page_count").fetchone()[0]
    dossier.db.execute(f"PRAGMA max_page_count = {pages}")  # not one page more

    pin = tab.editor.document.pin(pin_id)
    tab.editor.edit_pin(replace(pin, barriers=PASTED), "barriers")
    assert not tab.flush()
    assert "Niet bewaard" in tab.save_label.text()
    kept = tab.release_unsaved()
    assert kept is not None and kept.client_id == client_id
    tab.close()

    dossier.db.execute("PRAGMA max_page_count = 1073741823")  # room again
    again = open_tab(qtbot, dossier, client_id)
    again.restore_kept(kept)
    assert again.editor.document.pin(pin_id).barriers == PASTED
    assert "Niet bewaard" in again.save_label.text()
    qtbot.waitUntil(lambda: again.save_label.text() == "Bewaard", timeout=5000)
    finish(again, dossier)
    version, _, _ = stored(db_path, client_id)
    assert version.pins[pin_id].barriers == PASTED
