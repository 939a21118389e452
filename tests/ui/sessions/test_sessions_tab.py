"""Sessions typed into the Gesprekken tab are stored with their agreements, newest first."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from session_steps import add_agreement, retype, type_in_cell, type_notes

from resokit_desktop.storage import sessions_repo
from resokit_desktop.storage.connection import open_database


def _stored_sessions(db_path, client_id):
    fresh = open_database(db_path)
    try:
        return sessions_repo.list_sessions(fresh, client_id)
    finally:
        fresh.conn.close()


def _fill_session(qtbot, tab, day: str, worked_on: str) -> None:
    editor = tab.editor
    retype(qtbot, editor.date_field, day)
    type_notes(qtbot, editor.worked_on_field, worked_on)
    type_notes(qtbot, editor.client_words_field, "Ik wil terug naar de koffieochtend.")
    type_notes(qtbot, editor.observations_field, "Oogt vermoeid; slaapt slecht.")


def test_a_typed_session_with_agreements_is_stored(qtbot, sessions_tab, client_id, db_path):
    tab = sessions_tab
    assert tab.session_list.count() == 0
    _fill_session(qtbot, tab, "02-11-2026", "Netwerk in kaart gebracht")
    tab.editor.type_field.setFocus()
    qtbot.keyClick(tab.editor.type_field, Qt.Key.Key_Down)  # intake -> opvolging
    add_agreement(qtbot, tab.editor.agreements, "Marie", "Buurthuis bellen", "09-11-2026")
    add_agreement(qtbot, tab.editor.agreements, "Begeleider", "Folder zwembad meebrengen")
    table = tab.editor.agreements.table
    rect = table.visualItemRect(table.item(1, 3))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(table, Qt.Key.Key_Space)  # the keyboard way to tick "klaar"
    retype(qtbot, tab.editor.next_date_field, "16-11-2026")
    retype(qtbot, tab.editor.next_time_field, "14:30")
    assert tab.flush()

    sessions = _stored_sessions(db_path, client_id)
    assert len(sessions) == 1
    session = sessions[0]
    assert session.date == "2026-11-02"
    assert str(session.type) == "follow_up"
    assert session.worked_on == "Netwerk in kaart gebracht"
    assert session.client_words == "Ik wil terug naar de koffieochtend."
    assert session.worker_observations == "Oogt vermoeid; slaapt slecht."
    assert session.next_appointment == "2026-11-16 14:30"
    assert [(a.who, a.what, a.due_date) for a in session.agreements] == [
        ("Marie", "Buurthuis bellen", "2026-11-09"),
        ("Begeleider", "Folder zwembad meebrengen", None),
    ]
    assert [a.done for a in session.agreements] == [False, True]
    assert tab.session_list.count() == 1


def test_sessions_are_listed_newest_first(qtbot, sessions_tab, client_id, db_path):
    tab = sessions_tab
    _fill_session(qtbot, tab, "05-10-2026", "Eerste kennismaking")
    assert tab.flush()
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    _fill_session(qtbot, tab, "19-10-2026", "Tweede gesprek")
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)  # saves the second one
    _fill_session(qtbot, tab, "12-10-2026", "Tussendoor gebeld")
    assert tab.flush()
    labels = [tab.session_list.item(i).text() for i in range(tab.session_list.count())]
    assert [label[:10] for label in labels] == ["19-10-2026", "12-10-2026", "05-10-2026"]
    assert [s.worked_on for s in _stored_sessions(db_path, client_id)] == [
        "Tweede gesprek", "Tussendoor gebeld", "Eerste kennismaking"]
    # Choosing an older session shows it; typing there changes that one only.
    tab.session_list.setCurrentRow(2)
    assert tab.editor.worked_on_field.toPlainText() == "Eerste kennismaking"


def test_the_workers_observations_are_labelled_as_not_on_the_client_copy(sessions_tab):
    from PySide6.QtWidgets import QLabel

    note = sessions_tab.findChild(QLabel, "worker_observations_note")
    assert note.isVisible()
    assert "niet op de kopie voor de cliënt" in note.text()
    assert "niet op de kopie" in sessions_tab.editor.observations_field.accessibleName()


BAD = [
    ("date", "31-11-2026", "datum bestaat niet"),
    ("date", "", "Vul de datum van het gesprek in."),
    ("next_appointment", "morgen", "datum bestaat niet"),
    ("next_time", "25:00", "Dit uur klopt niet"),
]


@pytest.mark.parametrize(("key", "typed", "expected"), BAD)
def test_bad_session_input_is_shown_at_the_field_and_not_stored(
        qtbot, sessions_tab, client_id, db_path, key, typed, expected):
    tab = sessions_tab
    type_notes(qtbot, tab.editor.worked_on_field, "Iets")
    retype(qtbot, tab.editor.fields[key], typed)
    assert tab.save_now() is False
    message = tab.editor.messages[key]
    assert message.isVisible()
    assert expected in message.text()
    assert tab.editor.fields[key].text() == typed
    assert _stored_sessions(db_path, client_id) == []


def test_an_agreement_without_text_is_refused_with_its_row_number(
        qtbot, sessions_tab, client_id, db_path):
    tab = sessions_tab
    type_notes(qtbot, tab.editor.worked_on_field, "Afspraken gemaakt")
    add_agreement(qtbot, tab.editor.agreements, "Marie", "Buurthuis bellen")
    add_agreement(qtbot, tab.editor.agreements, "Begeleider", "")
    assert tab.save_now() is False
    message = tab.editor.agreements.message
    assert message.isVisible()
    assert "Afspraak 2: vul in wat er afgesproken is." in message.text()
    assert _stored_sessions(db_path, client_id) == []
    type_in_cell(qtbot, tab.editor.agreements.table, 1, 1, "Folder meebrengen")
    assert tab.save_now() is True
    assert not message.isVisible()
    stored = _stored_sessions(db_path, client_id)[0]
    assert [a.what for a in stored.agreements] == ["Buurthuis bellen", "Folder meebrengen"]


def test_removing_an_agreement_row(qtbot, sessions_tab, client_id, db_path):
    tab = sessions_tab
    add_agreement(qtbot, tab.editor.agreements, "", "Eerste")
    add_agreement(qtbot, tab.editor.agreements, "", "Tweede")
    assert tab.flush()
    type_in_cell(qtbot, tab.editor.agreements.table, 0, 1, "Eerste")
    qtbot.mouseClick(tab.editor.agreements.remove_button, Qt.MouseButton.LeftButton)
    assert tab.flush()
    assert [a.what for a in _stored_sessions(db_path, client_id)[0].agreements] == ["Tweede"]


def test_pasted_word_line_breaks_and_escapes_are_not_stored(qtbot, sessions_tab, client_id,
                                                           db_path):
    from PySide6.QtGui import QGuiApplication

    tab = sessions_tab
    _fill_session(qtbot, tab, "02-11-2026", "Eerste punt")
    # Word's Shift+Enter arrives as a vertical tab; a terminal leaves an ESC.
    QGuiApplication.clipboard().setText("\x0bTweede punt\x1b[0m")
    qtbot.keyClick(tab.editor.worked_on_field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    add_agreement(qtbot, tab.editor.agreements, "Marie", "Buurthuis bellen")
    assert tab.flush()
    session = _stored_sessions(db_path, client_id)[0]
    assert "\x0b" not in session.worked_on and "\x1b" not in session.worked_on
    assert session.worked_on.replace("\u2029", "\n").split() == ["Eerste", "punt", "Tweede",
                                                                   "punt[0m"]
