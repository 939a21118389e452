"""role_service: suggestions with their reasons, plans started from ideas or registry entries,
steps checked only where they are new, overdue counts per client."""

from __future__ import annotations

from datetime import date

import pytest

from resokit_desktop.domain.client import Client
from resokit_desktop.domain.roles import RoleStep
from resokit_desktop.domain.talents import CardSort, Pile, SortedTalent, TalentGroup
from resokit_desktop.domain.validation import FieldError, ValidationFailed
from resokit_desktop.domain.web.model import EntryKind
from resokit_desktop.services import role_service, web_service
from resokit_desktop.storage import clients_repo, talents_repo


@pytest.fixture
def client_id(db) -> int:
    client_id = clients_repo.save_client(db, Client(name="Rosa"))
    talents_repo.save_card_sort(db, CardSort(client_id=client_id, talents=[
        SortedTalent(card_key="cooking", pile=Pile.CAN, focus_rank=1),
        SortedTalent(card_key="listening", pile=Pile.LIKE, focus_rank=2)]))
    return client_id


def test_each_suggestion_names_the_focus_talents_it_fits(db, client_id):
    suggestions = role_service.suggest(db, client_id, "nl")
    assert suggestions
    focus = {t.id: t for t in role_service.focus_talents(db, client_id)}
    groups = {"Koken": TalentGroup.HANDS, "Luisteren": TalentGroup.PEOPLE}
    for suggestion in suggestions:
        assert suggestion.talents, suggestion.title
        for talent in suggestion.talents:
            assert talent.id in focus
            assert groups[talent.label] in suggestion.idea.groups
    assert role_service.suggest(db, client_id, "fr")[0].title == suggestions[0].idea.title("fr")


def test_taking_a_suggestion_stores_a_plan_with_its_talents(db, client_id):
    suggestion = role_service.suggest(db, client_id)[0]
    plan = role_service.take_suggestion(db, client_id, suggestion, date(2026, 3, 1))
    stored = role_service.get_plan(db, plan.id)
    assert stored.talent_ids == [t.id for t in suggestion.talents]
    assert (stored.idea_key, stored.setting, stored.created_on) == (
        suggestion.idea.key, suggestion.idea.setting, "2026-03-01")


def test_a_place_becomes_the_plan_place_and_a_person_the_key_person(db, client_id):
    rita = web_service.add_entry(db, client_id, EntryKind.PERSON, "Rita")
    cafe = web_service.add_entry(db, client_id, EntryKind.PLACE, "Breicafé")
    by_person = role_service.start_plan(db, client_id, "Vaste gast", contact_id=rita.id)
    by_place = role_service.start_plan(db, client_id, "Vrijwilliger", contact_id=cafe.id)
    assert (by_person.key_person, by_person.key_person_contact_id) == ("Rita", rita.id)
    assert (by_place.place, by_place.place_contact_id) == ("Breicafé", cafe.id)


def test_only_new_or_changed_steps_must_not_be_due_before_the_plan(db, client_id):
    plan = role_service.start_plan(db, client_id, "Buurtgids", today=date(2026, 3, 1))
    plan.steps = [RoleStep("Te vroeg", due_date="2026-02-01")]
    with pytest.raises(ValidationFailed) as failure:
        role_service.save_plan(db, plan)
    assert failure.value.errors == [FieldError("steps[0].due_date", "before_plan")]
    assert role_service.get_plan(db, plan.id).steps == []
    # A plan stored with an older step (made earlier, typed in later) stays editable.
    plan.steps = [RoleStep("Op tijd", due_date="2026-03-01")]
    role_service.save_plan(db, plan)
    plan.created_on = "2026-04-01"
    plan.need = "Nieuwkomers"
    role_service.save_plan(db, plan)
    assert role_service.get_plan(db, plan.id).need == "Nieuwkomers"


def test_overdue_counts_only_open_steps_of_open_plans(db, client_id):
    plan = role_service.start_plan(db, client_id, "Buurtgids", today=date(2026, 1, 1))
    plan.steps = [RoleStep("a", due_date="2026-02-01"), RoleStep("b", due_date="2026-02-01",
                                                                  done=True),
                  RoleStep("c", due_date="2026-03-01")]
    role_service.save_plan(db, plan)
    assert role_service.overdue_counts(db, [client_id], date(2026, 2, 2)) == {client_id: 1}
    assert role_service.overdue_counts(db, [client_id], date(2026, 2, 1)) == {}
    assert [s.step.what for s in role_service.open_steps(db, client_id)] == ["a", "c"]
