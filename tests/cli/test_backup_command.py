"""`resokit backup`: a verified copy keyed like the file; bad input gives one line and exit 1."""

from __future__ import annotations

import sys
from pathlib import Path

import sqlcipher3
from cli_runner import run_resokit

sys.path.insert(0, str(Path(__file__).parents[1] / "security"))
from dossier_factory import CANARY, add_clients, make_dossier  # noqa: E402

PASSPHRASE = "een lange wachtwoordzin voor de cli"


def test_backup_of_an_encrypted_file_is_encrypted_and_complete(tmp_path):
    source = make_dossier(tmp_path / "d.resokit", PASSPHRASE, clients=6)
    add_clients(source, PASSPHRASE, 3)  # these live in the -wal only until a checkpoint
    out = tmp_path / "copy.backup"
    result = run_resokit("backup", "--data", str(source), "--out", str(out),
                         passphrase=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    assert "9 clients" in result.stdout
    raw = out.read_bytes()
    assert not raw.startswith(b"SQLite format 3") and CANARY.encode() not in raw
    conn = sqlcipher3.connect(str(out))
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    assert conn.execute("SELECT count(*) FROM clients").fetchone()[0] == 9
    conn.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.backup", "d.resokit"]


def test_backup_of_a_plain_file_needs_no_passphrase(tmp_path):
    source = make_dossier(tmp_path / "demo.resokit", None, clients=2)
    out = tmp_path / "demo.backup"
    result = run_resokit("backup", "--data", str(source), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "plain backup with 2 clients" in result.stdout


def test_bad_input_is_one_line_and_non_zero(tmp_path):
    source = make_dossier(tmp_path / "d.resokit", PASSPHRASE, clients=1)
    existing = tmp_path / "exists.backup"
    existing.write_bytes(b"keep me")
    cases = [
        (["--data", str(tmp_path / "missing.resokit"), "--out", str(tmp_path / "x")], PASSPHRASE,
         "does not exist"),
        (["--data", str(tmp_path), "--out", str(tmp_path / "x")], PASSPHRASE, "is a folder"),
        (["--data", str(source), "--out", str(existing)], PASSPHRASE, "already exists"),
        (["--data", str(source), "--out", str(tmp_path / "no" / "x")], PASSPHRASE,
         "does not exist"),
        (["--data", str(source), "--out", str(tmp_path / "x")], "wrong one",
         "wrong passphrase or damaged file"),
        (["--data", str(source), "--out", str(tmp_path / "x")], None,
         "set RESOKIT_PASSPHRASE or run the command in a terminal"),
    ]
    for args, passphrase, message in cases:
        result = run_resokit("backup", *args, passphrase=passphrase)
        assert result.returncode == 1, (args, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and message in lines[0], (args, result.stderr)
    assert existing.read_bytes() == b"keep me"
    assert not (tmp_path / "x").exists()
