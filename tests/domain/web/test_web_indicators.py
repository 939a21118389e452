"""Every indicator on hand-made webs with known answers."""

from __future__ import annotations

import pytest
from web_samples import chain_web, member, vulnerable_web, web

from resokit_desktop.domain.web.indicators import (
    Coverage,
    articulation_points,
    compute_indicators,
)
from resokit_desktop.domain.web.model import EntryKind, Function, TieStatus


def test_size_counts_active_and_sleeping_but_not_wished_for_or_broken():
    ind = compute_indicators(vulnerable_web())
    assert ind.size == 4
    assert ind.sleeping == 1
    assert ind.wished_for == 1
    assert ind.broken == 0


def test_people_and_places_scores_follow_ndti():
    ind = compute_indicators(vulnerable_web())
    # Persons with a current tie: mother and the paid worker (paid staff counted by default;
    # the sister sleeps). The app's own "unpaid active people" is mother only.
    assert ind.people_score == 2
    assert ind.unpaid_active_people == 1
    # Active places and groups: the food bank (the club is only wished for).
    assert ind.places_score == 1


def test_domains_used_counts_domains_with_an_active_member():
    ind = compute_indicators(vulnerable_web())
    assert ind.domains_used == 2  # family, services; leisure only has a wished-for club
    assert ind.domains_total == 9


def test_counts_per_ring_and_per_domain():
    ind = compute_indicators(vulnerable_web())
    assert ind.per_ring == {1: 2, 2: 1, 3: 1}
    assert ind.per_domain["family"] == 2
    assert ind.per_domain["services"] == 2
    assert ind.per_domain["leisure"] == 0
    assert sum(ind.per_domain.values()) == ind.size


def test_paid_share():
    ind = compute_indicators(vulnerable_web())
    assert ind.paid_count == 1
    assert ind.paid_share == pytest.approx(0.25)
    assert compute_indicators(web([])).paid_share is None


def test_function_coverage_flags_paid_only_and_nobody():
    ind = compute_indicators(vulnerable_web())
    f = ind.functions
    assert f[Function.PRACTICAL].givers == (1, 3)
    assert f[Function.PRACTICAL].unpaid_givers == (1,)
    assert f[Function.PRACTICAL].coverage == Coverage.OK
    assert f[Function.EMOTIONAL].coverage == Coverage.OK
    assert f[Function.ADVICE].givers == (3,)
    assert f[Function.ADVICE].coverage == Coverage.PAID_ONLY
    assert f[Function.COMPANIONSHIP].givers == ()
    assert f[Function.COMPANIONSHIP].coverage == Coverage.NOBODY


def test_sleeping_member_does_not_cover_a_function():
    w = web([member(1, functions=[Function.COMPANIONSHIP], status=TieStatus.SLEEPING)])
    assert compute_indicators(w).functions[Function.COMPANIONSHIP].coverage == Coverage.NOBODY


def test_bonding_bridging_linking_counts():
    ind = compute_indicators(vulnerable_web())
    assert (ind.bonding, ind.bridging, ind.linking) == (2, 1, 1)


def test_density_of_who_knows_whom():
    ind = compute_indicators(vulnerable_web())
    assert ind.tie_count == 2
    assert ind.density == pytest.approx(2 / 6)
    assert compute_indicators(web([member(1)])).density is None
    full = web([member(1), member(2), member(3)], ties=[(1, 2), (2, 3), (1, 3)])
    assert compute_indicators(full).density == pytest.approx(1.0)


def test_ties_to_members_outside_the_network_do_not_count():
    w = web([member(1), member(2, status=TieStatus.BROKEN)], ties=[(1, 2)])
    ind = compute_indicators(w)
    assert ind.tie_count == 0
    assert ind.size == 1


def test_bridge_persons_in_a_chain():
    assert compute_indicators(chain_web()).splitting_members == (2, 3)


def test_no_bridge_persons_in_a_triangle_or_without_ties():
    triangle = web([member(1), member(2), member(3)], ties=[(1, 2), (2, 3), (1, 3)])
    assert compute_indicators(triangle).splitting_members == ()
    assert compute_indicators(vulnerable_web()).splitting_members == ()


def test_bridge_person_joining_two_groups():
    # Two triangles {1,2,3} and {4,5,6} joined only through 7: 7 splits the map; so do 3 and 4.
    w = web(
        [member(i) for i in range(1, 8)],
        ties=[(1, 2), (2, 3), (1, 3), (4, 5), (5, 6), (4, 6), (3, 7), (7, 4)],
    )
    assert compute_indicators(w).splitting_members == (3, 4, 7)


def test_star_centre_is_a_bridge_person():
    w = web([member(i) for i in range(1, 5)], ties=[(1, 2), (1, 3), (1, 4)])
    assert articulation_points([1, 2, 3, 4], w.ties) == {1}


def test_strained_or_harmful_count():
    w = web([member(1, strained=True), member(2)])
    assert compute_indicators(w).strained_or_harmful == 1


def test_figures_hold_every_comparable_indicator():
    fig = compute_indicators(vulnerable_web()).figures()
    assert fig["size"] == 4
    assert fig["functions_uncovered"] == 2
    assert fig["splitting_members"] == 0
    assert fig["ring_1"] == 2


def test_group_counts_as_place_for_places_score():
    w = web([member(1, EntryKind.GROUP), member(2, EntryKind.PLACE), member(3)])
    ind = compute_indicators(w)
    assert (ind.people_score, ind.places_score) == (1, 2)
