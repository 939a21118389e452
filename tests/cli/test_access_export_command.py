"""`resokit access-export` as a user runs it: a readable PDF and a JSON file, names of others
as initials; bad input gives one clear line and writes nothing."""

from __future__ import annotations

import io
import json
import re
import sys
from pathlib import Path

import pytest
from cli_runner import run_resokit
from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "security"))

from access_names_dossier import CLIENT, make_named_client  # noqa: E402

from resokit_desktop.storage.connection import open_database  # noqa: E402

PASSPHRASE = "lange wachtzin voor de inzage"


def _dossier(path: Path, passphrase: str | None = None) -> int:
    db = open_database(path, passphrase)
    client_id = make_named_client(db)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    return client_id


@pytest.fixture(scope="module")
def plain(tmp_path_factory) -> tuple[Path, int]:
    path = tmp_path_factory.mktemp("access-cli") / "dossiers.resokit"
    return path, _dossier(path)


@pytest.fixture(scope="module")
def encrypted(tmp_path_factory) -> tuple[Path, int]:
    path = tmp_path_factory.mktemp("access-cli-enc") / "dossiers.resokit"
    return path, _dossier(path, PASSPHRASE)


def _text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in reader.pages))


def test_out_dir_gets_both_files_under_neutral_names(plain, tmp_path: Path) -> None:
    data, client_id = plain
    result = run_resokit("access-export", "--data", str(data), "--client", str(client_id),
                         "--out-dir", str(tmp_path))
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in tmp_path.iterdir())
    assert len(names) == 2 and all(n.startswith(f"inzage-{client_id}-") for n in names)
    assert CLIENT not in result.stdout and "Marie" not in "".join(names)
    pdf = next(tmp_path.glob("*.pdf"))
    text = _text(pdf)
    assert "Inzage in uw gegevens" in text and CLIENT in text
    assert "R. P." in text and "Rita" not in text and "contact_a" not in text
    exported = json.loads(next(tmp_path.glob("*.json")).read_text(encoding="utf-8"))
    assert exported["format"] == "resokit-access-export" and exported["format_version"] == 2
    assert exported["tables"]["clients"][0]["name"] == CLIENT
    assert str(pdf) in result.stdout


def test_encrypted_dossier_out_path_in_french(encrypted, tmp_path: Path) -> None:
    data, client_id = encrypted
    out = tmp_path / "voor-de-client.pdf"
    result = run_resokit("access-export", "--data", str(data), "--client", str(client_id),
                         "--out", str(out), "--lang", "fr", passphrase=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    assert "Accès à vos données" in _text(out) and "Quartier" in _text(out)
    exported = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    assert "Rita" not in json.dumps(exported, ensure_ascii=False)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "voor-de-client.json", "voor-de-client.pdf"]


def test_keep_names_writes_them_as_they_are(plain, tmp_path: Path) -> None:
    data, client_id = plain
    result = run_resokit("access-export", "--data", str(data), "--client", str(client_id),
                         "--out", str(tmp_path / "x.pdf"), "--keep-names")
    assert result.returncode == 0, result.stderr
    assert "Rita Peeters" in _text(tmp_path / "x.pdf")


@pytest.mark.parametrize(("case", "expected"), [
    ("unknown client", "there is no client with id 999"),
    ("missing folder", "does not exist"),
    ("not a pdf name", "must end in .pdf"),
    ("no target", "--out-dir or --out"),
    ("both targets", "not both"),
    ("client not a number", "is not a client id"),
])
def test_bad_input_gives_one_line_and_no_file(plain, tmp_path: Path, case: str,
                                              expected: str) -> None:
    data, client_id = plain
    target = {
        "unknown client": ["--client", "999", "--out-dir", str(tmp_path)],
        "missing folder": ["--client", str(client_id), "--out-dir", str(tmp_path / "nope")],
        "not a pdf name": ["--client", str(client_id), "--out", str(tmp_path / "x.txt")],
        "no target": ["--client", str(client_id)],
        "both targets": ["--client", str(client_id), "--out-dir", str(tmp_path), "--out",
                         str(tmp_path / "x.pdf")],
        "client not a number": ["--client", "Rita", "--out-dir", str(tmp_path)],
    }[case]
    result = run_resokit("access-export", "--data", str(data), *target)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0], result.stderr
    assert "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_encrypted_without_or_with_a_wrong_passphrase(encrypted, tmp_path: Path) -> None:
    data, client_id = encrypted
    args = ("access-export", "--data", str(data), "--client", str(client_id),
            "--out-dir", str(tmp_path))
    missing = run_resokit(*args)
    assert missing.returncode == 1 and "RESOKIT_PASSPHRASE" in missing.stderr
    wrong = run_resokit(*args, passphrase="dit is niet de juiste zin")
    assert wrong.returncode == 1 and "wrong passphrase" in wrong.stderr
    assert list(tmp_path.iterdir()) == []
