"""Every save and import stores text without control characters (pasted VT, ESC, NUL)."""

from __future__ import annotations

import json

from resokit_desktop.domain.client import Client, Consent
from resokit_desktop.domain.session import Agreement, Session
from resokit_desktop.domain.web.domain_sets import default_set
from resokit_desktop.domain.web.model import (
    Comparison,
    EntryKind,
    Member,
    Position,
    RegistryEntry,
    TieAttributes,
    WebVersion,
)
from resokit_desktop.storage import (
    clients_repo,
    contacts_repo,
    sessions_repo,
    settings_repo,
    web_repo,
)

VT, ESC = "\x0b", "\x1b"


def _all_text(db) -> str:
    """Every text value in every table, as one string."""
    parts = []
    for table in db.table_names():
        if table.endswith(("_fts", "_data", "_idx", "_docsize", "_config", "_content")):
            continue
        for row in db.execute(f"SELECT * FROM [{table}]").fetchall():
            parts.extend(v for v in row if isinstance(v, str))
    return "".join(parts)


def test_pasted_control_characters_are_not_stored(db):
    client_id = clients_repo.save_client(db, Client(
        name=f"Rita{VT}Janssens{ESC}", neighbourhood=f"Noord{ESC}[0m", phone="0470\x00123",
        notes=f"eerste regel{VT}tweede\r\nderde\x85vierde\tmet tab",
        consents=[Consent(purpose=f"web{VT}delen", given_on="2026-01-05")]))
    client = clients_repo.get_client(db, client_id)
    assert client.name == "Rita Janssens"
    assert client.neighbourhood == "Noord[0m"
    assert client.phone == "0470123"
    assert client.notes == "eerste regel\ntweede\nderde\nvierde\tmet tab"
    assert client.consents[0].purpose == "web delen"
    sessions_repo.save_session(db, Session(
        client_id=client_id, date="2026-01-05", worked_on=f"a{VT}b", client_words=f"{ESC}ja",
        worker_observations="\x07", next_appointment=f"2026-02-01{VT}10:00",
        agreements=[Agreement(what=f"bel{VT}Rita", who=f"Jan{ESC}")]))
    entry_id = contacts_repo.add_contact(db, RegistryEntry(
        None, client_id, EntryKind.PERSON, f"Buur{VT}man", f"nota{ESC}"))
    domains = default_set()
    versions = []
    for day in ("2026-01-05", "2026-02-05"):
        version = WebVersion(None, client_id, day, domains)
        version.members[entry_id] = Member(
            entry_id, f"Buur{VT}man", EntryKind.PERSON, Position(domains.keys()[0]),
            TieAttributes(relation=f"buur{ESC}", note=f"helpt{VT}soms"))
        versions.append(web_repo.insert_version(db, version))
    web_repo.save_comparison(db, Comparison(None, client_id, *versions, client_words=f"beter{ESC}"))
    settings_repo.set_setting(db, "organisation.name", f"Buurtwerk{VT}Noord")
    stored = _all_text(db)
    assert VT not in stored and ESC not in stored and "\x00" not in stored and "\x07" not in stored
    session = sessions_repo.list_sessions(db, client_id)[0]
    assert session.worked_on == "a\nb" and session.agreements[0].what == "bel Rita"
    assert contacts_repo.get_contact(db, entry_id).name == "Buur man"
    member = web_repo.load_version(db, versions[1]).members[entry_id]
    assert member.tie.relation == "buur" and member.tie.note == "helpt\nsoms"
    assert settings_repo.get_setting(db, "organisation.name") == "Buurtwerk\nNoord"
    assert json.dumps(stored)  # still text
