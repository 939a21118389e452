"""Issue 12's flow end to end through the real window: steps typed into a role plan on the
Rollen tab are, after the file is closed and opened again, the open steps of the next
conversation, and the one past its date shows in the dossier's overview and the client list."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from roles_helpers import close_window, open_window, seed_client, show_tab, stored_plans

from resokit_desktop.domain.session import Session
from resokit_desktop.storage import sessions_repo
from resokit_desktop.storage.connection import open_database
from resokit_desktop.ui.dossiers.client_table_model import COLUMN_NAME

MADE, LATER = date(2026, 1, 5), date(2026, 3, 1)  # the plan's day, and a day two months on


def _add_step(qtbot, tab, what: str, owner: str, due: str) -> None:
    steps = tab.form.steps
    for field, text in ((steps.what_field, what), (steps.owner_field, owner),
                        (steps.due_field, due)):
        QTest.mouseClick(field, Qt.MouseButton.LeftButton)
        QTest.keyClicks(field, text)
    QTest.mouseClick(steps.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not steps.what_field.text())


def test_steps_typed_on_the_rollen_tab_follow_up_after_reopening(qtbot, db_path):
    client_id = seed_client(db_path, "Rosa Rollen")
    main, dossier = open_window(qtbot, db_path, client_id)
    tab = show_tab(qtbot, main, "roles")
    tab.today = lambda: MADE
    QTest.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    QTest.keyClicks(tab.form.title_field, "Buurtgids")
    _add_step(qtbot, tab, "Verzekering regelen", "Hulpverlener", "01-02-2026")
    _add_step(qtbot, tab, "Tweede wandeling voorbereiden", "Rosa", "01-12-2026")
    assert tab.save_now()
    assert [s.what for s in stored_plans(db_path, client_id)[0].steps] == [
        "Verzekering regelen", "Tweede wandeling voorbereiden"]
    close_window(main, dossier)
    db = open_database(db_path)  # the conversation in which the plan was made
    sessions_repo.save_session(db, Session(client_id, "2026-01-05", worked_on="Rolplan"))
    db.conn.close()

    # The file opened anew, two months later.
    main, dossier = open_window(qtbot, db_path)
    main.client_list.model.today = lambda: LATER
    main.overview.role_note.today = lambda: LATER
    main.refresh_clients()
    main.open_client(client_id)
    qtbot.waitUntil(lambda: main.current_client_id() == client_id)
    show_tab(qtbot, main, "overview")
    note = main.overview.role_note
    qtbot.waitUntil(note.isVisible)
    assert "Buurtgids: Verzekering regelen — Hulpverlener, tegen 01-02-2026" in note.text()
    assert "Tweede wandeling" not in note.text()  # not yet due
    model = main.client_list.model
    cell = model.index(model.row_of(client_id), COLUMN_NAME)
    assert "stappen over datum (1)" in cell.data(Qt.ItemDataRole.ToolTipRole)

    sessions = show_tab(qtbot, main, "sessions")
    assert sessions.session_list.count() == 1
    QTest.mouseClick(sessions.new_button, Qt.MouseButton.LeftButton)  # the next conversation
    box = sessions.role_steps
    qtbot.waitUntil(lambda: sessions.session_list.currentRow() < 0 or not sessions.delete_button
                    .isEnabled())
    qtbot.waitUntil(box.isVisible)
    assert sorted(label.text() for label in box.lines.values()) == [
        "Buurtgids: Tweede wandeling voorbereiden — Rosa, tegen 01-12-2026",
        "Buurtgids: Verzekering regelen — Hulpverlener, tegen 01-02-2026",
    ]
    close_window(main, dossier)
