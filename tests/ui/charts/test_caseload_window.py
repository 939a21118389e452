"""The caseload overview from the main window's menu: a real click on a bar lists its clients,
and activating one opens that dossier."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from resokit_desktop.domain.client import Client, ClientStatus
from resokit_desktop.domain.session import Agreement, Session
from resokit_desktop.storage import clients_repo, sessions_repo


def _bar_point(overview, key, row):
    plot = overview.plots[key]
    bar = overview.bars[key][row]
    view = plot.getPlotItem().getViewBox()
    scene = view.mapViewToScene(QPointF(max(bar.value, 0.01) / 2, row))
    return plot.mapFromScene(scene)


def test_click_a_bar_then_open_a_client(qtbot, window, dossier):
    ids = {name: clients_repo.save_client(dossier.db, Client(name=name, status=status))
           for name, status in (("Ahmed", ClientStatus.ACTIVE), ("Berta", ClientStatus.ACTIVE),
                                ("Chris", ClientStatus.CLOSED))}
    for name in ("Ahmed", "Berta"):
        sessions_repo.save_session(dossier.db, Session(ids[name], "2020-01-10", agreements=[
            Agreement(what="Iets doen", due_date="2020-02-01")]))
    window.refresh_clients()
    action = window.action_registry.get("caseload_overview")
    assert action.text().replace("&", "") == "Caseload-overzicht…"
    action.trigger()
    overview = window._caseload_window
    qtbot.waitExposed(overview)
    statuses = {bar.key: bar.value for bar in overview.bars["clients_by_status"]}
    assert statuses == {"active": 2, "closed": 1, "archived": 0}
    row = [bar.key for bar in overview.bars["attention"]].index("overdue_agreements")
    plot = overview.plots["attention"]
    QTest.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton,
                     pos=_bar_point(overview, "attention", row))
    qtbot.waitUntil(lambda: overview.client_list.count() == 2)
    assert "Afspraken over datum" in overview.list_title.text()
    names = [overview.client_list.item(i).text() for i in range(2)]
    assert names == ["Ahmed", "Berta"]
    overview.client_list.setCurrentRow(1)
    overview.client_list.setFocus()
    QTest.keyClick(overview.client_list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_client_id() == ids["Berta"])
    overview.close()


def test_a_bar_can_be_chosen_with_the_keyboard(qtbot, window, dossier):
    client_id = clients_repo.save_client(dossier.db, Client(name="Ahmed"))
    window.action_registry.get("caseload_overview").trigger()
    overview = window._caseload_window
    qtbot.waitExposed(overview)
    overview.bar_choice.setFocus()
    labels = [overview.bar_choice.itemText(i) for i in range(overview.bar_choice.count())]
    wanted = labels.index("Cliënten per status: Actief (1)")
    for _ in range(wanted):
        QTest.keyClick(overview.bar_choice, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: overview.client_list.count() == 1)
    assert overview.client_list.item(0).data(Qt.ItemDataRole.UserRole) == client_id
    overview.close()


def test_sleeping_ties_to_reactivate_and_late_role_steps_are_bars(qtbot, window, dossier):
    from resokit_desktop.domain.roles import RolePlan, RoleStatus, RoleStep
    from resokit_desktop.domain.web.model import (
        EntryKind,
        Member,
        Position,
        TieAttributes,
        TieStatus,
    )
    from resokit_desktop.services import web_service
    from resokit_desktop.storage import roles_repo

    db = dossier.db
    ids = {name: clients_repo.save_client(db, Client(name=name)) for name in ("Omar", "Pia")}
    version = web_service.new_version(db, ids["Omar"], "2020-03-01")
    version.members.clear()
    entry = web_service.add_entry(db, ids["Omar"], EntryKind.PERSON, "Oude buur")
    version.members[entry.id] = Member(entry.id, entry.name, EntryKind.PERSON, Position("friends"),
                                       TieAttributes(status=TieStatus.SLEEPING, reactivate=True))
    web_service.save_version(db, version)
    roles_repo.save_role_plan(db, RolePlan(ids["Pia"], "Voorlezer", status=RoleStatus.STARTED,
                                           created_on="2020-01-01",
                                           steps=[RoleStep("Bibliotheek bellen",
                                                           due_date="2020-02-01")]))
    window.refresh_clients()
    window.action_registry.get("caseload_overview").trigger()
    overview = window._caseload_window
    qtbot.waitExposed(overview)
    plot = overview.plots["attention"]
    for key, title, name in (
            ("sleeping_ties_to_reactivate", "Slapende banden gemarkeerd om te heractiveren",
             "Omar"),
            ("overdue_role_steps", "Stappen van rolplannen over datum", "Pia")):
        row = [bar.key for bar in overview.bars["attention"]].index(key)
        QTest.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton,
                         pos=_bar_point(overview, "attention", row))
        qtbot.waitUntil(lambda t=title: t in overview.list_title.text())
        assert [overview.client_list.item(i).text()
                for i in range(overview.client_list.count())] == [name]
    overview.close()
