"""Encryption at rest: SQLCipher 4 defaults, wrong passphrases, plain-file conversion, new keys."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import unicodedata
from pathlib import Path

import pytest
import sqlcipher3
from dossier_factory import CANARY, make_dossier

from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.storage import cipher_file
from resokit_desktop.storage.connection import file_kind, open_database
from resokit_desktop.storage.errors import PassphraseRequiredError, WrongPassphraseError

PASSPHRASE = "Zeven zonnige zeehonden 2026"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _listing(folder: Path) -> list[str]:
    return sorted(os.listdir(folder))


def test_new_file_is_sqlcipher4_with_defaults_and_readable_with_passphrase_alone(db_path):
    make_dossier(db_path, PASSPHRASE)
    raw = db_path.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert CANARY.encode() not in raw and "client".encode("utf-16-le") not in raw
    # A fresh SQLCipher 4 connection with nothing but the passphrase reads it.
    conn = sqlcipher3.connect(str(db_path))
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    assert conn.execute("SELECT count(*) FROM clients").fetchone()[0] == 5
    names = [r[0] for r in conn.execute("SELECT name FROM clients")]
    assert all(name.startswith(CANARY) for name in names)
    settings = {row[0] for row in conn.execute("PRAGMA cipher_settings")}
    assert "PRAGMA kdf_iter = 256000;" in settings
    assert "PRAGMA cipher_hmac_algorithm = HMAC_SHA512;" in settings
    assert "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA512;" in settings
    assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
    conn.close()


def test_encrypted_file_is_unreadable_without_the_key(db_path):
    make_dossier(db_path, PASSPHRASE)
    for connect in (sqlite3.connect, sqlcipher3.connect):
        conn = connect(str(db_path))
        with pytest.raises(Exception, match="not a database"):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.close()
    with pytest.raises(PassphraseRequiredError):
        open_database(db_path, None)


@pytest.mark.parametrize(
    "attempt",
    ["", "Z", PASSPHRASE[:-1], PASSPHRASE + " ", PASSPHRASE.swapcase(), PASSPHRASE.upper()],
    ids=["empty", "one-char", "one-off", "trailing-space", "caps-lock", "upper"],
)
def test_wrong_passphrase_message_unchanged_file_no_side_files(db_path, attempt):
    make_dossier(db_path, PASSPHRASE)
    before_hash, before_files = _sha(db_path), _listing(db_path.parent)
    expected = PassphraseRequiredError if attempt == "" else WrongPassphraseError
    with pytest.raises(expected) as raised:
        DossierFile.open(db_path, attempt or None)
    if attempt:
        assert str(raised.value) == "wrong passphrase or damaged file"
    assert _sha(db_path) == before_hash
    assert _listing(db_path.parent) == before_files


def test_passphrase_is_normalised_to_nfc(db_path):
    composed = unicodedata.normalize("NFC", "café du coin é")
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    make_dossier(db_path, composed)
    db = open_database(db_path, decomposed)
    assert db.execute("SELECT count(*) FROM clients").fetchone()[0] == 5
    db.conn.close()


def test_plain_file_is_converted_once_and_no_plaintext_remains(db_path):
    make_dossier(db_path, None, clients=7)
    assert CANARY.encode() in db_path.read_bytes()
    plain_version = sqlite3.connect(db_path).execute("PRAGMA user_version").fetchone()[0]
    dossier = DossierFile.open(db_path, PASSPHRASE)
    assert dossier.db.execute("SELECT count(*) FROM clients").fetchone()[0] == 7
    assert dossier.db.execute("PRAGMA user_version").fetchone()[0] == plain_version
    dossier.close()
    assert file_kind(db_path) == "encrypted"
    leftovers = [name for name in _listing(db_path.parent) if name != db_path.name]
    assert leftovers == []
    assert CANARY.encode() not in db_path.read_bytes()
    with pytest.raises(PassphraseRequiredError):
        open_database(db_path, None)
    # Converted once: a second open with the passphrase simply opens it.
    again = open_database(db_path, PASSPHRASE)
    assert again.execute("SELECT count(*) FROM clients").fetchone()[0] == 7
    again.conn.close()


def test_crash_during_conversion_before_swap_keeps_the_plain_file(db_path):
    make_dossier(db_path, None, clients=3)
    old = db_path.with_name(db_path.name + cipher_file.PLAIN_OLD_SUFFIX)
    os.link(db_path, old)  # the state right after the backup link, before the swap
    (db_path.with_name(db_path.name + cipher_file.ENCRYPTING_SUFFIX)).write_bytes(b"half")
    removed = cipher_file.remove_leftovers(db_path)
    assert not old.exists() and removed
    db = open_database(db_path, None)
    assert db.execute("SELECT count(*) FROM clients").fetchone()[0] == 3
    db.conn.close()


def test_crash_during_conversion_after_swap_shreds_the_plaintext(db_path, tmp_path):
    plain = make_dossier(tmp_path / "plain-copy.resokit", None, clients=3)
    make_dossier(db_path, PASSPHRASE, clients=3)
    old = db_path.with_name(db_path.name + cipher_file.PLAIN_OLD_SUFFIX)
    os.replace(plain, old)  # the state after the swap, before the plaintext was removed
    open_database(db_path, PASSPHRASE).conn.close()
    assert not old.exists()


def test_change_passphrase_then_only_the_new_one_opens(db_path):
    make_dossier(db_path, PASSPHRASE, clients=4)
    dossier = DossierFile.open(db_path, PASSPHRASE)
    backup = dossier.backup_now()
    with pytest.raises(WrongPassphraseError):
        dossier.change_passphrase("niet het goede", "Nieuwe lange wachtwoordzin")
    dossier.change_passphrase(PASSPHRASE, "Nieuwe lange wachtwoordzin")
    assert dossier.db.execute("SELECT count(*) FROM clients").fetchone()[0] == 4
    dossier.close()
    with pytest.raises(WrongPassphraseError):
        open_database(db_path, PASSPHRASE)
    db = open_database(db_path, "Nieuwe lange wachtwoordzin")
    assert db.execute("SELECT count(*) FROM clients").fetchone()[0] == 4
    db.conn.close()
    # The existing backups follow the new passphrase.
    with pytest.raises(WrongPassphraseError):
        open_database(backup, PASSPHRASE)
    assert _listing(db_path.parent) == sorted([db_path.name, "backups"])


def test_sqlite_utils_operations_work_on_the_cipher_connection(db_path):
    db = open_database(db_path, PASSPHRASE)
    table = db["d1_probe"]
    table.insert_all([{"id": i, "text": CANARY} for i in range(50)], pk="id")
    table.upsert({"id": 1, "text": "changed"}, pk="id")
    table.transform(types={"text": str})
    assert table.count == 50 and table.get(1)["text"] == "changed"
    pragmas = {name: db.execute(f"PRAGMA {name}").fetchone()[0]
               for name in ("journal_mode", "synchronous", "foreign_keys", "temp_store",
                            "secure_delete", "trusted_schema")}
    assert pragmas == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1,
                       "temp_store": 2, "secure_delete": 1, "trusted_schema": 0}
    table.drop()
    db.conn.close()
