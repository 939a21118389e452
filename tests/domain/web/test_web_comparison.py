"""Comparing two versions: added, lost, closer, further and each indicator's change."""

from __future__ import annotations

from web_samples import member, vulnerable_web

from resokit_desktop.domain.web.comparison import compare_versions
from resokit_desktop.domain.web.model import Function, TieStatus


def _later():
    later = vulnerable_web().copied("2026-06-10")
    later.remove_member(4)  # the food bank is gone
    later.members[2].position.ring = 1  # the sister came closer
    later.members[2].tie.status = TieStatus.ACTIVE
    later.members[1].position.ring = 2  # mother moved further
    later.members[6] = member(6, domain="leisure", ring=2, functions=[Function.COMPANIONSHIP])
    later.add_tie(6, 2)
    return later


def test_added_lost_closer_further():
    result = compare_versions(vulnerable_web(), _later())
    assert result.added == (6,)
    assert result.lost == (4,)
    assert result.closer == (2,)
    assert result.further == (1,)
    assert result.changed_status == (2,)
    assert result.marker(6) == "added"
    assert result.marker(4) == "lost"
    assert result.marker(3) == ""


def test_indicator_deltas():
    result = compare_versions(vulnerable_web(), _later())
    deltas = {d.key: d for d in result.deltas}
    assert (deltas["size"].old, deltas["size"].new, deltas["size"].change) == (4, 4, 0)
    assert deltas["people_score"].change == 2  # sister active again, new friend
    assert deltas["places_score"].change == -1
    assert deltas["sleeping"].change == -1
    assert deltas["functions_uncovered"].change == -1  # companionship now covered
    assert deltas["domains_used"].change == 1  # leisure joins family and services
    assert result.name_of(4) == "M4"


def test_comparing_a_version_with_itself_changes_nothing():
    result = compare_versions(vulnerable_web(), vulnerable_web())
    assert result.added == result.lost == result.closer == result.further == ()
    assert all(d.change in (0, None) for d in result.deltas)


def test_copy_is_independent_of_the_original():
    old = vulnerable_web()
    new = old.copied("2026-02-01")
    new.members[1].position.ring = 3
    assert old.members[1].position.ring == 1
    assert new.id is None and new.version_date == "2026-02-01"
