"""The caseload overview's numbers on a hand-made caseload, with a fixed 'today'."""

from __future__ import annotations

from datetime import date

from resokit_desktop.domain.caseload import age_bucket, month_keys
from resokit_desktop.domain.client import Client, ClientStatus
from resokit_desktop.domain.roles import RolePlan, RoleStatus, RoleStep
from resokit_desktop.domain.session import Agreement, Session
from resokit_desktop.domain.web.model import (
    EntryKind,
    Function,
    Member,
    Position,
    TieAttributes,
    TieStatus,
)
from resokit_desktop.services import caseload_service, web_service
from resokit_desktop.storage import clients_repo, roles_repo, sessions_repo

TODAY = date(2026, 6, 15)


def _web(db, client_id, day, members):
    version = web_service.new_version(db, client_id, day)
    version.members.clear()
    for name, paid, status, functions in members:
        entry = web_service.add_entry(db, client_id, EntryKind.PERSON, name)
        version.members[entry.id] = Member(entry.id, name, EntryKind.PERSON, Position("family"),
                                           TieAttributes(paid=paid, status=status,
                                                         functions=frozenset(functions)))
    web_service.save_version(db, version)


def _caseload(db):
    ids = {}
    for name, status in (("Anna", ClientStatus.ACTIVE), ("Bert", ClientStatus.ACTIVE),
                         ("Carla", ClientStatus.ACTIVE), ("Dirk", ClientStatus.CLOSED)):
        ids[name] = clients_repo.save_client(db, Client(name=name, status=status))
    emo = {Function.EMOTIONAL}
    # Anna: an unpaid friend gave emotional support, but in her latest web only a paid one does.
    _web(db, ids["Anna"], "2025-01-10", [("Vriend", False, TieStatus.ACTIVE, emo)])
    _web(db, ids["Anna"], "2026-05-01", [("Coach", True, TieStatus.ACTIVE, emo),
                                        ("Oud-collega", False, TieStatus.SLEEPING, emo)])
    # Bert: an unpaid sister gives it; Carla has no web at all.
    _web(db, ids["Bert"], "2025-10-01", [("Zus", False, TieStatus.ACTIVE, emo)])
    sessions_repo.save_session(db, Session(ids["Anna"], "2026-06-02", agreements=[
        Agreement(what="Bellen", due_date="2026-06-10"),
        Agreement(what="Klaar", due_date="2026-06-01", done=True)]))
    sessions_repo.save_session(db, Session(ids["Anna"], "2026-05-20"))
    sessions_repo.save_session(db, Session(ids["Bert"], "2026-05-03", agreements=[
        Agreement(what="Later", due_date="2026-07-01")]))
    sessions_repo.save_session(db, Session(ids["Carla"], "2024-01-09"))
    sessions_repo.save_session(db, Session(ids["Dirk"], "2026-06-01", agreements=[
        Agreement(what="Vergeten", due_date="2026-06-02")]))
    roles_repo.save_role_plan(db, RolePlan(ids["Anna"], "Buurtgids", status=RoleStatus.ACTIVE))
    roles_repo.save_role_plan(db, RolePlan(ids["Bert"], "Kok", status=RoleStatus.IDEA))
    roles_repo.save_role_plan(db, RolePlan(ids["Bert"], "Tuinier", status=RoleStatus.IDEA))
    roles_repo.save_role_plan(db, RolePlan(ids["Dirk"], "Gesloten", status=RoleStatus.IDEA))
    return ids


def _bars(bars):
    return {bar.key: (bar.value, set(bar.client_ids)) for bar in bars}


def test_caseload_numbers(db):
    ids = _caseload(db)
    figures = caseload_service.caseload(db, TODAY)
    assert figures.active_clients == 3
    assert _bars(figures.clients_by_status)["closed"] == (1, {ids["Dirk"]})
    months = _bars(figures.sessions_per_month)
    assert list(months)[-1] == "2026-06" and len(months) == 12
    assert months["2026-06"] == (2, {ids["Anna"], ids["Dirk"]})
    assert months["2026-05"] == (2, {ids["Anna"], ids["Bert"]})
    assert "2024-01" not in months  # older than a year
    plans = _bars(figures.role_plans_by_status)
    assert plans["idea"] == (2, {ids["Bert"]})  # Dirk's dossier is closed
    assert plans["active"] == (1, {ids["Anna"]})
    assert plans["stopped"] == (0, set())
    attention = _bars(figures.attention)
    assert attention["no_unpaid_emotional_support"] == (1, {ids["Anna"]})
    # Anna's sleeping tie is not marked for reactivation (test_sleeping_ties_marked_...).
    assert attention["sleeping_ties_to_reactivate"] == (0, set())
    assert attention["overdue_agreements"] == (1, {ids["Anna"]})
    webs = _bars(figures.since_last_web)
    assert webs["under_3_months"] == (1, {ids["Anna"]})
    assert webs["6_to_12_months"] == (1, {ids["Bert"]})
    assert webs["never"] == (1, {ids["Carla"]})
    talks = _bars(figures.since_last_session)
    assert talks["under_3_months"] == (2, {ids["Anna"], ids["Bert"]})
    assert talks["over_a_year"] == (1, {ids["Carla"]})
    names = caseload_service.client_names(db, (ids["Bert"], ids["Anna"]))
    assert names == [(ids["Anna"], "Anna"), (ids["Bert"], "Bert")]


