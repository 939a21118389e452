"""The Rollen tab by mouse and keyboard: a suggested idea into a plan, the status path, steps."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from roles_helpers import close_window, open_window, seed_client, show_tab, stored_plans

from resokit_desktop.domain.roles import RoleStatus

LEFT = Qt.MouseButton.LeftButton


def _click(widget) -> None:
    QTest.mouseClick(widget, LEFT, pos=widget.rect().center())


def _saved(qtbot, tab) -> None:
    tab.save_now()
    qtbot.waitUntil(lambda: tab.status.state == "saved", timeout=3000)


def test_a_suggested_role_idea_becomes_a_plan_with_its_talents(qtbot, db_path):
    client_id = seed_client(db_path)
    main, dossier = open_window(qtbot, db_path, client_id)
    tab = show_tab(qtbot, main, "roles")
    assert tab.empty_label.isVisible()
    seen: dict[str, object] = {}

    def take_first() -> None:
        dialog = QApplication.activeModalWidget()
        seen["texts"] = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        seen["chosen"] = dialog.chosen()
        _click(dialog.start_button)

    QTimer.singleShot(0, take_first)
    _click(tab.suggest_button)
    qtbot.waitUntil(lambda: "chosen" in seen)
    suggestion = seen["chosen"]
    # Each idea says why it came up: the focus talents it draws on.
    assert all("Voorgesteld omdat het past bij:" in text for text in seen["texts"])
    assert any("Koken" in text or "Luisteren" in text for text in seen["texts"])
    assert tab.form.title_field.text() == suggestion.title
    close_window(main, dossier)

    (plan,) = stored_plans(db_path, client_id)
    assert plan.idea_key == suggestion.idea.key
    assert plan.status is RoleStatus.IDEA
    assert plan.talent_ids and plan.talent_ids == [t.id for t in suggestion.talents]
    # Reopened: the plan is in the list with its talents ticked.
    main, dossier = open_window(qtbot, db_path, client_id)
    tab = show_tab(qtbot, main, "roles")
    assert tab.plan_list.count() == 1
    ticked = [tab.form.talent_list.item(i) for i in range(tab.form.talent_list.count())]
    assert sum(i.checkState() == Qt.CheckState.Checked for i in ticked) == len(plan.talent_ids)
    close_window(main, dossier)


def test_a_plan_moves_along_its_statuses_and_an_impossible_jump_is_refused(qtbot, db_path):
    client_id = seed_client(db_path)
    main, dossier = open_window(qtbot, db_path, client_id)
    tab = show_tab(qtbot, main, "roles")
    _click(tab.new_button)
    QTest.keyClicks(tab.form.title_field, "Buurtgids van de Brusselse wijk")
    combo = tab.form.status_combo
    combo.setFocus()
    # Idea -> Active skips two steps: refused, with the reason next to the field.
    QTest.keyClick(combo, Qt.Key.Key_End)  # Stopped is allowed from an idea ...
    assert tab.form.status() is RoleStatus.STOPPED
    QTest.keyClick(combo, Qt.Key.Key_Home)  # ... and back to idea again
    assert tab.form.status() is RoleStatus.IDEA
    combo.setCurrentIndex(0)
    QTest.keyClicks(combo, "Act")  # type-ahead to "Actief"
    message = tab.form.status_message
    assert message.isVisible()
    assert "niet meteen naar 'Actief'" in message.message()
    assert "Verkennen" in message.message()
    assert tab.form.status() is RoleStatus.IDEA and combo.currentText() == "Idee"
    for expected in (RoleStatus.EXPLORING, RoleStatus.STARTED, RoleStatus.ACTIVE):
        QTest.keyClick(combo, Qt.Key.Key_Down)
        assert tab.form.status() is expected
        _saved(qtbot, tab)
    # Evaluated only with the evaluation in the client's own words.
    QTest.keyClick(combo, Qt.Key.Key_Down)
    assert tab.form.status() is RoleStatus.ACTIVE
    assert "evaluatie" in tab.form.evaluation_message.message()
    QTest.keyClicks(tab.form.evaluation_field, "Ik voel me nuttig als ik rondleid.")
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Down)
    assert tab.form.status() is RoleStatus.EVALUATED
    _saved(qtbot, tab)
    close_window(main, dossier)

    (plan,) = stored_plans(db_path, client_id)
    assert plan.title == "Buurtgids van de Brusselse wijk"
    assert plan.status is RoleStatus.EVALUATED
    assert plan.evaluation == "Ik voel me nuttig als ik rondleid."
    main, dossier = open_window(qtbot, db_path, client_id)
    tab = show_tab(qtbot, main, "roles")
    assert tab.form.status_combo.currentText() == "Geëvalueerd"
    assert tab.plan_list.item(0).text() == "Buurtgids van de Brusselse wijk\nGeëvalueerd"
    close_window(main, dossier)


def test_a_step_without_text_or_due_before_the_plan_is_refused_and_nothing_else_lost(
        qtbot, db_path):
    client_id = seed_client(db_path)
    main, dossier = open_window(qtbot, db_path, client_id)
    tab = show_tab(qtbot, main, "roles")
    _click(tab.new_button)
    form = tab.form
    QTest.keyClicks(form.title_field, "Recepten-oma van het breicafe")
    QTest.keyClicks(form.need_field, "Jongeren willen oude recepten leren.")
    steps = form.steps
    # No text: refused at the field.
    QTest.keyClicks(steps.owner_field, "Rosa")
    _click(steps.add_button)
    assert "Een stap heeft tekst nodig" in steps.what_message.message()
    assert steps.table.rowCount() == 0
    # A due date before the plan was made: refused at the date field.
    QTest.keyClicks(steps.what_field, "Appeltaart meebrengen")
    QTest.keyClicks(steps.due_field, "01-01-2000")
    QTest.keyClick(steps.due_field, Qt.Key.Key_Return)
    assert "vóór de dag waarop het plan gemaakt is" in steps.due_message.message()
    assert steps.table.rowCount() == 0
    assert steps.what_field.text() == "Appeltaart meebrengen"  # what was typed stays
    # Corrected: added, and everything typed before is still there and stored.
    steps.due_field.clear()
    QTest.keyClicks(steps.due_field, "31-12-2099")
    _click(steps.add_button)
    assert steps.table.rowCount() == 1
    assert not steps.due_message.isVisible()
    _saved(qtbot, tab)
    close_window(main, dossier)

    (plan,) = stored_plans(db_path, client_id)
    assert plan.need == "Jongeren willen oude recepten leren."
    assert [(s.what, s.owner, s.due_date) for s in plan.steps] == [
        ("Appeltaart meebrengen", "Rosa", "2099-12-31")]
    main, dossier = open_window(qtbot, db_path, client_id)
    tab = show_tab(qtbot, main, "roles")
    assert tab.form.steps.table.item(0, 1).text() == "Appeltaart meebrengen"
    assert tab.form.need_field.toPlainText() == "Jongeren willen oude recepten leren."
    close_window(main, dossier)


def test_an_emptied_title_is_refused_at_the_field_and_the_rest_is_stored(qtbot, db_path):
    client_id = seed_client(db_path)
    main, dossier = open_window(qtbot, db_path, client_id)
    tab = show_tab(qtbot, main, "roles")
    _click(tab.new_button)
    form = tab.form
    QTest.keyClicks(form.title_field, "Buurtgids")
    _saved(qtbot, tab)
    form.title_field.selectAll()
    QTest.keyClick(form.title_field, Qt.Key.Key_Delete)
    QTest.keyClicks(form.support_field, "Samen de eerste keer gaan.")
    assert not tab.save_now()
    assert "Geef de rol een naam" in form.title_message.message()
    (plan,) = stored_plans(db_path, client_id)
    assert (plan.title, plan.support) == ("Buurtgids", "Samen de eerste keer gaan.")
    QTest.keyClicks(form.title_field, "Buurtgids Laken")
    _saved(qtbot, tab)
    assert not form.title_message.isVisible()
    assert stored_plans(db_path, client_id)[0].title == "Buurtgids Laken"
    close_window(main, dossier)


def test_steps_keep_their_ids_from_save_to_save(qtbot, db_path):
    client_id = seed_client(db_path)
    main, dossier = open_window(qtbot, db_path, client_id)
    tab = show_tab(qtbot, main, "roles")
    _click(tab.new_button)
    steps = tab.form.steps
    QTest.keyClicks(steps.what_field, "Bellen naar het buurthuis")
    _click(steps.add_button)
    _saved(qtbot, tab)
    first = [s.id for s in stored_plans(db_path, client_id)[0].steps]
    QTest.keyClicks(tab.form.need_field, "Een kookploeg zoekt hulp.")
    _saved(qtbot, tab)
    assert tab.status.state == "saved" and not tab._plan_dirty
    assert [s.id for s in stored_plans(db_path, client_id)[0].steps] == first
    close_window(main, dossier)


def test_current_roles_and_how_valued_are_kept(qtbot, db_path):
    client_id = seed_client(db_path)
    main, dossier = open_window(qtbot, db_path, client_id)
    tab = show_tab(qtbot, main, "roles")
    box = tab.current_roles
    _click(box.findChild(type(tab.new_button), "current_role_add"))
    assert "Typ eerst de rol" in box.message.message()
    QTest.keyClicks(box.new_field, "Grootmoeder")
    QTest.keyClick(box.new_field, Qt.Key.Key_Return)
    QTest.keyClicks(box.new_field, "Buur")
    QTest.keyClick(box.new_field, Qt.Key.Key_Return)
    valued = box.table.cellWidget(0, 1)
    valued.setFocus()
    QTest.keyClick(valued, Qt.Key.Key_End)  # "Sterk"
    _saved(qtbot, tab)
    close_window(main, dossier)

    from resokit_desktop.storage import roles_repo
    from resokit_desktop.storage.connection import open_database
    db = open_database(db_path)
    try:
        roles = roles_repo.list_current_roles(db, client_id)
    finally:
        db.conn.close()
    assert [(r.title, str(r.valued) if r.valued else None) for r in roles] == [
        ("Grootmoeder", "much"), ("Buur", None)]
    main, dossier = open_window(qtbot, db_path, client_id)
    tab = show_tab(qtbot, main, "roles")
    assert tab.current_roles.table.cellWidget(0, 1).currentText() == "Sterk"
    close_window(main, dossier)


def test_suggest_roles_from_another_tab_opens_the_rollen_tab_with_the_new_plan(qtbot, db_path):
    from resokit_desktop.ui.roles.role_flow import suggest_roles_from

    client_id = seed_client(db_path)
    main, dossier = open_window(qtbot, db_path, client_id)
    assert main.tabs.currentWidget() is main.overview

    def take_with_keys() -> None:
        dialog = QApplication.activeModalWidget()
        QTest.keyClick(dialog.list, Qt.Key.Key_Down)  # the second idea
        QTest.keyClick(dialog.list, Qt.Key.Key_Return)

    QTimer.singleShot(0, take_with_keys)
    plan = suggest_roles_from(main.overview)  # what the talent card sort's button calls
    assert plan is not None
    assert main.tabs.currentWidget().property("tab_key") == "roles"
    (stored,) = stored_plans(db_path, client_id)
    assert (stored.id, stored.title, stored.talent_ids) == (plan.id, plan.title, plan.talent_ids)
    assert main.tabs.currentWidget().form.title_field.text() == plan.title
    close_window(main, dossier)
