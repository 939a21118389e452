"""What a worker reads in the session editor is not cut off: agreements wrap, messages are wide."""

from __future__ import annotations

from session_steps import retype

from resokit_desktop.domain.session import Agreement, Session
from resokit_desktop.storage import sessions_repo

LONG = ("Gaat samen met buurvrouw Rita met de tram naar het dienstencentrum en vraagt daar naar "
        "de kookgroep op dinsdag")


def test_a_long_agreement_wraps_onto_more_lines(qtbot, sessions_tab, client_id, dossier):
    sessions_repo.save_session(dossier.db, Session(
        client_id=client_id, date="2026-10-24",
        agreements=[Agreement("Kort", "Marie"), Agreement(LONG, "Marie")]))
    sessions_tab.set_client(client_id)
    table = sessions_tab.editor.agreements.table
    assert table.item(1, 1).text() == LONG
    qtbot.waitUntil(lambda: table.rowHeight(1) >= 2 * table.fontMetrics().lineSpacing())
    assert table.rowHeight(1) > table.rowHeight(0)
    text_width = table.fontMetrics().horizontalAdvance(LONG)
    lines = table.rowHeight(1) // table.fontMetrics().lineSpacing()
    assert lines * table.columnWidth(1) >= text_width


def test_next_appointment_messages_use_the_width_of_the_box(qtbot, sessions_tab):
    editor = sessions_tab.editor
    retype(qtbot, editor.next_date_field, "31-02-2026")
    assert sessions_tab.save_now() is False
    message = editor.messages["next_appointment"]
    assert message.isVisible()
    assert message.width() > 2 * editor.next_date_field.width()
