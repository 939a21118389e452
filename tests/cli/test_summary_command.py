"""`resokit summary` as a user runs it: a PDF for a client, and one clear line for bad input."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from rich_client import CLIENT_NAME, OBSERVATION, make_rich_client

from resokit_desktop.storage.connection import open_database


@pytest.fixture(scope="module")
def dossier(tmp_path_factory) -> tuple[Path, int]:
    path = tmp_path_factory.mktemp("summary-cli") / "dossiers.resokit"
    db = open_database(path)
    client_id = make_rich_client(db)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    return path, client_id


def resokit(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    return subprocess.run([sys.executable, "-m", "resokit_desktop", *args], capture_output=True,
                          text=True, timeout=120, check=False, env=env)


def text_of(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in reader.pages))


def leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir()
            if p.name.startswith(".resokit-") or p.name.endswith(".tmp-write")]


def test_client_copy_in_english_with_initials(dossier, tmp_path: Path) -> None:
    data, client_id = dossier
    out = tmp_path / "summary.pdf"
    result = resokit("summary", "--data", str(data), "--client", str(client_id), "--out",
                     str(out), "--copy", "client", "--lang", "en", "--initials")
    assert result.returncode == 0, result.stderr
    assert CLIENT_NAME not in result.stdout
    text = text_of(out)
    assert "Summary of our conversation" in text and "What we agreed" in text
    assert OBSERVATION not in text
    assert "Françoise" not in text and "F. N.-D." in text
    assert leftovers(tmp_path) == []
    # The web drawing and its legend are English as well.
    for english in ("Strong tie", "Know each other", "Group or organisation", "Me"):
        assert english in text, english
    for dutch in ("Sterke band", "Kennen elkaar", "Groep of organisatie", "dichtbij"):
        assert dutch not in text, dutch


def test_worker_copy_of_a_named_session_date(dossier, tmp_path: Path) -> None:
    data, client_id = dossier
    db = open_database(data)
    session_date = db.execute("SELECT date FROM sessions WHERE client_id = ?",
                              [client_id]).fetchone()[0]
    db.conn.close()
    out = tmp_path / "worker.pdf"
    result = resokit("summary", "--data", str(data), "--client", str(client_id), "--out",
                     str(out), "--session", session_date)
    assert result.returncode == 0, result.stderr
    text = text_of(out)
    assert OBSERVATION in text and "Afspraak 3: bellen naar het café" in text


@pytest.mark.parametrize("case", ["unknown client", "folder", "missing folder", "no session",
                                  "not a date", "unwritable"])
def test_bad_input_gives_one_line_and_writes_nothing(dossier, tmp_path: Path, case: str) -> None:
    data, client_id = dossier
    out = tmp_path / "out.pdf"
    args = {"--client": str(client_id), "--out": str(out)}
    expected = {
        "unknown client": "no client with id 4242",
        "folder": "is a folder",
        "missing folder": "does not exist",
        "no session": "has no session on 1999-01-01",
        "not a date": "is not a date",
        "unwritable": "could not write",
    }[case]
    if case == "unknown client":
        args["--client"] = "4242"
    elif case == "folder":
        args["--out"] = str(tmp_path)
    elif case == "missing folder":
        args["--out"] = str(tmp_path / "nowhere" / "out.pdf")
    elif case == "no session":
        args["--session"] = "1999-01-01"
    elif case == "not a date":
        args["--session"] = "next tuesday"
    elif case == "unwritable":
        # /proc accepts no new files, not even from root.
        args["--out"] = "/proc/resokit-summary.pdf"
    flat = [item for pair in args.items() for item in pair]
    result = resokit("summary", "--data", str(data), *flat)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0], result.stderr
    assert not out.exists()
    assert leftovers(tmp_path) == []


def test_encrypted_dossier_takes_the_passphrase_from_the_environment(dossier,
                                                                    tmp_path: Path) -> None:
    import shutil

    from resokit_desktop.storage.cipher_file import encrypt_plain_file

    data, client_id = dossier
    secret = tmp_path / "secret.resokit"
    shutil.copy(data, secret)
    encrypt_plain_file(secret, "een lange geheime zin")
    out = tmp_path / "from-encrypted.pdf"
    args = ("summary", "--data", str(secret), "--client", str(client_id), "--out", str(out))
    refused = resokit(*args)
    assert refused.returncode != 0 and "RESOKIT_PASSPHRASE" in refused.stderr
    assert not out.exists()
    env = {**os.environ, "RESOKIT_PASSPHRASE": "een lange geheime zin"}
    env.pop("QT_QPA_PLATFORM", None)
    opened = subprocess.run([sys.executable, "-m", "resokit_desktop", *args],
                            capture_output=True, text=True, timeout=120, check=False, env=env)
    assert opened.returncode == 0, opened.stderr
    assert "Afspraak 0: bellen naar het café" in text_of(out)
