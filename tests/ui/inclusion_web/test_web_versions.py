"""Several versions a day and a chosen date for a paper web, through the real dialog and keys."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from web_ui_helpers import finish, make_tab, stored

from resokit_desktop.services import web_service


def _dialog(qtbot, tab):
    QTest.mouseClick(tab.new_version_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.version_dialog is not None and tab.version_dialog.isVisible())
    return tab.version_dialog


def test_new_version_twice_a_day_and_one_dated_earlier(qtbot, db_path):
    tab, dossier, client_id = make_tab(qtbot, db_path)  # its first version is of 10-01-2026
    tab.today = lambda: date(2026, 3, 14)
    dialog = _dialog(qtbot, tab)
    assert dialog.date_field.text() == "14-03-2026"  # today, as the app writes dates
    QTest.keyClick(dialog.date_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    # A second one the same day (a before/after within one conversation) is made, not refused.
    dialog = _dialog(qtbot, tab)
    QTest.keyClick(dialog.date_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.version_combo.count() == 3)
    assert [tab.version_combo.itemText(i) for i in range(3)] == [
        "10-01-2026", "14-03-2026", "14-03-2026 (2)"]
    assert tab.version_combo.currentText() == "14-03-2026 (2)"

    # A web drawn on paper in February: typed over the offered date.
    dialog = _dialog(qtbot, tab)
    QTest.keyClicks(dialog.date_field, "2-2-2026")
    QTest.keyClick(dialog.date_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.version_combo.count() == 4)
    assert tab.version_combo.currentText() == "02-02-2026"
    assert [r.version_date for r in web_service.list_versions(dossier.db, client_id)] == [
        "2026-01-10", "2026-02-02", "2026-03-14", "2026-03-14"]
    _, _, count = stored(db_path, client_id)
    assert count == 4
    finish(tab, dossier)


def test_a_wrong_or_future_date_is_said_next_to_the_field(qtbot, db_path):
    tab, dossier, client_id = make_tab(qtbot, db_path)
    tab.today = lambda: date(2026, 3, 14)
    dialog = _dialog(qtbot, tab)
    QTest.keyClicks(dialog.date_field, "31-02-2026")
    QTest.keyClick(dialog.date_field, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "dag-maand-jaar" in dialog.message.message()
    dialog.date_field.selectAll()
    QTest.keyClicks(dialog.date_field, "15-03-2026")
    assert dialog.message.message() == ""  # typing clears the message
    QTest.keyClick(dialog.date_field, Qt.Key.Key_Return)
    assert "toekomst" in dialog.message.message()
    QTest.keyClick(dialog.date_field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    _, _, count = stored(db_path, client_id)
    assert count == 1
    finish(tab, dossier)
