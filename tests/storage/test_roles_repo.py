"""Role plans and current roles are stored whole, follow the status path, and go with the client."""

from __future__ import annotations

import pytest

from resokit_desktop.domain.client import Client
from resokit_desktop.domain.roles import (
    Barrier,
    CurrentRole,
    GoodThing,
    RolePlan,
    RoleSetting,
    RoleStatus,
    RoleStep,
    Valued,
    next_steps,
)
from resokit_desktop.domain.talents import CardSort, Pile, SortedTalent
from resokit_desktop.domain.validation import FieldError, ValidationFailed
from resokit_desktop.domain.web.model import EntryKind, RegistryEntry
from resokit_desktop.storage import clients_repo, contacts_repo, roles_repo, talents_repo
from resokit_desktop.storage.connection import open_database
from resokit_desktop.storage.errors import NotFoundError


def _client(db, name: str = "Youssef") -> int:
    return clients_repo.save_client(db, Client(name=name))


def _focus(db, client_id: int) -> list[int]:
    sort = CardSort(client_id, [SortedTalent("guiding", Pile.CAN, focus_rank=1),
                                SortedTalent("history", Pile.LIKE, focus_rank=2)])
    talents_repo.save_card_sort(db, sort)
    return [t.id for t in sort.talents]


def _plan(client_id: int, **kw) -> RolePlan:
    values = dict(
        title="Buurtgids", setting=RoleSetting.NEIGHBOURHOOD, place="Vzw buurtwandelingen",
        key_person="Coördinator", need="Nieuwe bewoners kennen de buurt niet.",
        brings=[GoodThing.RESPECT, GoodThing.VOICE], barriers=[Barrier.LANGUAGE, Barrier.OTHER],
        barrier_note="Trappen", support="Een tolk bij de eerste wandeling.",
        steps=[RoleStep("Eerste wandeling meelopen", "Youssef", "2026-11-01", True),
               RoleStep("Tweede wandeling voorbereiden", "Youssef", "2026-12-07"),
               RoleStep("Verzekering regelen", "Hulpverlener", "2026-11-30")],
    )
    values.update(kw)
    return RolePlan(client_id, **values)


def test_role_plan_round_trip_survives_reopen(db_path):
    db = open_database(db_path)
    client_id = _client(db)
    talent_ids = _focus(db, client_id)
    plan = _plan(client_id, talent_ids=list(reversed(talent_ids)), status_since="2026-11-01")
    plan_id = roles_repo.save_role_plan(db, plan)
    db.conn.close()

    db = open_database(db_path)
    loaded = roles_repo.get_role_plan(db, plan_id)
    assert loaded == plan
    assert loaded.talent_ids == list(reversed(talent_ids))
    assert [s.what for s in next_steps(loaded, 2)] == ["Verzekering regelen",
                                                       "Tweede wandeling voorbereiden"]
    db.conn.close()


def test_status_moves_along_the_path_and_a_jump_is_refused_without_writing(db):
    client_id = _client(db)
    plan = _plan(client_id)
    roles_repo.save_role_plan(db, plan)
    plan.status = RoleStatus.EXPLORING
    roles_repo.save_role_plan(db, plan)
    plan.status = RoleStatus.ACTIVE
    plan.title = "Gids"
    with pytest.raises(ValidationFailed) as failure:
        roles_repo.save_role_plan(db, plan)
    assert failure.value.errors == [FieldError("status", "transition_not_allowed")]
    stored = roles_repo.get_role_plan(db, plan.id)
    assert (stored.status, stored.title) == (RoleStatus.EXPLORING, "Buurtgids")


def test_a_new_plan_may_start_at_any_status(db):
    client_id = _client(db)
    plan = _plan(client_id, status=RoleStatus.EVALUATED, evaluation="Ik ben daar iemand.")
    roles_repo.save_role_plan(db, plan)
    assert roles_repo.get_role_plan(db, plan.id).evaluation == "Ik ben daar iemand."


