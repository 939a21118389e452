"""Clients are stored, found by search, and deleted with everything that belongs to them."""

from __future__ import annotations

import pytest

from resokit_desktop.domain.client import Client, ClientStatus, Consent
from resokit_desktop.domain.session import Agreement, Session
from resokit_desktop.storage import clients_repo, sessions_repo
from resokit_desktop.storage.connection import DbIntegrityError, open_database
from resokit_desktop.storage.errors import NotFoundError


def test_client_round_trip_survives_reopen(db_path):
    db = open_database(db_path)
    client = Client(name="Marie Dubois", birth_year=1950, neighbourhood="Laken",
                    email="marie@example.be",
                    consents=[Consent(purpose="Begeleiding", given_on="2026-01-05")])
    client_id = clients_repo.save_client(db, client)
    db.conn.close()

    reopened = open_database(db_path)
    loaded = clients_repo.get_client(reopened, client_id)
    assert loaded.name == "Marie Dubois"
    assert loaded.birth_year == 1950
    assert loaded.consents[0].purpose == "Begeleiding"
    reopened.conn.close()


def test_search_matches_prefix_name_neighbourhood_and_notes_without_accents(db):
    clients_repo.save_client(db, Client(name="Hélène Dubois", neighbourhood="Schaarbeek"))
    clients_repo.save_client(db, Client(name="Jan Peeters", neighbourhood="Laken",
                                        notes="houdt van tuinieren"))
    assert [r.name for r in clients_repo.list_clients(db, "helene")] == ["Hélène Dubois"]
    assert [r.name for r in clients_repo.list_clients(db, "schaar")] == ["Hélène Dubois"]
    assert [r.name for r in clients_repo.list_clients(db, "tuin")] == ["Jan Peeters"]
    assert clients_repo.list_clients(db, "'\"*(") == []


def test_search_index_follows_renames(db):
    client = Client(name="Oude Naam")
    clients_repo.save_client(db, client)
    client.name = "Nieuwe Naam"
    clients_repo.save_client(db, client)
    assert clients_repo.list_clients(db, "oude") == []
    assert [r.name for r in clients_repo.list_clients(db, "nieuwe")] == ["Nieuwe Naam"]


def test_status_filter(db):
    a = clients_repo.save_client(db, Client(name="Actief"))
    b = clients_repo.save_client(db, Client(name="Gesloten"))
    clients_repo.set_status(db, b, ClientStatus.CLOSED)
    assert [r.id for r in clients_repo.list_clients(db, statuses=("active",))] == [a]
    assert [r.id for r in clients_repo.list_clients(db, statuses=("closed",))] == [b]


def test_delete_removes_every_row_of_the_client(db):
    client_id = clients_repo.save_client(
        db, Client(name="Weg Ermee", consents=[Consent(purpose="x", given_on="2026-01-01")]))
    sessions_repo.save_session(db, Session(client_id=client_id, date="2026-02-01",
                                           agreements=[Agreement(what="bellen")]))
    clients_repo.delete_client(db, client_id)
    for table in ("clients", "consents", "sessions", "agreements"):
        assert db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    assert clients_repo.list_clients(db, "weg") == []
    with pytest.raises(NotFoundError):
        clients_repo.get_client(db, client_id)


def test_failed_write_leaves_nothing_half_saved(db):
    client_id = clients_repo.save_client(db, Client(name="Half"))
    session = Session(client_id=client_id, date="2026-03-01",
                      agreements=[Agreement(what="ok"), Agreement(what="   ")])
    with pytest.raises(DbIntegrityError):
        sessions_repo.save_session(db, session)
    assert db.execute("SELECT count(*) FROM sessions").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM agreements").fetchone()[0] == 0
