"""Web use cases: new versions copy the latest, loading by date, unplaced entries, words."""

from __future__ import annotations

import pytest

from resokit_desktop.domain.client import Client
from resokit_desktop.domain.web.model import EntryKind, Member, Position
from resokit_desktop.services import web_service
from resokit_desktop.storage import clients_repo


@pytest.fixture
def client_id(db):
    return clients_repo.save_client(db, Client(id=None, name="Test"))


def test_first_version_uses_the_organisation_set_when_defined(db, client_id):
    own = {"key": "org", "labels": {"nl": "Eigen"},
           "domains": [{"key": "x", "labels": {"nl": "X"}}, {"key": "y", "labels": {"nl": "Y"}}]}
    web_service.set_organisation_domain_set(db, own)
    version = web_service.new_version(db, client_id, "2026-01-05")
    assert version.domain_set.keys() == ["x", "y"]
    assert web_service.available_domain_sets(db)[0].key == "org"
    with pytest.raises(ValueError):
        web_service.set_organisation_domain_set(db, {"key": "bad", "domains": []})


def test_new_version_copies_the_latest(db, client_id):
    first = web_service.new_version(db, client_id, "2026-01-05")
    assert first.domain_set.key == "resokit"
    entry = web_service.add_entry(db, client_id, EntryKind.PERSON, "Moe")
    first.members[entry.id] = Member(entry.id, "Moe", EntryKind.PERSON, Position("family", 1))
    web_service.save_version(db, first)
    second = web_service.new_version(db, client_id, "2026-05-05")
    assert second.id != first.id
    assert set(second.members) == {entry.id}
    assert web_service.load_version(db, client_id).version_date == "2026-05-05"
    assert web_service.load_version(db, client_id, "2026-01-05").id == first.id
    with pytest.raises(web_service.UnknownVersionError):
        web_service.load_version(db, client_id, "2020-01-01")


def test_several_versions_on_one_day_and_a_web_drawn_earlier(db, client_id):
    first = web_service.new_version(db, client_id, "2026-03-14")
    entry = web_service.add_entry(db, client_id, EntryKind.PERSON, "Moe")
    first.members[entry.id] = Member(entry.id, "Moe", EntryKind.PERSON, Position("family", 1))
    web_service.save_version(db, first)
    # A before/after within one conversation: a second version the same day, a copy of the first.
    after = web_service.new_version(db, client_id, "2026-03-14")
    assert after.id != first.id and set(after.members) == {entry.id}
    # A web drawn on paper in January: dated then, and empty (nothing was known before it).
    paper = web_service.new_version(db, client_id, "2026-01-20")
    assert paper.members == {} and paper.domain_set == first.domain_set
    rows = web_service.list_versions(db, client_id)
    assert [(r.id, r.version_date) for r in rows] == [
        (paper.id, "2026-01-20"), (first.id, "2026-03-14"), (after.id, "2026-03-14")]
    # The latest is the last one made on the latest day; by date, the last of that day.
    assert web_service.load_version(db, client_id).id == after.id
    assert web_service.load_version(db, client_id, "2026-03-14").id == after.id
    # A version dated between others copies the one just before it.
    between = web_service.new_version(db, client_id, "2026-02-01")
    assert between.members == {}
    later = web_service.new_version(db, client_id, "2026-04-01")
    assert set(later.members) == {entry.id}


def test_unplaced_entries_and_client_words(db, client_id):
    version = web_service.new_version(db, client_id, "2026-01-05")
    placed = web_service.add_entry(db, client_id, EntryKind.PERSON, "A")
    loose = web_service.add_entry(db, client_id, EntryKind.PLACE, "Park")
    version.members[placed.id] = Member(placed.id, "A", EntryKind.PERSON, Position("family"))
    web_service.save_version(db, version)
    assert [e.name for e in web_service.unplaced_entries(db, version)] == ["Park"]
    later = web_service.new_version(db, client_id, "2026-02-05")
    later.remove_member(placed.id)
    web_service.save_version(db, later)
    result = web_service.compare(db, version.id, later.id)
    assert result.lost == (placed.id,)
    web_service.record_client_words(db, client_id, version.id, later.id, "Minder, maar beter")
    assert web_service.client_words(db, version.id, later.id) == "Minder, maar beter"
    assert loose.id not in later.members
    with pytest.raises(ValueError):
        web_service.add_entry(db, client_id, EntryKind.PERSON, "   ")


def test_an_organisation_that_chose_the_ndti_preset_gets_ndtis_current_domains(db):
    # A setting saved by an older version holds a copy of the old NDTi list (no services).
    from resokit_desktop.domain.web.domain_sets import builtin_set, is_ndti_set

    old_copy = {"key": "ndti", "labels": {"nl": "NDTi"},
                "domains": [{"key": "home_family", "labels": {"nl": "Thuis"}},
                            {"key": "peer_support", "labels": {"nl": "Lotgenoten"}}]}
    web_service.set_organisation_domain_set(db, old_copy)
    preferred = web_service.preferred_domain_set(db)
    assert preferred.keys() == builtin_set("ndti").keys() and is_ndti_set(preferred)


def test_paid_staff_count_by_default_and_the_choice_is_kept(db):
    assert web_service.count_paid_staff(db) is True
    web_service.set_count_paid_staff(db, False)
    assert web_service.count_paid_staff(db) is False