def test_invalid_plan_is_refused_before_anything_is_written(db):
    client_id = _client(db)
    with pytest.raises(ValidationFailed):
        roles_repo.save_role_plan(db, _plan(client_id, title="  "))
    with pytest.raises(ValidationFailed) as failure:
        roles_repo.save_role_plan(db, _plan(client_id, talent_ids=[999]))
    assert failure.value.errors == [FieldError("talent_ids", "unknown_talent")]
    assert roles_repo.list_role_plans(db, client_id) == []
    assert db.execute("SELECT count(*) FROM role_steps").fetchone()[0] == 0


def test_another_clients_talent_or_contact_cannot_be_linked(db):
    youssef, other = _client(db), _client(db, "Hélène")
    other_talents = _focus(db, other)
    place = RegistryEntry(None, other, EntryKind.PLACE, "Bibliotheek")
    contacts_repo.add_contact(db, place)
    with pytest.raises(ValidationFailed) as failure:
        roles_repo.save_role_plan(db, _plan(youssef, talent_ids=other_talents[:1],
                                            place_contact_id=place.id))
    assert set(failure.value.errors) == {FieldError("talent_ids", "unknown_talent"),
                                         FieldError("place_contact_id", "unknown_contact")}


def test_key_person_from_the_registry_is_kept_and_cleared_when_the_contact_is_deleted(db):
    client_id = _client(db)
    person = RegistryEntry(None, client_id, EntryKind.PERSON, "Coördinator wandelingen")
    contacts_repo.add_contact(db, person)
    plan = _plan(client_id, key_person_contact_id=person.id)
    roles_repo.save_role_plan(db, plan)
    assert roles_repo.get_role_plan(db, plan.id).key_person_contact_id == person.id
    contacts_repo.delete_contact(db, person.id)
    stored = roles_repo.get_role_plan(db, plan.id)
    assert stored.key_person_contact_id is None
    assert stored.key_person == "Coördinator"


def test_steps_are_updated_in_place_and_removed_when_left_out(db):
    client_id = _client(db)
    plan = _plan(client_id)
    roles_repo.save_role_plan(db, plan)
    first_id = plan.steps[0].id
    plan.steps = [plan.steps[0], RoleStep("Zoon uitnodigen")]
    plan.steps[0].what = "Eerste wandeling als gids"
    roles_repo.save_role_plan(db, plan)
    stored = roles_repo.get_role_plan(db, plan.id)
    assert [(s.id == first_id, s.what) for s in stored.steps] == [
        (True, "Eerste wandeling als gids"), (False, "Zoon uitnodigen")]


def test_set_step_done_ticks_one_step(db):
    client_id = _client(db)
    plan = _plan(client_id)
    roles_repo.save_role_plan(db, plan)
    roles_repo.set_step_done(db, plan.steps[2].id)
    stored = roles_repo.get_role_plan(db, plan.id)
    assert [s.what for s in next_steps(stored, 5)] == ["Tweede wandeling voorbereiden"]
    with pytest.raises(NotFoundError):
        roles_repo.set_step_done(db, 9999)


def test_list_role_plans_puts_the_furthest_along_first_and_can_leave_closed_ones_out(db):
    client_id = _client(db)
    for title, status in [("Idee", RoleStatus.IDEA), ("Gestopt", RoleStatus.STOPPED),
                          ("Loopt", RoleStatus.ACTIVE), ("Verkennen", RoleStatus.EXPLORING)]:
        roles_repo.save_role_plan(db, _plan(client_id, title=title, status=status))
    roles_repo.save_role_plan(db, _plan(_client(db, "Ander"), title="Van iemand anders"))
    assert [p.title for p in roles_repo.list_role_plans(db, client_id)] == [
        "Loopt", "Verkennen", "Idee", "Gestopt"]
    assert [p.title for p in roles_repo.list_role_plans(db, client_id, active_only=True)] == [
        "Loopt", "Verkennen", "Idee"]


