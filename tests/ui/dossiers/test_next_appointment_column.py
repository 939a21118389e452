"""The client list shows each client's next appointment and sorts on it by a header click."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from resokit_desktop.domain.client import Client
from resokit_desktop.domain.session import Session
from resokit_desktop.storage import clients_repo, sessions_repo
from resokit_desktop.ui.dossiers.client_table_model import COLUMN_NEXT_APPOINTMENT


def _client(db, name: str, sessions: list[tuple[str, str | None]]) -> int:
    client_id = clients_repo.save_client(db, Client(name=name))
    for when, next_appointment in sessions:
        sessions_repo.save_session(db, Session(client_id=client_id, date=when,
                                               next_appointment=next_appointment))
    return client_id


def _column(table, column: int) -> list[str]:
    model = table.model()
    return [model.index(row, column).data() or "" for row in range(model.rowCount())]


def test_next_appointment_is_shown_and_sorts_with_empty_ones_last(qtbot, window, dossier):
    db = dossier.db
    # The latest session's "volgende afspraak" counts, not an older one.
    _client(db, "Anna", [("2026-01-05", "2026-01-19 10:00"), ("2026-02-02", "2026-03-02 14:30")])
    _client(db, "Bert", [("2026-01-10", "2026-02-14")])
    _client(db, "Chris", [])
    _client(db, "Dina", [("2026-01-12", "2026-02-20 09:15")])
    window.refresh_clients()
    table = window.client_list.table
    header = table.horizontalHeader()
    model = table.model()
    assert model.headerData(COLUMN_NEXT_APPOINTMENT, Qt.Orientation.Horizontal) == "Afspraak"
    assert model.headerData(COLUMN_NEXT_APPOINTMENT, Qt.Orientation.Horizontal,
                            Qt.ItemDataRole.ToolTipRole) == "Volgende afspraak"
    assert not table.isColumnHidden(COLUMN_NEXT_APPOINTMENT)
    assert _column(table, 0) == ["Anna", "Bert", "Chris", "Dina"]
    assert _column(table, COLUMN_NEXT_APPOINTMENT) == [
        "02-03-2026", "14-02-2026", "", "20-02-2026"]
    assert model.index(0, COLUMN_NEXT_APPOINTMENT).data(Qt.ItemDataRole.ToolTipRole) == \
        "02-03-2026 14:30"  # the hour is there too
    header_width = header.sectionSize(COLUMN_NEXT_APPOINTMENT)
    assert header_width >= table.fontMetrics().horizontalAdvance("02-03-2026")

    def click_header() -> None:
        x = header.sectionViewportPosition(COLUMN_NEXT_APPOINTMENT) + 5
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(x, 5))
        QApplication.processEvents()

    click_header()
    assert _column(table, 0) == ["Bert", "Dina", "Anna", "Chris"]
    click_header()
    assert _column(table, 0) == ["Anna", "Dina", "Bert", "Chris"]  # no date stays last
    # A reload (after a save) keeps the chosen order.
    window.refresh_clients()
    assert _column(table, 0) == ["Anna", "Dina", "Bert", "Chris"]
