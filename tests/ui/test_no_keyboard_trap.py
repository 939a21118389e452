"""No keyboard trap: Tab always moves the focus on, through every tab and the compare dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QWidget

from resokit_desktop.services.demo_service import fill_demo
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path: Path):
    dossier = DossierFile.open(tmp_path / "demo.resokit")
    ids = fill_demo(dossier.db)
    main = MainWindow(dossier)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    main.refresh_clients()
    main.open_client(ids[0])
    main.demo_ids = ids
    yield main
    for tab in main.built_tabs():  # tabs never shown hold no input
        if getattr(tab, "has_pending_edits", lambda: False)():
            tab.discard_changes()
    main.close()
    main.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    dossier.close()


# The web keeps the focus while Tab walks its members (then moves on): a demo web has fewer.
TRAP_PRESSES = 30


def trapped_by_tab(qtbot, start: QWidget, presses: int = 90) -> list[str]:
    """Press Tab from ``start``; name each control that kept the focus TRAP_PRESSES times."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    trapped = set()
    run = 0
    for _ in range(presses):
        before = QApplication.focusWidget()
        qtbot.keyClick(before, Qt.Key.Key_Tab)
        run = run + 1 if QApplication.focusWidget() is before else 0
        if run >= TRAP_PRESSES:
            trapped.add(f"{type(before).__name__} {before.accessibleName()!r}")
    return sorted(trapped)


@pytest.mark.parametrize("tab_key", ["overview", "sessions", "inclusion_web"])
def test_tab_never_stays_on_one_control(qtbot, window, tab_key):
    window.tabs.setCurrentWidget(window.tab_widget(tab_key))
    assert trapped_by_tab(qtbot, window.client_list.search_field) == []


def test_tab_never_stays_on_one_control_of_the_compare_dialog(qtbot, window):
    from resokit_desktop.ui.inclusion_web.compare_dialog import CompareDialog

    dialog = CompareDialog(window.dossier.db, window.demo_ids[0], window)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    try:
        assert trapped_by_tab(qtbot, dialog.old_combo, presses=60) == []
    finally:
        dialog.reject()


def test_tab_follows_the_overview_from_top_to_bottom(qtbot, window):
    window.tabs.setCurrentWidget(window.overview)
    form = window.overview.form
    consent = form.consent_panel
    expected = [form.name_field, form.person_type_field, form.birth_year_field,
                form.languages_field, form.neighbourhood_field, form.address_field,
                form.phone_field, form.email_field, form.start_date_field, form.status_field,
                consent.table, consent.withdraw_button, consent.purpose_field,
                consent.given_field, consent.add_button, form.notes_field]
    form.name_field.setFocus(Qt.FocusReason.TabFocusReason)
    reached = [QApplication.focusWidget()]
    for _ in expected[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    names = [w.accessibleName() or w.objectName() for w in reached]
    assert reached == expected, names


def test_tab_follows_a_session_from_top_to_bottom(qtbot, window):
    window.tabs.setCurrentWidget(window.tab_widget("sessions"))
    editor = window.tab_widget("sessions").editor
    agreements = editor.agreements
    expected = [editor.date_field, editor.type_field, editor.worked_on_field,
                editor.client_words_field, editor.observations_field, agreements.table,
                agreements.add_button, agreements.remove_button, editor.next_date_field,
                editor.next_time_field]
    editor.date_field.setFocus(Qt.FocusReason.TabFocusReason)
    reached = [QApplication.focusWidget()]
    for _ in expected[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    names = [w.accessibleName() or w.objectName() for w in reached]
    assert reached == expected, names