def test_deleting_a_plan_removes_its_steps_and_links_but_not_the_talents(db):
    client_id = _client(db)
    plan = _plan(client_id, talent_ids=_focus(db, client_id))
    roles_repo.save_role_plan(db, plan)
    roles_repo.delete_role_plan(db, plan.id)
    assert db.execute("SELECT count(*) FROM role_steps").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM role_plan_talents").fetchone()[0] == 0
    assert len(talents_repo.focus_talents(db, client_id)) == 2
    with pytest.raises(NotFoundError):
        roles_repo.delete_role_plan(db, plan.id)


def test_a_talent_dropped_from_the_sort_is_unlinked_from_the_plan(db):
    client_id = _client(db)
    talent_ids = _focus(db, client_id)
    plan = _plan(client_id, talent_ids=talent_ids)
    roles_repo.save_role_plan(db, plan)
    talents_repo.save_card_sort(db, CardSort(client_id, [
        SortedTalent("history", Pile.LIKE, focus_rank=1)]))
    assert roles_repo.get_role_plan(db, plan.id).talent_ids == [talent_ids[1]]


def test_current_roles_replace_the_list(db):
    client_id = _client(db)
    roles_repo.save_current_roles(db, client_id, [
        CurrentRole(client_id, "Vader", Valued.MUCH),
        CurrentRole(client_id, "Buschauffeur", Valued.MUCH, still_held=False, note="Pensioen"),
    ])
    roles_repo.save_current_roles(db, client_id, [
        CurrentRole(client_id, "Buschauffeur", Valued.MUCH, still_held=False, note="Pensioen"),
        CurrentRole(client_id, "Buur"),
    ])
    stored = roles_repo.list_current_roles(db, client_id)
    assert [(r.title, r.valued, r.still_held) for r in stored] == [
        ("Buschauffeur", Valued.MUCH, False), ("Buur", None, True)]
    with pytest.raises(ValidationFailed) as failure:
        roles_repo.save_current_roles(db, client_id, [CurrentRole(client_id, "")])
    assert failure.value.errors == [FieldError("roles[0].title", "required")]
    assert len(roles_repo.list_current_roles(db, client_id)) == 2


def test_deleting_the_client_removes_every_role_row(db):
    client_id = _client(db)
    keep = _client(db, "Blijft")
    for owner in (client_id, keep):
        roles_repo.save_role_plan(db, _plan(owner, talent_ids=_focus(db, owner)))
        roles_repo.save_current_roles(db, owner, [CurrentRole(owner, "Buur")])
    clients_repo.delete_client(db, client_id)
    for table in ("role_plans", "current_roles", "client_talents"):
        rows = db.execute(f"SELECT DISTINCT client_id FROM {table}").fetchall()
        assert rows == [(keep,)], table
    plan_ids = [r[0] for r in db.execute("SELECT id FROM role_plans")]
    steps = db.execute("SELECT DISTINCT plan_id FROM role_steps").fetchall()
    links = db.execute("SELECT DISTINCT plan_id FROM role_plan_talents").fetchall()
    assert steps == [(plan_ids[0],)] and links == [(plan_ids[0],)]


def test_saving_steps_that_have_no_ids_yet_replaces_the_stored_ones(db):
    client_id = _client(db)
    plan = RolePlan(client_id, "Buurtgids",
                    steps=[RoleStep("Bellen"), RoleStep("Langsgaan")])
    roles_repo.save_role_plan(db, plan)
    # The same plan saved again from a copy whose steps were never given their ids.
    plan.steps = [RoleStep("Bellen"), RoleStep("Langsgaan")]
    roles_repo.save_role_plan(db, plan)
    stored = roles_repo.get_role_plan(db, plan.id).steps
    assert [s.what for s in stored] == ["Bellen", "Langsgaan"]
