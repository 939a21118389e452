"""`resokit check`: an integrity report; exit 0 when whole, 3 when damaged, 1 otherwise."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from cli_runner import run_resokit

sys.path.insert(0, str(Path(__file__).parents[1] / "security"))
from dossier_factory import make_dossier  # noqa: E402

PASSPHRASE = "een lange wachtwoordzin voor de cli"


def test_whole_encrypted_file_reports_ok(tmp_path):
    source = make_dossier(tmp_path / "d.resokit", PASSPHRASE, clients=4)
    before = source.read_bytes()
    result = run_resokit("check", "--data", str(source), passphrase=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    assert "integrity: ok" in result.stdout and "clients: 4" in result.stdout
    assert "kdf_iter: 256000" in result.stdout
    assert source.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.resokit"]


def test_tampered_file_reports_damaged_with_exit_3(tmp_path):
    source = make_dossier(tmp_path / "d.resokit", PASSPHRASE, clients=40, notes="x" * 2000)
    with source.open("r+b") as handle:
        handle.seek(4096 * 3 + 700)
        handle.write(b"\x00\xff\x00")
    result = run_resokit("check", "--data", str(source), passphrase=PASSPHRASE)
    assert result.returncode == 3, result.stderr
    assert "integrity: DAMAGED" in result.stdout
    assert "HMAC verification failed for page 4" in result.stdout


def test_truncated_file_reports_damaged(tmp_path):
    from resokit_desktop.services.dossier_file import DossierFile

    source = make_dossier(tmp_path / "d.resokit", PASSPHRASE, clients=10)
    dossier = DossierFile.open(source, PASSPHRASE)
    dossier.backup_now()
    dossier.close()
    os.truncate(source, source.stat().st_size - 1)
    result = run_resokit("check", "--data", str(source), passphrase=PASSPHRASE)
    assert result.returncode == 3
    assert "not whole pages" in result.stdout
    assert "automatic backups exist" in result.stdout


def test_bad_input_is_one_line_and_non_zero(tmp_path):
    source = make_dossier(tmp_path / "d.resokit", PASSPHRASE, clients=1)
    text_file = tmp_path / "notes.txt"
    text_file.write_text("just some text, not a database\n" * 300)
    cases = [
        (["--data", str(tmp_path / "missing")], PASSPHRASE, "does not exist"),
        (["--data", str(source)], "wrong", "wrong passphrase or damaged file"),
        (["--data", str(source)], None, "set RESOKIT_PASSPHRASE"),
    ]
    for args, passphrase, message in cases:
        result = run_resokit("check", *args, passphrase=passphrase)
        assert result.returncode == 1, (args, result.stdout, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and message in lines[0], (args, result.stderr)
    # A text file is neither an SQLite header nor whole pages: not a dossier, not "damaged".
    result = run_resokit("check", "--data", str(text_file), passphrase=PASSPHRASE)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip() == f"resokit: {text_file} is not a Resokit dossier file"
