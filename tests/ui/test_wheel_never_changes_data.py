"""Scrolling with the mouse wheel over a choice or number field that has no focus changes nothing.

Walks the widget tree of every dossier tab (with a member selected on the web), the settings,
retention and comparison dialogs and the print previews, and sends real wheel events (up and
down) to every combo box, spin box and date field it finds.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QScrollArea, QWidget

from resokit_desktop.services.demo_service import fill_demo
from resokit_desktop.services.dossier_file import DossierFile

DEMO_DAY = date(2026, 3, 16)


@pytest.fixture
def dossier(db_path):
    opened = DossierFile.open(db_path)
    fill_demo(opened.db, DEMO_DAY)
    yield opened
    opened.close()


@pytest.fixture
def window(qtbot, dossier):
    from resokit_desktop.ui.main_window import MainWindow

    main = MainWindow(dossier)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    yield main
    for tab in main.tab_widgets():
        if getattr(tab, "has_pending_edits", lambda: False)():
            tab.discard_changes()
    for tab in main.tab_widgets():
        tab.set_client(None)  # stops the tabs' timers before the file is closed
    main.close()
    main.deleteLater()


def _value(widget: QWidget):
    if isinstance(widget, QComboBox):
        return widget.currentIndex(), widget.currentText()
    return widget.text()


def _bring_into_view(widget: QWidget) -> None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget)
        parent = parent.parentWidget()
    QApplication.processEvents()


def _under_pointer(widget: QWidget) -> bool:
    top = widget.window()
    hit = top.childAt(widget.mapTo(top, widget.rect().center()))
    return hit is widget or (hit is not None and widget.isAncestorOf(hit))


def _wheel(widget: QWidget, steps: int) -> None:
    """A real wheel turn over the field's centre, through the window system like a mouse's."""
    top = widget.window()
    QTest.wheelEvent(top.windowHandle(), QPointF(widget.mapTo(top, widget.rect().center())),
                     QPoint(0, 120 * steps))


def _fields(root: QWidget) -> list[QWidget]:
    found = [w for w in root.findChildren(QComboBox) + root.findChildren(QAbstractSpinBox)
             if w.isVisible() and w.isEnabled()]
    # A combo box's line edit or a spin box's inner parts are not fields of their own.
    return [w for w in found if not isinstance(w.parentWidget(), (QComboBox, QAbstractSpinBox))]


def _changed_by_wheel(root: QWidget, elsewhere: QWidget) -> tuple[list[str], int]:
    changed = []
    fields = _fields(root)
    for field in fields:
        elsewhere.setFocus(Qt.FocusReason.OtherFocusReason)
        QApplication.processEvents()
        assert not field.hasFocus()
        before = _value(field)
        for steps in (-1, -1, 1, 1, 1, 1):
            _bring_into_view(field)
            assert _under_pointer(field), field.accessibleName()
            _wheel(field, steps)
        QApplication.processEvents()
        if _value(field) != before:
            changed.append(f"{type(root).__name__}/{field.objectName() or field.accessibleName()}"
                           f": {before} -> {_value(field)}")
    return changed, len(fields)


def _has_member_panel(tab: QWidget) -> bool:
    return hasattr(tab, "member_panel") and hasattr(tab, "editor")


def test_wheel_over_unfocused_fields_of_every_tab_changes_nothing(qtbot, window):
    from resokit_desktop.services import web_service

    model = window.client_list.model
    ids = [model.client_id_at(row) for row in range(model.rowCount())]
    with_web = [i for i in ids if web_service.list_versions(window.dossier.db, i)]
    assert window.open_client(with_web[0])
    elsewhere = window.client_list.table
    changed: list[str] = []
    count = 0
    for tab in window.tab_widgets():
        window.tabs.setCurrentWidget(tab)
        if _has_member_panel(tab) and tab.editor.document is not None:
            members = list(tab.editor.scene.member_items)
            assert members, "the demo client's web has members"
            tab.editor.select_only(members[0])
            qtbot.waitUntil(lambda t=tab: t.member_panel.form_box.isVisible())
        QApplication.processEvents()
        found, n = _changed_by_wheel(window, elsewhere)  # the tab and the client list
        changed += found
        count += n
    assert count >= 10, f"only {count} choice fields found: the walk missed the panels"
    assert changed == []


def test_wheel_over_unfocused_fields_of_every_dialog_changes_nothing(qtbot, dossier):
    from resokit_desktop.storage import clients_repo  # test set-up only
    from resokit_desktop.ui.inclusion_web.compare_dialog import CompareDialog
    from resokit_desktop.ui.printing.printables_preview import (
        ComparisonPreviewDialog,
        WebSheetPreviewDialog,
    )
    from resokit_desktop.ui.printing.summary_preview import SummaryPreviewDialog
    from resokit_desktop.ui.security.retention_dialog import RetentionDialog
    from resokit_desktop.ui.settings.settings_dialog import SettingsDialog

    client_id = clients_repo.list_clients(dossier.db)[0]
    client_id = getattr(client_id, "id", client_id)
    dialogs = [
        SettingsDialog(dossier),
        RetentionDialog(dossier),
        CompareDialog(dossier.db, client_id),
        SummaryPreviewDialog(dossier.db, client_id, today=DEMO_DAY),
        WebSheetPreviewDialog(dossier.db, client_id),
        ComparisonPreviewDialog(dossier.db, client_id),
    ]
    changed: list[str] = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        if hasattr(dialog, "show_page"):
            for key in list(dialog.pages):
                dialog.show_page(key)
                QApplication.processEvents()
                found, _n = _changed_by_wheel(dialog, dialog.buttons)
                changed += found
        else:
            anchor = next(iter(dialog.findChildren(QWidget)), dialog)
            from PySide6.QtWidgets import QAbstractButton

            buttons = [b for b in dialog.findChildren(QAbstractButton) if b.isVisible()]
            anchor = buttons[0] if buttons else anchor
            found, _n = _changed_by_wheel(dialog, anchor)
            changed += found
        dialog.close()
    assert changed == []


def test_wheel_over_a_member_field_scrolls_the_panel_and_a_focused_field_still_turns(
        qtbot, window):
    from resokit_desktop.services import web_service

    model = window.client_list.model
    ids = [model.client_id_at(row) for row in range(model.rowCount())]
    assert window.open_client(next(i for i in ids
                                   if web_service.list_versions(window.dossier.db, i)))
    tab = window.tab_widget("inclusion_web")
    window.tabs.setCurrentWidget(tab)
    tab.editor.select_only(next(iter(tab.editor.scene.member_items)))
    panel = tab.member_panel
    qtbot.waitUntil(panel.form_box.isVisible)
    window.resize(1024, 600)
    bar = panel.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # a laptop-sized window: the panel scrolls
    bar.setValue(0)
    combo = panel.kind_combo
    before = _value(combo)
    window.client_list.setFocus()
    _wheel(combo, -1)
    assert _value(combo) == before
    assert bar.value() > 0  # the wheel went on to the panel, which scrolled
    _bring_into_view(combo)
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(combo.hasFocus)
    _wheel(combo, -1)
    assert _value(combo) != before  # chosen on purpose: the wheel works as before
