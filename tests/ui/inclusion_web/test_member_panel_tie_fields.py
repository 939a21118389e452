"""Every field of the tie table can be set in the member panel by mouse and keyboard, is then in
the file, and shows again when the member is chosen anew."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from web_ui_helpers import drag, finish, make_tab, stored, viewport_point, wait_saved

from resokit_desktop.domain.web.model import EntryKind, Position, TieAttributes
from resokit_desktop.domain.web.tie_fields import TIE_FIELDS, FieldKind
from resokit_desktop.rendering import web_labels as labels

TYPED = {FieldKind.TEXT: "zus van moeder", FieldKind.NOTE: "belt elke zondag"}


def _set_in_panel(qtbot, panel, field) -> object:
    """Change the field as a user would; return the value it should now have."""
    widget = panel.tie_editors.widgets[field.name]
    panel.ensureWidgetVisible(widget)
    if field.kind in (FieldKind.TEXT, FieldKind.NOTE):
        QTest.mouseClick(widget.viewport() if field.kind == FieldKind.NOTE else widget,
                         Qt.MouseButton.LeftButton)
        QTest.keyClicks(widget, TYPED[field.kind])
        return TYPED[field.kind]
    if field.kind == FieldKind.CHOICE:
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        QTest.keyClick(widget, Qt.Key.Key_End)  # the last value: never a new tie's
        return list(field.values)[-1]
    # Space on a tick box (quick mouse clicks in a row would count as double clicks).
    if field.kind == FieldKind.FLAG:
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        QTest.keyClick(widget, Qt.Key.Key_Space)
        return True
    for check in panel.tie_editors.checks[field.name].values():
        check.setFocus(Qt.FocusReason.TabFocusReason)
        QTest.keyClick(check, Qt.Key.Key_Space)
    return frozenset(field.values)


def _choose(combo, value) -> None:
    """Pick a value of a combo box with the keyboard."""
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.findData(value)):
        QTest.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == value


def test_every_tie_field_round_trips_through_the_panel(qtbot, db_path):
    tab, dossier, client_id = make_tab(qtbot, db_path)
    view = tab.editor.view
    drag(view.viewport(), view.palette_slot_center(EntryKind.PERSON).toPoint(),
         viewport_point(tab, Position("family", 1)))
    panel = tab.member_panel
    QTest.keyClicks(panel.name_edit, "Tante Ria")
    QTest.keyClick(panel.name_edit, Qt.Key.Key_Return)
    wait_saved(qtbot, tab)
    (entry_id,) = stored(db_path, client_id)[0].members

    expected = TieAttributes()
    for field in TIE_FIELDS:
        if field.shown_when is not None:  # e.g. only a sleeping tie is marked for reactivation
            condition, wanted = field.shown_when
            assert getattr(expected, condition) != wanted, field.name
            assert not panel.tie_editors.widgets[field.name].isVisibleTo(panel), field.name
            _choose(panel.tie_editors.widgets[condition], wanted)
            wait_saved(qtbot, tab)
            expected = replace(expected, **{condition: wanted})
        assert panel.tie_editors.widgets[field.name].isVisibleTo(panel), field.name
        assert labels.tie_field_label(field.name)  # a label for every field
        value = _set_in_panel(qtbot, panel, field)
        assert getattr(expected, field.name) != value, field.name
        panel.commit_pending()  # a note is stored once typing pauses: do not wait for it
        wait_saved(qtbot, tab)
        tie = stored(db_path, client_id)[0].members[entry_id].tie
        assert getattr(tie, field.name) == value, field.name
        expected = replace(expected, **{field.name: value})
        assert tie == expected, field.name  # nothing else changed with it

    # Chosen anew (after a reload from the file), the panel shows every value as stored.
    tab.set_client(client_id)
    panel.show_member(entry_id)
    assert panel.tie_editors.values() == {f.name: getattr(expected, f.name) for f in TIE_FIELDS}
    finish(tab, dossier)


def test_a_mark_for_reactivation_goes_with_the_sleeping_status(qtbot, db_path):
    """Only a sleeping tie is marked for reactivation: taking the tie up again (another status)
    drops the mark in the same step (one undo brings both back), and a tie put to sleep again
    starts unmarked."""
    from resokit_desktop.domain.web.model import TieStatus

    tab, dossier, client_id = make_tab(qtbot, db_path)
    view = tab.editor.view
    drag(view.viewport(), view.palette_slot_center(EntryKind.PERSON).toPoint(),
         viewport_point(tab, Position("family", 1)))
    panel = tab.member_panel
    QTest.keyClicks(panel.name_edit, "Oud-collega")
    QTest.keyClick(panel.name_edit, Qt.Key.Key_Return)
    wait_saved(qtbot, tab)
    (entry_id,) = stored(db_path, client_id)[0].members
    status, mark = panel.tie_editors.widgets["status"], panel.tie_editors.widgets["reactivate"]

    def tie():
        wait_saved(qtbot, tab)
        return stored(db_path, client_id)[0].members[entry_id].tie

    assert not mark.isVisibleTo(panel)
    _choose(status, TieStatus.SLEEPING)
    assert mark.isVisibleTo(panel)
    mark.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(mark, Qt.Key.Key_Space)
    assert (tie().status, tie().reactivate) == (TieStatus.SLEEPING, True)
    _choose(status, TieStatus.ACTIVE)  # taken up again
    assert (tie().status, tie().reactivate) == (TieStatus.ACTIVE, False)
    assert not mark.isVisibleTo(panel)
    tab.undo_stack().undo()
    assert (tie().status, tie().reactivate) == (TieStatus.SLEEPING, True)
    tab.undo_stack().redo()
    assert (tie().status, tie().reactivate) == (TieStatus.ACTIVE, False)
    _choose(status, TieStatus.SLEEPING)  # asleep again: not marked until ticked anew
    assert mark.isVisibleTo(panel) and not mark.isChecked()
    assert (tie().status, tie().reactivate) == (TieStatus.SLEEPING, False)
    finish(tab, dossier)
