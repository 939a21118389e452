"""Wrong kinds of file are refused with their own message and left exactly as they were
(plan test 13): random bytes, text, another program's database, a newer schema, SQLCipher 3."""

from __future__ import annotations

import hashlib
import os
import random
import sqlite3

import pytest
import sqlcipher3

from resokit_desktop.security import integrity
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.storage.errors import (
    NewerSchemaError,
    NotADossierError,
    PassphraseRequiredError,
    WrongPassphraseError,
)

PASSPHRASE = "geen dossier maar toch"


def _random_pages(path):
    path.write_bytes(random.Random(1).randbytes(4096 * 3))


def _text(path):
    path.write_text("Dit is een tekstbestand met een andere naam.\n" * 200, encoding="utf-8")


def _foreign_plain(path):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos(id INTEGER PRIMARY KEY, caption TEXT)")
    conn.execute("INSERT INTO photos(caption) VALUES ('vakantie')")
    conn.commit()
    conn.close()


def _newer_plain(path):
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE clients(id INTEGER PRIMARY KEY)")
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()


def _newer_encrypted(path):
    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    conn.execute("CREATE TABLE clients(id INTEGER PRIMARY KEY)")
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()


def _sqlcipher3(path):
    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    conn.execute("PRAGMA cipher_compatibility = 3")
    conn.execute("CREATE TABLE clients(id INTEGER PRIMARY KEY)")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()


CASES = {
    # maker, what diagnose says, what opening with the passphrase raises
    "random-bytes": (_random_pages, integrity.WRONG_PASSPHRASE, WrongPassphraseError),
    "text-file": (_text, integrity.NOT_A_DOSSIER, WrongPassphraseError),
    "other-program": (_foreign_plain, integrity.OK, NotADossierError),
    "newer-plain": (_newer_plain, integrity.OK, NewerSchemaError),
    "newer-encrypted": (_newer_encrypted, integrity.OK, NewerSchemaError),
    "sqlcipher-3": (_sqlcipher3, integrity.NOT_A_DOSSIER, WrongPassphraseError),  # 1 KiB pages
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_wrong_kind_of_file_is_refused_and_untouched(tmp_path, case):
    maker, status, error = CASES[case]
    path = tmp_path / "d.resokit"
    maker(path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    report = integrity.diagnose(path, PASSPHRASE)
    assert report.status == status, report
    with pytest.raises(error):
        DossierFile.open(path, PASSPHRASE)
    if case in ("other-program", "newer-plain"):
        with pytest.raises(error):
            DossierFile.open(path, None)
    else:
        with pytest.raises((PassphraseRequiredError, NotADossierError)):
            DossierFile.open(path, None)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert sorted(os.listdir(tmp_path)) == ["d.resokit"]