def test_age_buckets_and_months_hold_on_any_day():
    assert age_bucket(None, TODAY) == "never"
    assert age_bucket("2026-03-17", TODAY) == "under_3_months"  # 90 days
    assert age_bucket("2026-03-16", TODAY) == "3_to_6_months"  # 91 days
    assert age_bucket("2027-01-01", TODAY) == "under_3_months"
    assert month_keys(date(2026, 1, 31), 3) == ["2025-11", "2025-12", "2026-01"]


def test_sleeping_ties_marked_for_reactivation(db):
    """Counted: an active client whose latest web has a sleeping tie marked for reactivation."""
    ids = {name: clients_repo.save_client(db, Client(name=name, status=status))
           for name, status in (("Ella", ClientStatus.ACTIVE), ("Fons", ClientStatus.ACTIVE),
                                ("Gina", ClientStatus.ACTIVE), ("Hugo", ClientStatus.ACTIVE),
                                ("Iris", ClientStatus.CLOSED))}

    def web(name, day, *ties):
        version = web_service.new_version(db, ids[name], day)
        version.members.clear()
        for number, tie in enumerate(ties):
            entry = web_service.add_entry(db, ids[name], EntryKind.PERSON, f"{name} {number}")
            version.members[entry.id] = Member(entry.id, entry.name, EntryKind.PERSON,
                                               Position("friends"), tie)
        web_service.save_version(db, version)

    marked = TieAttributes(status=TieStatus.SLEEPING, reactivate=True)
    web("Ella", "2026-05-01", TieAttributes(), marked)  # counted
    web("Fons", "2025-01-01", marked)  # only in an older web: he took the tie up again
    web("Fons", "2026-05-01", TieAttributes(status=TieStatus.ACTIVE, reactivate=True))
    web("Gina", "2026-05-01", TieAttributes(status=TieStatus.SLEEPING))  # sleeping, not marked
    web("Hugo", "2026-05-01", marked, marked)  # two marked ties: one client
    web("Iris", "2026-05-01", marked)  # closed dossier
    attention = _bars(caseload_service.caseload(db, TODAY).attention)
    assert attention["sleeping_ties_to_reactivate"] == (2, {ids["Ella"], ids["Hugo"]})


def test_role_plan_steps_past_their_date(db):
    """Counted: an active client with an open step of an open plan whose date is before today."""
    ids = {name: clients_repo.save_client(db, Client(name=name, status=status))
           for name, status in (("Jan", ClientStatus.ACTIVE), ("Kim", ClientStatus.ACTIVE),
                                ("Lou", ClientStatus.ACTIVE), ("Mo", ClientStatus.ACTIVE),
                                ("Nel", ClientStatus.CLOSED))}

    def plan(name, status, *steps):
        roles_repo.save_role_plan(db, RolePlan(ids[name], f"Rol van {name}", status=status,
                                               created_on="2026-01-05", steps=list(steps)))

    plan("Jan", RoleStatus.STARTED, RoleStep("Bellen", due_date="2026-06-14"),  # counted
         RoleStep("Later", due_date="2026-07-01"))
    plan("Kim", RoleStatus.EXPLORING, RoleStep("Vandaag", due_date="2026-06-15"),  # not yet late
         RoleStep("Gedaan", due_date="2026-02-01", done=True))
    plan("Lou", RoleStatus.STOPPED, RoleStep("Vergeten", due_date="2026-02-01"))  # plan closed
    plan("Mo", RoleStatus.ACTIVE, RoleStep("Zonder datum"), RoleStep("Oud", due_date="2026-03-01"),
         RoleStep("Ook oud", due_date="2026-04-01"))  # counted once
    plan("Nel", RoleStatus.ACTIVE, RoleStep("Gesloten dossier", due_date="2026-02-01"))
    attention = _bars(caseload_service.caseload(db, TODAY).attention)
    assert attention["overdue_role_steps"] == (2, {ids["Jan"], ids["Mo"]})
    assert list(attention).index("overdue_role_steps") == (
        list(attention).index("overdue_agreements") + 1)  # next to the overdue agreements
