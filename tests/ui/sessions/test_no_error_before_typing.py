"""Adding an empty agreement row shows no error and no "Niet bewaard" before anything is typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from session_steps import add_agreement, type_in_cell

from resokit_desktop.storage import sessions_repo


def test_an_empty_new_agreement_row_is_no_error(qtbot, sessions_tab, dossier, client_id):
    editor = sessions_tab.editor
    qtbot.keyClicks(editor.worked_on_field, "Netwerk verkend")
    qtbot.mouseClick(editor.agreements.add_button, Qt.MouseButton.LeftButton)
    assert editor.agreements.table.rowCount() == 1
    # The autosave runs while the new row is still empty.
    qtbot.waitUntil(lambda: not sessions_tab.saver.is_pending(), timeout=3000)
    sessions_tab.save_now()
    assert "Niet bewaard" not in sessions_tab.status.text()
    assert editor.visible_messages() == []
    stored = sessions_repo.list_sessions(dossier.db, client_id)
    assert [s.worked_on for s in stored] == ["Netwerk verkend"]
    assert stored[0].agreements == []  # an untouched row is not an agreement


def test_an_agreement_typed_into_the_new_row_is_saved(qtbot, sessions_tab, dossier, client_id):
    add_agreement(qtbot, sessions_tab.editor.agreements, "Marie", "Bellen naar de bib")
    assert sessions_tab.save_now() is True
    stored = sessions_repo.list_sessions(dossier.db, client_id)
    assert [a.what for a in stored[0].agreements] == ["Bellen naar de bib"]


def test_a_row_with_only_who_typed_asks_for_the_what(qtbot, sessions_tab):
    agreements = sessions_tab.editor.agreements
    qtbot.mouseClick(agreements.add_button, Qt.MouseButton.LeftButton)
    type_in_cell(qtbot, agreements.table, 0, 0, "Marie")
    sessions_tab.editor.worked_on_field.setFocus()  # leave the table: the cell is taken over
    qtbot.waitUntil(lambda: agreements.table.item(0, 0).text() == "Marie")
    assert sessions_tab.save_now() is False
    assert sessions_tab.editor.visible_messages() != []
