"""Follow-up between conversations: last time's open agreements are ticked done in the next
one, the heading says when a new session is stored, and session types read the same on paper."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from resokit_desktop.domain.session import Agreement, Session, SessionType
from resokit_desktop.reports import labels
from resokit_desktop.reports.texts import ReportTexts
from resokit_desktop.storage import sessions_repo
from resokit_desktop.storage.connection import open_database
from resokit_desktop.ui.sessions.session_editor import session_type_text


@pytest.fixture
def earlier(dossier, client_id) -> int:
    return sessions_repo.save_session(dossier.db, Session(
        client_id=client_id, date="2026-02-02", type=SessionType.INTAKE, worked_on="Netwerk",
        agreements=[Agreement(what="Bellen naar de bib", who="Marie", due_date="2026-02-16"),
                    Agreement(what="Fiets laten maken", who="Jan", done=True),
                    Agreement(what="Buurthuis bezoeken")]))


def _stored_done(db_path, session_id: int) -> dict[str, bool]:
    fresh = open_database(db_path)
    try:
        return {a.what: a.done for a in sessions_repo.get_session(fresh, session_id).agreements}
    finally:
        fresh.conn.close()


def test_open_agreements_of_last_time_are_ticked_done_in_the_next_session(
        qtbot, dossier, client_id, earlier, db_path):
    from resokit_desktop.ui.sessions.sessions_tab import SessionsTab

    tab = SessionsTab(dossier)
    qtbot.addWidget(tab)
    tab.resize(1000, 900)
    tab.show()
    qtbot.waitExposed(tab)
    tab.set_client(client_id)
    assert not tab.carried.isVisible()  # the first session has nothing before it
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    carried = tab.carried
    assert carried.isVisible()
    assert "02-02-2026" in carried.title()
    lines = [c.text() for c in carried.checks.values()]
    assert lines == ["Bellen naar de bib — Marie, tegen 16-02-2026", "Buurthuis bezoeken"]
    assert tab.editor.heading.text().startswith("Nieuw gesprek")

    check = next(c for c in carried.checks.values() if c.text().startswith("Bellen"))
    tab.editor.parentWidget().parentWidget().ensureWidgetVisible(check)
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton,
                     pos=_box_point(check))
    assert check.isChecked()
    assert _stored_done(db_path, earlier) == {
        "Bellen naar de bib": True, "Fiets laten maken": True, "Buurthuis bezoeken": False}

    # Typing stores the new session; its heading now says so.
    qtbot.keyClicks(tab.editor.worked_on_field, "Bib gelukt")
    assert tab.save_now()
    assert tab.editor.heading.text().startswith("Gesprek van ")
    # Shown again later, only what is still open is carried.
    tab.set_client(client_id)
    assert tab.current_session_id() != earlier
    assert [c.text() for c in tab.carried.checks.values()] == ["Buurthuis bezoeken"]
    # The earlier session itself shows the tick in its own agreements.
    tab.session_list.setCurrentRow(1)
    QApplication.processEvents()
    table = tab.editor.agreements.table
    assert table.item(0, 3).checkState() == Qt.CheckState.Checked


def _box_point(check):
    """A point on the check box's indicator, where a mouse click ticks it."""
    from PySide6.QtCore import QPoint

    return QPoint(8, check.height() // 2)


def test_session_type_names_on_screen_are_the_printed_ones(qtbot, sessions_tab, dossier,
                                                           client_id, tmp_path) -> None:
    texts = ReportTexts("nl")
    for value in SessionType:
        assert session_type_text(value) == labels.session_type(texts, str(value))
    combo = sessions_tab.editor.type_field
    assert combo.itemText(combo.findData(str(SessionType.INTAKE))) == "Kennismaking"
    # The printed summary says what the window said.
    qtbot.keyClicks(sessions_tab.editor.worked_on_field, "Eerste kennismaking")
    combo.setFocus()
    combo.setCurrentIndex(combo.findData(str(SessionType.EVALUATION)))
    shown = combo.currentText()
    assert sessions_tab.save_now()
    from resokit_desktop.app import load_fonts
    from resokit_desktop.ui.printing.summary_preview import SummaryPreviewDialog

    load_fonts()
    dialog = SummaryPreviewDialog(dossier.db, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save_to(tmp_path / "summary")
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=30000)
    reader = PdfReader(io.BytesIO((tmp_path / "summary.pdf").read_bytes()))
    printed = re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in reader.pages))
    assert shown in printed
