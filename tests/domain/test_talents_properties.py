"""Random sorts and status moves: accepted ones never break the focus or status rules."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from resokit_desktop.domain.roles import TRANSITIONS, RolePlan, RoleStatus, move_to
from resokit_desktop.domain.talents import (
    MAX_FOCUS,
    CardSort,
    Pile,
    SortedTalent,
    validate_card_sort,
)
from resokit_desktop.domain.validation import ValidationFailed

talents = st.lists(
    st.tuples(st.sampled_from(list(Pile)), st.one_of(st.none(), st.integers(0, 5))),
    max_size=8,
)


@settings(max_examples=300, deadline=None)
@given(talents)
def test_an_accepted_sort_has_at_most_three_distinct_focus_ranks_on_kept_cards(specs):
    sort = CardSort(1, [SortedTalent(f"k{i}", pile, focus_rank=rank)
                        for i, (pile, rank) in enumerate(specs)])
    if validate_card_sort(sort):
        return
    focus = sort.focus()
    assert len(focus) <= MAX_FOCUS
    ranks = [t.focus_rank for t in focus]
    assert len(set(ranks)) == len(ranks)
    assert all(1 <= rank <= MAX_FOCUS for rank in ranks)
    assert all(t.pile is not Pile.NOT_NOW for t in focus)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(list(RoleStatus)), max_size=12))
def test_any_sequence_of_moves_only_follows_allowed_transitions(targets):
    plan = RolePlan(1, "Buurtgids")
    for target in targets:
        before = plan.status
        try:
            move_to(plan, target)
        except ValidationFailed:
            assert plan.status is before
            assert target not in TRANSITIONS[before]
        else:
            assert plan.status is target
            assert target is before or target in TRANSITIONS[before]
