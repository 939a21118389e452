"""Handover import checks every value, not only the structure: a transfer file with a value the
app would never store is refused, naming the field, and the receiving dossier file is unchanged."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import sqlcipher3

from resokit_desktop.security import transfer, transfer_values
from resokit_desktop.services.demo_service import fill_demo
from resokit_desktop.services.privacy_exports import refusal_text
from resokit_desktop.storage import clients_repo
from resokit_desktop.storage.connection import open_database

TRANSFER_PASS = "overdracht-wachtwoord"
TOO_LONG = transfer_values.MAX_TEXT_BYTES + 1

# case -> (field named in the refusal, statement that plants the value in the transfer file)
BAD_VALUES = {
    "client name as bytes": ("clients.name", "UPDATE clients SET name = X'4A616E'"),
    "client name too long": ("clients.name", "UPDATE clients SET name = printf('%.201c', 'a')"),
    "client name blank": ("clients.name", "UPDATE clients SET name = '   x'; "
                          "UPDATE clients SET name = replace(name, 'x', ' ')"),
    "unknown session type": ("sessions.type", "UPDATE sessions SET type = 'feestje'"),
    "session date not a date": ("sessions.date", "UPDATE sessions SET date = '2026-13-45'"),
    "appointment not a date": ("sessions.next_appointment",
                               "UPDATE sessions SET next_appointment = 'volgende week'"),
    "due date in year 9999": ("agreements.due_date",
                              "UPDATE agreements SET due_date = '9999-01-01'"),
    "birth year as text": ("clients.birth_year", "UPDATE clients SET birth_year = 'oud'"),
    "birth year 1200": ("clients.birth_year", "UPDATE clients SET birth_year = 1200"),
    "unknown client status": ("clients.status", "UPDATE clients SET status = 'deleted'"),
    "unknown person type": ("clients.person_type", "UPDATE clients SET person_type = 'alien'"),
    "unknown tie strength": ("web_members.strength", "UPDATE web_members SET strength = 'mega'"),
    "unknown function": ("web_members.functions",
                         "UPDATE web_members SET functions = 'practical,magic'"),
    "ring as text": ("web_members.ring", "UPDATE web_members SET ring = 'dichtbij'"),
    "done is 7": ("agreements.done", "UPDATE agreements SET done = 7"),
    "brings not a list": ("role_plans.brings", "UPDATE role_plans SET brings = '{\"a\": 1}'"),
    "brings unknown code": ("role_plans.brings", "UPDATE role_plans SET brings = '[\"fame\"]'"),
    "domain set broken": ("web_versions.domain_set",
                          "UPDATE web_versions SET domain_set = '{\"key\": 1}'"),
    "note as bytes": ("sessions.worker_observations",
                      "UPDATE sessions SET worker_observations = X'00FF'"),
    "created_at not a time": ("contacts.created_at",
                              "UPDATE contacts SET created_at = 'gisteren'"),
    "notes together over the column cap": (
        "sessions.worker_observations",
        "INSERT INTO sessions(client_id, date, worker_observations, created_at, updated_at) "
        "SELECT s.client_id, s.date, printf('%.900000c', 'x'), s.created_at, s.updated_at "
        "FROM sessions s, (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
        "WHERE i < 60) SELECT i FROM n) LIMIT 60"),
    "note over the length cap": ("sessions.worker_observations",
                                 f"UPDATE sessions SET worker_observations = "
                                 f"printf('%.{TOO_LONG}c', 'x')"),
}


@pytest.fixture(scope="module")
def transfer_file(tmp_path_factory) -> Path:
    """A real demo client (web, talents, role plans) exported once; each test tampers a copy."""
    folder = tmp_path_factory.mktemp("handover")
    db = open_database(folder / "van.resokit")
    client_id = fill_demo(db)[0]
    out = folder / "demo.resokit-overdracht"
    transfer.export_client(db, client_id, out, TRANSFER_PASS)
    db.conn.close()
    return out


@pytest.fixture
def target(tmp_path: Path):
    path = tmp_path / "naar.resokit"
    db = open_database(path, "ander wachtwoord")
    yield db, path
    db.conn.close()


def _files_digest(path: Path) -> str:
    """The dossier file and its write-ahead log, byte for byte."""
    digest = hashlib.sha256()
    for part in (path, Path(str(path) + "-wal")):
        digest.update(part.read_bytes() if part.exists() else b"-")
    return digest.hexdigest()


def _tampered(source: Path, folder: Path, statements: str) -> Path:
    copy = folder / "ontvangen.resokit-overdracht"
    copy.write_bytes(source.read_bytes())
    conn = sqlcipher3.connect(str(copy), isolation_level=None)
    conn.execute(f"PRAGMA key = '{TRANSFER_PASS}'")
    conn.execute("PRAGMA ignore_check_constraints = ON")  # as a hostile tool would
    for statement in statements.split(";"):
        conn.execute(statement)
    conn.close()
    return copy


@pytest.mark.parametrize("case", sorted(BAD_VALUES))
def test_a_bad_value_is_refused_naming_the_field(transfer_file, target, tmp_path, case) -> None:
    field, statements = BAD_VALUES[case]
    db, path = target
    bad = _tampered(transfer_file, tmp_path, statements)
    before = _files_digest(path)
    with pytest.raises(transfer.TransferRefused) as previewed:
        transfer.preview_import(db, bad, TRANSFER_PASS)
    with pytest.raises(transfer.TransferRefused) as refused:
        transfer.import_client(db, bad, TRANSFER_PASS)
    for error in (previewed.value, refused.value):
        assert (error.code, error.field) == ("invalid_value", field)
    if case.startswith("notes together"):  # each under the per-field cap, together over
        assert refused.value.reason == transfer_values.TOO_MUCH
    message = refusal_text(refused.value)
    assert field in message and "Er is niets veranderd." in message
    assert clients_repo.count_clients(db) == 0
    assert _files_digest(path) == before


def test_the_untampered_file_imports_and_opens(transfer_file, target) -> None:
    db, _path = target
    result = transfer.import_client(db, transfer_file, TRANSFER_PASS)
    client = clients_repo.get_client(db, result.client_id)
    assert client.name == "Marie-Louise Vandenbroeck"


def test_a_note_at_the_length_cap_still_imports(transfer_file, target, tmp_path) -> None:
    db, _path = target
    cap = transfer_values.MAX_TEXT_BYTES
    ok = _tampered(transfer_file, tmp_path,
                   f"UPDATE sessions SET worker_observations = printf('%.{cap}c', 'x')")
    result = transfer.import_client(db, ok, TRANSFER_PASS)
    assert result.client_id is not None


def test_a_number_where_text_belongs_is_refused_too() -> None:
    # In a TEXT column SQLite itself turns 12345 into '12345' (a legal name); a number can only
    # arrive through another route, and is refused all the same.
    specs = {"clients": {"name": ("TEXT", True, ()), "birth_year": ("INTEGER", False, ())}}
    with pytest.raises(transfer_values.InvalidValue) as bad:
        transfer_values.check_rows({"clients": [{"name": 12345, "birth_year": None}]}, specs)
    assert (bad.value.field, bad.value.reason) == ("clients.name", transfer_values.NOT_TEXT)
    with pytest.raises(transfer_values.InvalidValue) as bad:
        transfer_values.check_rows({"clients": [{"name": "Jan", "birth_year": 1.5}]}, specs)
    assert bad.value.field == "clients.birth_year"
