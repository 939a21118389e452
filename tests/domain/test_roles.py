"""Role plan rules: status path, required evaluation, next steps, and the role idea list."""

from __future__ import annotations

from datetime import date

import pytest

from resokit_desktop.domain.roles import (
    TRANSITIONS,
    Barrier,
    CurrentRole,
    RolePlan,
    RoleStatus,
    RoleStep,
    builtin_role_ideas,
    can_move,
    move_to,
    next_statuses,
    next_steps,
    overdue_steps,
    suggest_roles,
    validate_current_role,
    validate_role_plan,
    validate_step,
)
from resokit_desktop.domain.talents import LANGUAGES, TalentGroup
from resokit_desktop.domain.validation import FieldError, ValidationFailed

S = RoleStatus


def test_the_usual_path_runs_from_idea_to_evaluated():
    plan = RolePlan(1, "Buurtgids")
    for status in (S.EXPLORING, S.STARTED, S.ACTIVE):
        move_to(plan, status, date(2026, 3, 1))
    plan.evaluation = "Ze luisteren naar mij."
    move_to(plan, S.EVALUATED, date(2026, 6, 1))
    assert plan.status is S.EVALUATED
    assert plan.status_since == "2026-06-01"
    assert validate_role_plan(plan) == []


@pytest.mark.parametrize(("start", "target"), [
    (S.IDEA, S.ACTIVE), (S.IDEA, S.EVALUATED), (S.EXPLORING, S.ACTIVE),
    (S.STARTED, S.IDEA), (S.ACTIVE, S.IDEA), (S.STOPPED, S.ACTIVE), (S.EVALUATED, S.IDEA),
])
def test_skipping_or_going_back_is_refused(start, target):
    plan = RolePlan(1, "Buurtgids", status=start)
    with pytest.raises(ValidationFailed) as failure:
        move_to(plan, target)
    assert failure.value.errors == [FieldError("status", "transition_not_allowed")]
    assert plan.status is start


def test_every_open_status_can_be_stopped_and_a_stopped_plan_can_become_an_idea_again():
    for status in RoleStatus:
        if status.is_open:
            assert can_move(status, S.STOPPED)
    assert can_move(S.STOPPED, S.IDEA)
    assert set(TRANSITIONS) == set(RoleStatus)


def test_only_evaluated_and_stopped_are_closed():
    assert {s for s in RoleStatus if not s.is_open} == {S.EVALUATED, S.STOPPED}


def test_an_evaluated_plan_needs_the_persons_words():
    plan = RolePlan(1, "Buurtgids", status=S.EVALUATED)
    assert FieldError("evaluation", "required_when_evaluated") in validate_role_plan(plan)


def test_title_steps_and_other_barrier_are_checked():
    plan = RolePlan(1, " ", barriers=[Barrier.OTHER, Barrier.MONEY, Barrier.MONEY],
                    steps=[RoleStep(""), RoleStep("Bellen", due_date="31-12-2026")])
    codes = {(e.field, e.code) for e in validate_role_plan(plan)}
    assert codes == {
        ("title", "required"), ("barriers", "duplicate"), ("barrier_note", "required_for_other"),
        ("steps[0].what", "required"), ("steps[1].due_date", "date_invalid"),
    }


def test_next_steps_are_open_ones_soonest_first_then_undated_in_order():
    plan = RolePlan(1, "Buurtgids", steps=[
        RoleStep("zonder datum 1"), RoleStep("later", due_date="2026-12-20"),
        RoleStep("klaar", due_date="2026-12-01", done=True),
        RoleStep("eerst", due_date="2026-12-05"),
        RoleStep("zonder datum 2"),
    ])
    assert [s.what for s in next_steps(plan, 3)] == ["eerst", "later", "zonder datum 1"]
    assert [s.what for s in next_steps(plan, 10)][-1] == "zonder datum 2"
    assert next_steps(plan, 0) == []


def test_current_role_needs_a_title():
    assert validate_current_role(CurrentRole(1, "")) == [FieldError("title", "required")]
    assert validate_current_role(CurrentRole(1, "Grootmoeder")) == []


def test_every_role_idea_has_title_and_description_in_three_languages_and_talent_groups():
    ideas = builtin_role_ideas()
    assert 15 <= len(ideas) <= 40
    assert len({i.key for i in ideas}) == len(ideas)
    for idea in ideas:
        assert idea.groups
        for lang in LANGUAGES:
            assert idea.titles[lang].strip() and idea.descriptions[lang].strip(), (idea.key, lang)
    covered = {g for idea in ideas for g in idea.groups}
    assert covered == set(TalentGroup)


def test_suggestions_follow_the_talent_groups_best_match_first():
    ideas = builtin_role_ideas()
    hands_life = suggest_roles(ideas, [TalentGroup.HANDS, TalentGroup.LIFE], limit=3)
    assert hands_life[0].key == "repair_advisor"
    assert all(TalentGroup.HANDS in i.groups or TalentGroup.LIFE in i.groups for i in hands_life)
    music = suggest_roles(ideas, [TalentGroup.CREATIVE])
    assert "musician" in {i.key for i in music}
    assert suggest_roles(ideas, []) == []


def test_next_statuses_follow_the_path_in_order():
    assert next_statuses(S.IDEA) == [S.EXPLORING, S.STOPPED]
    assert next_statuses(S.EXPLORING) == [S.IDEA, S.STARTED, S.STOPPED]
    assert next_statuses(S.ACTIVE) == [S.EVALUATED, S.STOPPED]
    for status in RoleStatus:
        assert all(can_move(status, target) for target in next_statuses(status))


def test_a_step_needs_text_and_no_due_date_before_the_plan_was_made():
    assert validate_step(RoleStep("  "), "2026-03-01") == [FieldError("steps[0].what", "required")]
    assert validate_step(RoleStep("Bellen", due_date="2026-02-28"), "2026-03-01", 2) == [
        FieldError("steps[2].due_date", "before_plan")]
    assert validate_step(RoleStep("Bellen", due_date="2026-03-01"), "2026-03-01") == []
    assert validate_step(RoleStep("Bellen", due_date="2026-02-30"), "2026-03-01") == [
        FieldError("steps[0].due_date", "date_invalid")]
    # A stored plan with older steps stays valid as a whole.
    plan = RolePlan(1, "Buurtgids", created_on="2026-03-01",
                    steps=[RoleStep("Eerder begonnen", due_date="2026-01-01")])
    assert validate_role_plan(plan) == []


def test_overdue_steps_are_open_steps_of_open_plans_past_their_date():
    steps = [RoleStep("a", due_date="2026-03-01"), RoleStep("b", due_date="2026-03-01", done=True),
             RoleStep("c", due_date="2026-03-02"), RoleStep("d")]
    plan = RolePlan(1, "Buurtgids", status=S.ACTIVE, steps=steps)
    assert [s.what for s in overdue_steps(plan, date(2026, 3, 2))] == ["a"]
    plan.status = S.STOPPED
    assert overdue_steps(plan, date(2026, 3, 2)) == []
