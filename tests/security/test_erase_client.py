"""Erase: a client deleted for good leaves no trace of its canaries in the file or its WAL."""

from __future__ import annotations

from pathlib import Path

import pytest
from canary_data import files_of, hits, raw_bytes, write_client_canaries

from resokit_desktop.security import audit
from resokit_desktop.security.erase import erase_client
from resokit_desktop.storage import client_rows_repo, clients_repo
from resokit_desktop.storage.connection import open_database


def _scan(path: Path, tokens) -> list[str]:
    return sorted({t for f in files_of(path) for t in hits(raw_bytes(f), tokens)})


def _dossier_with_two_clients(path: Path):
    db = open_database(path)  # plain, so the raw scan can see any plaintext left behind
    gone = write_client_canaries(db, with_settings=False)
    kept = write_client_canaries(db, with_settings=False)
    # An edit leaves the old version in freed space and in the WAL.
    client = clients_repo.get_client(db, gone.client_id)
    client.notes = "andere notitie"
    clients_repo.save_client(db, client)
    return db, gone, kept


def test_plain_delete_leaves_traces_so_the_scan_can_see_them(tmp_path: Path) -> None:
    path = tmp_path / "d.resokit"
    db, gone, _kept = _dossier_with_two_clients(path)
    clients_repo.delete_client(db, gone.client_id)
    assert _scan(path, gone.tokens), "control: a bare DELETE should leave findable bytes"
    db.conn.close()


def test_erase_leaves_no_trace_in_file_or_wal(tmp_path: Path) -> None:
    path = tmp_path / "d.resokit"
    db, gone, kept = _dossier_with_two_clients(path)
    assert _scan(path, gone.tokens), "the canaries must be findable before the erase"

    report = erase_client(db, gone.client_id)

    assert report.complete
    assert report.rows_deleted >= 4  # client, consent, session, agreement
    assert _scan(path, gone.tokens) == []
    # The other client is untouched and still findable, by search and by the scan.
    assert clients_repo.client_exists(db, kept.client_id)
    assert [r.id for r in clients_repo.list_clients(db, search=kept.tokens["name"])] == [
        kept.client_id
    ]
    assert _scan(path, kept.tokens)
    assert all(not rows for rows in client_rows_repo.collect(db, gone.client_id).values())
    # The audit log keeps a tombstone: the id and the event, never a name.
    entry = audit.entries(db, client_id=gone.client_id)[0]
    assert entry.event == "deleted"
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.conn.close()
    assert _scan(path, gone.tokens) == []


def test_erase_in_an_encrypted_dossier(tmp_path: Path) -> None:
    path = tmp_path / "d.resokit"
    db = open_database(path, "geheim wachtwoord")
    gone = write_client_canaries(db, with_settings=False)
    kept = write_client_canaries(db, with_settings=False)
    erase_client(db, gone.client_id)
    assert not clients_repo.client_exists(db, gone.client_id)
    assert clients_repo.list_clients(db, search=gone.tokens["name"]) == []
    assert clients_repo.client_exists(db, kept.client_id)
    db.conn.close()
    db = open_database(path, "geheim wachtwoord")
    assert db.execute("PRAGMA cipher_integrity_check").fetchall() == []
    assert _scan(path, gone.tokens) == [] and _scan(path, kept.tokens) == []
    db.conn.close()


def test_erasing_an_unknown_client_changes_nothing(db) -> None:
    from resokit_desktop.storage.errors import NotFoundError

    with pytest.raises(NotFoundError):
        erase_client(db, 999)
    assert audit.entries(db) == []
