"""The numbers behind the client's charts, checked against hand-made webs with known answers."""

from __future__ import annotations

from web_samples import PL, G, P, member, vulnerable_web, web

from resokit_desktop.domain.web.chart_figures import (
    Balance,
    change_over_time,
    client_charts,
)
from resokit_desktop.domain.web.indicators import Coverage
from resokit_desktop.domain.web.model import Capital, EntryKind, Function, TieStatus


def test_composition_of_the_vulnerable_web():
    charts = client_charts(vulnerable_web())
    comp = charts.composition
    # Network = mother, sleeping sister, paid worker, food bank (the wished-for club is not in).
    assert charts.size == 4
    assert dict(comp.per_domain) == {"family": 2, "friends": 0, "neighbourhood": 0, "work": 0,
                                     "learning": 0, "leisure": 0, "faith": 0, "online": 0,
                                     "services": 2}
    assert [key for key, _ in comp.per_domain][0] == "family"  # the set's own order
    assert dict(comp.per_ring) == {1: 2, 2: 1, 3: 1}
    assert dict(comp.per_kind) == {EntryKind.PERSON: 3, EntryKind.PLACE: 1, EntryKind.GROUP: 0}
    assert (comp.paid, comp.unpaid) == (1, 3)


def test_coverage_flags_paid_only_and_nobody():
    bars = {bar.function: bar for bar in client_charts(vulnerable_web()).coverage}
    assert list(bars) == list(Function)
    assert (bars[Function.PRACTICAL].unpaid, bars[Function.PRACTICAL].paid) == (1, 1)
    assert bars[Function.PRACTICAL].coverage == Coverage.OK
    assert (bars[Function.EMOTIONAL].unpaid, bars[Function.EMOTIONAL].paid) == (1, 0)
    assert (bars[Function.ADVICE].unpaid, bars[Function.ADVICE].paid) == (0, 1)
    assert bars[Function.ADVICE].coverage == Coverage.PAID_ONLY
    assert bars[Function.COMPANIONSHIP].total == 0
    assert bars[Function.COMPANIONSHIP].coverage == Coverage.NOBODY


def test_coverage_counts_active_members_only():
    version = web([
        member(1, P, functions=[Function.EMOTIONAL], status=TieStatus.SLEEPING),
        member(2, P, functions=[Function.EMOTIONAL], status=TieStatus.WISHED_FOR),
        member(3, P, functions=[Function.EMOTIONAL], paid=True),
    ])
    bar = client_charts(version).coverage[1]
    assert bar.function == Function.EMOTIONAL
    assert (bar.unpaid, bar.paid, bar.coverage) == (0, 1, Coverage.PAID_ONLY)


def test_balance_counts_network_members_and_the_unmarked():
    assert client_charts(vulnerable_web()).balance == Balance(bonding=2, bridging=1, linking=1,
                                                              unknown=0)
    version = web([member(1, P, capital=Capital.BRIDGING), member(2, G), member(3, PL),
                   member(4, P, capital=Capital.LINKING, status=TieStatus.BROKEN)])
    assert client_charts(version).balance == Balance(0, 1, 0, 2)


def _three_versions():
    first = web([member(1, P), member(2, PL, "leisure")], version_date="2026-01-10")
    first.id = 11
    second = first.copied("2026-04-02")
    second.id = 12
    second.members[3] = member(3, P, "friends", 2)
    second.members[4] = member(4, G, "neighbourhood", 3, paid=True)
    third = second.copied("2026-09-15")
    third.id = 13
    third.members[1].tie.status = TieStatus.SLEEPING
    return first, second, third


def test_change_over_time_per_version_with_the_clients_words():
    versions = _three_versions()
    words = {(11, 12): "  Ik heb een vriendin gevonden.  ", (12, 13): ""}
    points = change_over_time(versions, words)
    assert [p.version_date for p in points] == ["2026-01-10", "2026-04-02", "2026-09-15"]
    assert [p.size for p in points] == [2, 4, 4]
    assert [p.people_score for p in points] == [1, 2, 1]  # the sleeping tie is not current
    assert [p.places_score for p in points] == [1, 2, 2]
    # Only a sleeping tie is left in "family": that domain no longer counts (NDTi).
    assert [p.domains_used for p in points] == [2, 4, 3]
    assert {p.domains_total for p in points} == {9}
    assert [p.client_words for p in points] == ["", "Ik heb een vriendin gevonden.", ""]


def test_change_over_time_follows_the_paid_staff_choice():
    points = change_over_time(_three_versions(), count_paid_staff=False)
    assert [p.places_score for p in points] == [1, 1, 1]


def test_live_version_replaces_its_stored_point_and_keeps_the_words():
    first, second, third = _three_versions()
    history = change_over_time([first, second], {(11, 12): "Meer mensen"})
    second.members[5] = member(5, P, "online", 1)  # an edit not yet saved
    charts = client_charts(second, history)
    assert [p.size for p in charts.change] == [2, 5]
    assert charts.change[-1].client_words == "Meer mensen"
    assert charts.has_change
    lone = client_charts(third, ())
    assert len(lone.change) == 1 and not lone.has_change
    assert (lone.reference_vulnerable, lone.reference_rich) == (5, 30)
