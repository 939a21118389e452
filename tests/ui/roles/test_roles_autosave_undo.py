"""The Rollen tab saves by itself as the user works, and Ctrl+Z / Ctrl+Shift+Z undo and redo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from roles_helpers import close_window, open_window, seed_client, show_tab, stored_plans

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_edits_save_themselves_and_undo_redo_reach_the_file(qtbot, db_path):
    client_id = seed_client(db_path)
    main, dossier = open_window(qtbot, db_path, client_id)
    tab = show_tab(qtbot, main, "roles")
    QTest.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    form = tab.form
    QTest.keyClicks(form.title_field, "Buurtgids")
    # No explicit save: the quiet-period timer stores it.
    qtbot.waitUntil(lambda: [p.title for p in stored_plans(db_path, client_id)] == ["Buurtgids"],
                    timeout=5000)
    QTest.mouseClick(form.brings_checks[next(iter(form.brings_checks))],
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: stored_plans(db_path, client_id)[0].brings != [], timeout=5000)
    # Undo from outside a text field (a text field undoes its own typing first).
    tab.plan_list.setFocus()
    QTest.keyClick(tab.plan_list, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: stored_plans(db_path, client_id)[0].brings == [], timeout=3000)
    assert not any(c.isChecked() for c in form.brings_checks.values())
    assert form.title_field.text() == "Buurtgids"
    QTest.keyClick(tab.plan_list, Qt.Key.Key_Z, CTRL | SHIFT)
    qtbot.waitUntil(lambda: stored_plans(db_path, client_id)[0].brings != [], timeout=3000)
    assert sum(c.isChecked() for c in form.brings_checks.values()) == 1
    close_window(main, dossier)
