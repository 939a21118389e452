"""Every field of the tie table survives a save and a read through a real file, alone (the
others at their defaults) and together, and each sits in the web_members column of its name."""

from __future__ import annotations

from dataclasses import replace

import pytest

from resokit_desktop.domain.client import Client
from resokit_desktop.domain.web.domain_sets import builtin_set
from resokit_desktop.domain.web.model import (
    EntryKind,
    Member,
    Position,
    RegistryEntry,
    TieAttributes,
    WebVersion,
)
from resokit_desktop.domain.web.tie_fields import TIE_FIELDS, FieldKind
from resokit_desktop.storage import clients_repo, contacts_repo, web_repo
from resokit_desktop.storage.connection import open_database


def _not_default(field):
    if field.kind == FieldKind.CHOICE:
        return list(field.values)[-1]
    if field.kind == FieldKind.SET:
        return frozenset(field.values)
    return {FieldKind.TEXT: "zus, ‘de oudste’", FieldKind.NOTE: "belt elke zondag\nsoms ruzie",
            FieldKind.FLAG: True}[field.kind]


def _round_trip(db, db_path, tie: TieAttributes) -> tuple[TieAttributes, dict]:
    client_id = clients_repo.save_client(db, Client(id=None, name="Test"))
    entry = RegistryEntry(None, client_id, EntryKind.PERSON, "Zus")
    contacts_repo.add_contact(db, entry)
    version = WebVersion(None, client_id, "2026-03-01", builtin_set("resokit"))
    version.members[entry.id] = Member(entry.id, "Zus", EntryKind.PERSON,
                                       Position("family", 1, 0.25, 0.75), tie)
    web_repo.insert_version(db, version)
    # Saved again as an edit would be, then read through a brand-new connection.
    web_repo.save_version(db, version)
    fresh = open_database(db_path)
    try:
        loaded = web_repo.load_version(fresh, version.id).members[entry.id].tie
        row = fresh.execute("SELECT * FROM web_members WHERE version_id = ?",
                            [version.id]).fetchone()
        names = [d[0] for d in fresh.execute("SELECT * FROM web_members").description]
    finally:
        fresh.conn.close()
    return loaded, dict(zip(names, row, strict=True))


@pytest.mark.parametrize("field", TIE_FIELDS, ids=lambda f: f.name)
def test_each_tie_field_round_trips_through_the_file(db, db_path, field):
    value = _not_default(field)
    loaded, row = _round_trip(db, db_path, replace(TieAttributes(), **{field.name: value}))
    assert getattr(loaded, field.name) == value
    assert loaded == replace(TieAttributes(), **{field.name: value})
    stored = field.plain(value)
    assert row[field.name] == (int(stored) if field.kind == FieldKind.FLAG else stored)


def test_every_tie_field_at_once_round_trips(db, db_path):
    tie = TieAttributes(**{f.name: _not_default(f) for f in TIE_FIELDS})
    loaded, _row = _round_trip(db, db_path, tie)
    assert loaded == tie
