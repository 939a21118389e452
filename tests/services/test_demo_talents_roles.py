"""The demo caseload carries talentenkaarten and role plans that match the clients' stories."""

from __future__ import annotations

from datetime import date

import pytest

from resokit_desktop.domain.roles import RoleStatus, next_steps, validate_role_plan
from resokit_desktop.domain.talents import builtin_talent_deck
from resokit_desktop.services import demo_caseload, demo_service, demo_talents_roles
from resokit_desktop.storage import contacts_repo, roles_repo, talents_repo

TODAY = date(2026, 11, 23)


@pytest.fixture
def demo(db):
    ids = demo_service.fill_demo(db, TODAY)
    names = [c[0] for c in demo_caseload.CLIENTS]
    return db, dict(zip(names, ids, strict=False))


def test_the_extension_is_registered_once():
    assert "resokit_desktop.services.demo_talents_roles" in demo_service.EXTENSION_MODULES
    assert demo_service.EXTENSIONS.count(demo_talents_roles.add_talents_and_roles) == 1


def test_marie_louise_bakes_and_is_on_her_way_to_the_breicafe(demo):
    db, ids = demo
    client_id = ids["Marie-Louise Vandenbroeck"]
    focus = [t.display_label("nl") for t in talents_repo.focus_talents(db, client_id)]
    assert focus == ["Bakken", "Naaien en breien", "Verhalen vertellen"]
    plans = roles_repo.list_role_plans(db, client_id, active_only=True)
    assert plans[0].title == "Recepten-oma van het breicafé"
    assert plans[0].status is RoleStatus.STARTED
    steps = [s.what for s in next_steps(plans[0], 2)]
    assert "Appeltaart meebrengen naar het breicafé" in steps
    assert plans[0].talent_ids == [t.id for t in talents_repo.focus_talents(db, client_id)]


def test_youssef_is_an_active_neighbourhood_guide(demo):
    db, ids = demo
    plans = roles_repo.list_role_plans(db, ids["Youssef El Amrani"], active_only=True)
    assert plans[0].title == "Buurtgids in Molenbeek"
    assert plans[0].status is RoleStatus.ACTIVE


def test_jozef_keeps_his_repair_cafe_role_and_his_stopped_plan_stays_out_of_active(demo):
    db, ids = demo
    client_id = ids["Jozef Claes"]
    titles = [p.title for p in roles_repo.list_role_plans(db, client_id, active_only=True)]
    assert titles == ["Raadgever hout in het repair café"]
    everything = roles_repo.list_role_plans(db, client_id)
    assert everything[-1].status is RoleStatus.STOPPED
    assert everything[-1].evaluation


def test_helene_and_karim_have_their_roles(demo):
    db, ids = demo
    helene = roles_repo.list_role_plans(db, ids["Hélène Dubois"], active_only=True)
    karim = roles_repo.list_role_plans(db, ids["Karim Benali"], active_only=True)
    assert "tekenhoek" in helene[0].title
    assert "muziekmoment" in karim[0].title


def test_fatou_has_sorted_cards_but_no_focus_yet(demo):
    db, ids = demo
    client_id = ids["Fatou Diallo"]
    assert len(talents_repo.load_card_sort(db, client_id).talents) == 3
    assert talents_repo.focus_talents(db, client_id) == []
    assert roles_repo.list_role_plans(db, client_id) == []


def test_every_demo_card_is_in_the_builtin_deck_and_every_plan_is_valid(demo):
    db, ids = demo
    keys = {card.key for card in builtin_talent_deck().cards}
    for sorted_cards in demo_talents_roles.CARD_SORTS.values():
        assert {row[0] for row in sorted_cards} <= keys
    plans = [p for client_id in ids.values() for p in roles_repo.list_role_plans(db, client_id)]
    assert len(plans) >= 10
    for plan in plans:
        assert validate_role_plan(plan) == [], plan.title
        assert plan.steps or plan.status is RoleStatus.STOPPED
    assert {p.status for p in plans} >= {RoleStatus.IDEA, RoleStatus.EXPLORING,
                                         RoleStatus.STARTED, RoleStatus.ACTIVE,
                                         RoleStatus.EVALUATED, RoleStatus.STOPPED}


def test_plans_and_namers_point_at_the_contacts_of_the_demo_webs(demo):
    db, ids = demo
    marie = ids["Marie-Louise Vandenbroeck"]
    names = {c.id: c.name for c in contacts_repo.list_contacts(db, marie)}
    plan = roles_repo.list_role_plans(db, marie)[0]
    assert names[plan.place_contact_id] == "Breicafé"
    baking = talents_repo.focus_talents(db, marie)[0]
    assert names[baking.named_by_contact_id] == "Els"
    tomasz = ids["Tomasz Nowak"]
    names = {c.id: c.name for c in contacts_repo.list_contacts(db, tomasz)}
    assert names[roles_repo.list_role_plans(db, tomasz)[0].place_contact_id] == "Repair Café"
