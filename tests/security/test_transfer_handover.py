"""Handover: one client exported to an encrypted transfer file, previewed and imported; hostile
files refused with a reason and nothing changed."""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

import pytest
import sqlcipher3
from canary_data import hits, raw_bytes, write_client_canaries

from resokit_desktop.security import audit, transfer
from resokit_desktop.security.safe_output import OutputRefused
from resokit_desktop.storage import client_rows_repo, clients_repo, sessions_repo
from resokit_desktop.storage.connection import open_database
from resokit_desktop.storage.migrations import latest_version

DOSSIER_PASS = "dossier wachtwoord"
TRANSFER_PASS = "overdracht-wachtwoord"


@pytest.fixture
def source(tmp_path: Path):
    db = open_database(tmp_path / "van.resokit", DOSSIER_PASS)
    canaries = write_client_canaries(db)
    yield db, canaries
    db.conn.close()


@pytest.fixture
def target(tmp_path: Path):
    db = open_database(tmp_path / "naar.resokit", "ander wachtwoord")
    yield db
    db.conn.close()


def _exported(source, tmp_path: Path) -> Path:
    db, canaries = source
    out = tmp_path / "overdracht.resokit-overdracht"
    transfer.export_client(db, canaries.client_id, out, TRANSFER_PASS)
    return out


def _fingerprint(db) -> str:
    """Every row of every table, so 'nothing changed' can be checked."""
    digest = hashlib.sha256()
    for (name,) in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
    ).fetchall():
        for row in sorted(map(repr, db.execute(f"SELECT * FROM [{name}]").fetchall())):
            digest.update(row.encode())
    return digest.hexdigest()


def test_export_is_encrypted_and_holds_only_that_client(source, tmp_path: Path) -> None:
    db, canaries = source
    other = write_client_canaries(db)
    out = _exported(source, tmp_path)
    data = raw_bytes(out)
    assert hits(data, canaries.tokens) == [] and hits(data, other.tokens) == []
    assert not list(tmp_path.glob("*.tmp-write*"))
    with pytest.raises(sqlcipher3.DatabaseError):
        sqlcipher3.connect(str(out)).execute("SELECT * FROM sqlite_master").fetchall()
    conn = sqlcipher3.connect(str(out))
    conn.execute(f"PRAGMA key = '{TRANSFER_PASS}'")
    assert conn.execute("SELECT count(*) FROM clients").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 0
    conn.close()
    assert audit.entries(db, client_id=canaries.client_id)[0].event == "transfer_export"


def test_preview_and_import_as_new_client(source, target, tmp_path: Path) -> None:
    db, canaries = source
    out = _exported(source, tmp_path)
    preview = transfer.preview_import(target, out, TRANSFER_PASS)
    assert preview.client["name"].startswith("CANARY-")
    assert preview.counts["sessions"] == 1 and preview.counts["agreements"] == 1
    assert preview.conflicts == []

    result = transfer.import_client(target, out, TRANSFER_PASS)

    imported = clients_repo.get_client(target, result.client_id)
    original = clients_repo.get_client(db, canaries.client_id)
    assert imported.name == original.name and imported.notes == original.notes
    assert [c.purpose for c in imported.consents] == [c.purpose for c in original.consents]
    session = sessions_repo.list_sessions(target, result.client_id)[0]
    assert session.agreements[0].what == sessions_repo.list_sessions(
        db, canaries.client_id)[0].agreements[0].what
    assert [r.id for r in clients_repo.list_clients(target, search=canaries.tokens["hood"])] == [
        result.client_id
    ]
    before = {k: len(v) for k, v in client_rows_repo.collect(db, canaries.client_id).items()}
    after = {k: len(v) for k, v in client_rows_repo.collect(target, result.client_id).items()}
    assert before == after
    assert audit.entries(target)[0].event == "transfer_import"


def test_same_name_conflict_new_or_skip(source, target, tmp_path: Path) -> None:
    out = _exported(source, tmp_path)
    first = transfer.import_client(target, out, TRANSFER_PASS)
    preview = transfer.preview_import(target, out, TRANSFER_PASS)
    assert preview.conflicts == [first.client_id]
    assert transfer.import_client(target, out, TRANSFER_PASS, on_conflict="skip").client_id is None
    assert clients_repo.count_clients(target) == 1
    second = transfer.import_client(target, out, TRANSFER_PASS, on_conflict="new")
    assert second.client_id != first.client_id
    assert clients_repo.count_clients(target) == 2


def _tamper(path: Path, *statements: str) -> Path:
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = '{TRANSFER_PASS}'")
    for statement in statements:
        conn.execute(statement)
    conn.close()
    return path


