"""Role-plan steps followed up: overdue ones marked in the client list and the overview, open
ones in the next conversation, ticked done there."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from roles_helpers import close_window, open_window, seed_client, show_tab, stored_plans

from resokit_desktop.domain.roles import RolePlan, RoleStatus, RoleStep
from resokit_desktop.storage import roles_repo
from resokit_desktop.storage.connection import open_database
from resokit_desktop.ui.dossiers.client_table_model import COLUMN_NAME

# Far from any day the tests run on: one step long overdue, one far ahead.
LATE, AHEAD = "2000-01-15", "2999-01-15"


def _seed_plan(db_path, client_id) -> None:
    db = open_database(db_path)
    try:
        roles_repo.save_role_plan(db, RolePlan(
            client_id=client_id, title="Buurtgids", status=RoleStatus.ACTIVE,
            created_on="2000-01-01",
            steps=[RoleStep("Verzekering regelen", "Hulpverlener", LATE),
                   RoleStep("Tweede wandeling voorbereiden", "Rosa", AHEAD)]))
    finally:
        db.conn.close()


def _name_cell(main, client_id):
    model = main.client_list.model
    return model.index(model.row_of(client_id), COLUMN_NAME)


def test_overdue_steps_show_in_list_and_overview_and_open_ones_in_the_next_session(
        qtbot, db_path):
    rosa_id = seed_client(db_path, "Rosa Rollen")
    calm_id = seed_client(db_path, "Kees Kalm")
    _seed_plan(db_path, rosa_id)
    main, dossier = open_window(qtbot, db_path, rosa_id)
    late_cell, calm_cell = _name_cell(main, rosa_id), _name_cell(main, calm_id)
    assert late_cell.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "rolplan: stappen over datum (1)" in late_cell.data(Qt.ItemDataRole.ToolTipRole)
    assert late_cell.data() == "Rosa Rollen"
    assert calm_cell.data(Qt.ItemDataRole.DecorationRole) is None
    assert calm_cell.data(Qt.ItemDataRole.ToolTipRole) == "Kees Kalm"
    note = main.overview.role_note
    assert note.isVisible()
    assert "Buurtgids: Verzekering regelen — Hulpverlener, tegen 15-01-2000" in note.text()
    assert "Tweede wandeling" not in note.text()

    sessions = show_tab(qtbot, main, "sessions")
    box = sessions.role_steps
    assert box.isVisible()
    assert sorted(label.text() for label in box.lines.values()) == [
        "Buurtgids: Tweede wandeling voorbereiden — Rosa, tegen 15-01-2999",
        "Buurtgids: Verzekering regelen — Hulpverlener, tegen 15-01-2000",
    ]
    step_id = next(i for i, label in box.lines.items() if "Verzekering" in label.text())
    late_check = box.checks[step_id]
    QTest.mouseClick(late_check, Qt.MouseButton.LeftButton,
                     pos=QPoint(8, late_check.height() // 2))  # on the tick box
    qtbot.waitUntil(lambda: [s.done for s in stored_plans(db_path, rosa_id)[0].steps]
                    == [True, False])
    # The list follows at once; the overview too when it is shown again.
    qtbot.waitUntil(lambda: _name_cell(main, rosa_id).data(Qt.ItemDataRole.DecorationRole)
                    is None)
    show_tab(qtbot, main, "overview")
    assert not main.overview.role_note.isVisible()
    close_window(main, dossier)
