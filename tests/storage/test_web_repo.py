"""Web versions, members, ties and comparisons survive a round trip through a real file."""

from __future__ import annotations

import pytest

from resokit_desktop.domain.client import Client
from resokit_desktop.domain.web.domain_sets import builtin_set
from resokit_desktop.domain.web.model import (
    Capital,
    Comparison,
    EntryKind,
    Frequency,
    Function,
    Level,
    Member,
    Position,
    Reciprocity,
    RegistryEntry,
    Strength,
    TieAttributes,
    TieStatus,
    WebVersion,
)
from resokit_desktop.storage import clients_repo, contacts_repo, web_repo
from resokit_desktop.storage.connection import open_database


@pytest.fixture
def client_id(db):
    return clients_repo.save_client(db, Client(id=None, name="Test"))


def _entry(db, client_id, name, kind=EntryKind.PERSON):
    entry = RegistryEntry(None, client_id, kind, name)
    contacts_repo.add_contact(db, entry)
    return entry


def test_full_member_round_trip(db, db_path, client_id):
    a = _entry(db, client_id, "Zus")
    b = _entry(db, client_id, "Bib", EntryKind.PLACE)
    tie = TieAttributes(
        relation="zus", functions=frozenset({Function.EMOTIONAL, Function.ADVICE}),
        strength=Strength.STRONG, capital=Capital.BONDING, status=TieStatus.SLEEPING,
        strained=True, harmful=False, paid=False, level=Level.CITY, frequency=Frequency.WEEKLY,
        reciprocity=Reciprocity.BOTH, note="we bellen soms",
    )
    version = WebVersion(None, client_id, "2026-03-01", builtin_set("ndti"))
    version.members[a.id] = Member(a.id, "Zus", EntryKind.PERSON,
                                   Position("family_neighbourhood", 1, 0.25, 0.75), tie)
    version.members[b.id] = Member(b.id, "Bib", EntryKind.PLACE, Position("education", 3, 0.0, 1.0))
    version.add_tie(b.id, a.id)
    web_repo.insert_version(db, version)

    fresh = open_database(db_path)
    loaded = web_repo.load_version(fresh, version.id)
    assert loaded.domain_set.key == "ndti"
    assert loaded.members[a.id] == version.members[a.id]
    assert loaded.members[b.id].kind == EntryKind.PLACE
    assert loaded.ties == {(a.id, b.id)}
    rows = web_repo.list_versions(fresh, client_id)
    assert [(r.version_date, r.member_count) for r in rows] == [("2026-03-01", 2)]
    fresh.conn.close()


def test_save_replaces_members_and_renames_in_the_registry(db, client_id):
    a = _entry(db, client_id, "A")
    version = WebVersion(None, client_id, "2026-03-01", builtin_set("resokit"))
    version.members[a.id] = Member(a.id, "A", EntryKind.PERSON, Position("family"))
    web_repo.insert_version(db, version)
    version.members[a.id].name = "Anna"
    version.members[a.id].position.ring = 3
    web_repo.save_version(db, version)
    assert contacts_repo.get_contact(db, a.id).name == "A"  # not renamed here: left alone
    web_repo.save_version(db, version, frozenset({a.id}))
    assert contacts_repo.get_contact(db, a.id).name == "Anna"
    assert web_repo.load_version(db, version.id).members[a.id].position.ring == 3


def test_several_versions_per_date_in_the_order_made(db, client_id):
    """Issue 10: a before/after within one conversation is two versions of the same day."""
    first = web_repo.insert_version(
        db, WebVersion(None, client_id, "2026-03-01", builtin_set("resokit")))
    second = web_repo.insert_version(
        db, WebVersion(None, client_id, "2026-03-01", builtin_set("resokit")))
    assert [r.id for r in web_repo.list_versions(db, client_id)] == [first, second]
    assert web_repo.find_version_id(db, client_id, "2026-03-01") == second


def test_comparison_words_are_kept_per_pair(db, client_id):
    v1 = WebVersion(None, client_id, "2026-01-01", builtin_set("resokit"))
    v2 = WebVersion(None, client_id, "2026-06-01", builtin_set("resokit"))
    web_repo.insert_version(db, v1)
    web_repo.insert_version(db, v2)
    web_repo.save_comparison(db, Comparison(None, client_id, v1.id, v2.id, "eerste"))
    web_repo.save_comparison(db, Comparison(None, client_id, v1.id, v2.id, "Ik zie mijn zus weer"))
    assert web_repo.get_comparison(db, v1.id, v2.id).client_words == "Ik zie mijn zus weer"
    assert len(web_repo.list_comparisons(db, client_id)) == 1


def test_deleting_a_contact_removes_it_from_webs(db, client_id):
    a = _entry(db, client_id, "A")
    version = WebVersion(None, client_id, "2026-03-01", builtin_set("resokit"))
    version.members[a.id] = Member(a.id, "A", EntryKind.PERSON, Position("family"))
    web_repo.insert_version(db, version)
    contacts_repo.delete_contact(db, a.id)
    assert web_repo.load_version(db, version.id).members == {}


def test_organisation_domain_set_setting_exists_after_migration(db):
    row = db.execute(
        "SELECT value FROM settings WHERE key = 'inclusion_web.organisation_domain_set'"
    ).fetchone()
    assert row == ("null",)