HOSTILE = {
    "trigger": ("unexpected_schema", [
        "CREATE TRIGGER t AFTER INSERT ON clients BEGIN DELETE FROM clients; END"]),
    "view": ("unexpected_schema", ["CREATE VIEW v AS SELECT * FROM clients"]),
    "extra_table": ("unexpected_schema", ["CREATE TABLE payload (x)"]),
    "changed_table": ("unexpected_schema", [
        "DROP TABLE agreements",
        "CREATE TABLE agreements (id INTEGER PRIMARY KEY, session_id INTEGER, what TEXT)"]),
    "newer_schema": ("newer_version", [f"PRAGMA user_version = {latest_version() + 1}"]),
    "two_clients": ("not_a_transfer", [
        "INSERT INTO clients(name, created_at, updated_at) VALUES ('Tweede', 'x', 'x')"]),
    "no_manifest": ("not_a_transfer", ["DELETE FROM settings WHERE key = 'transfer.manifest'"]),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_database_is_refused_and_changes_nothing(source, target, tmp_path, case) -> None:
    code, statements = HOSTILE[case]
    out = _tamper(_exported(source, tmp_path), *statements)
    before = _fingerprint(target)
    with pytest.raises(transfer.TransferRefused) as refused:
        transfer.import_client(target, out, TRANSFER_PASS)
    assert refused.value.code == code
    with pytest.raises(transfer.TransferRefused):
        transfer.preview_import(target, out, TRANSFER_PASS)
    assert _fingerprint(target) == before
    assert not Path(str(out) + "-wal").exists() and not Path(str(out) + "-journal").exists()


def _zip_bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("../../../etc/evil", b"\0" * (50 * 1024 * 1024))
    return buffer.getvalue()


GARBAGE = {
    "random_bytes": lambda: bytes(range(256)) * 64,
    "empty": lambda: b"",
    "zip_bomb_with_traversal_name": _zip_bomb,
    "plain_sqlite": None,  # filled in the test: an unencrypted database
}


@pytest.mark.parametrize("case", sorted(GARBAGE))
def test_garbage_is_refused(target, tmp_path: Path, case: str) -> None:
    path = tmp_path / "ontvangen.resokit-overdracht"
    if case == "plain_sqlite":
        open_database(path).conn.close()
    else:
        path.write_bytes(GARBAGE[case]())
    before = _fingerprint(target)
    listing = sorted(p.name for p in tmp_path.rglob("*"))
    with pytest.raises(transfer.TransferRefused) as refused:
        transfer.import_client(target, path, TRANSFER_PASS)
    assert refused.value.code in ("unreadable", "not_a_transfer")
    assert _fingerprint(target) == before
    assert sorted(p.name for p in tmp_path.rglob("*")) == listing  # nothing extracted/created


def test_wrong_passphrase_too_large_and_devices_are_refused(source, target, tmp_path) -> None:
    out = _exported(source, tmp_path)
    with pytest.raises(transfer.TransferRefused) as refused:
        transfer.preview_import(target, out, "verkeerd")
    assert refused.value.code == "unreadable"
    with pytest.raises(transfer.TransferRefused) as refused:
        transfer.import_client(target, out, TRANSFER_PASS, max_bytes=out.stat().st_size - 1)
    assert refused.value.code == "too_large"
    for device in ("/dev/zero", "/dev/full", str(tmp_path)):
        with pytest.raises(transfer.TransferRefused) as refused:
            transfer.preview_import(target, Path(device), TRANSFER_PASS)
        assert refused.value.code == "not_a_file"
    assert clients_repo.count_clients(target) == 0


def test_export_never_replaces_a_device_or_leaves_a_half_file(source, tmp_path: Path) -> None:
    db, canaries = source
    with pytest.raises(OutputRefused):
        transfer.export_client(db, canaries.client_id, Path("/dev/full"), TRANSFER_PASS)
    assert Path("/dev/full").is_char_device()
    assert not Path("/dev/.full.tmp-write").exists()


def test_demo_clients_round_trip_with_webs_talents_and_roles(tmp_path: Path) -> None:
    """Realistic dossiers (webs, talents, roles) arrive whole, with references remapped."""
    from resokit_desktop.services.demo_service import fill_demo

    src = open_database(tmp_path / "a.resokit")
    dst = open_database(tmp_path / "b.resokit")
    ids = fill_demo(src)
    fill_demo(dst)  # the colleague already has clients: every id shifts on import
    try:
        for client_id in ids[:4]:
            out = tmp_path / f"{client_id}.resokit-overdracht"
            transfer.export_client(src, client_id, out, TRANSFER_PASS)
            new_id = transfer.import_client(dst, out, TRANSFER_PASS).client_id
            before = {k: len(v) for k, v in client_rows_repo.collect(src, client_id).items()}
            after = {k: len(v) for k, v in client_rows_repo.collect(dst, new_id).items()}
            assert before == after and sum(before.values()) > 10
        assert dst.execute("PRAGMA foreign_key_check").fetchall() == []
        assert dst.execute(
            "SELECT count(*) FROM client_talents t JOIN contacts c "
            "ON c.id = t.named_by_contact_id WHERE c.client_id != t.client_id").fetchone()[0] == 0
    finally:
        src.conn.close()
        dst.conn.close()
