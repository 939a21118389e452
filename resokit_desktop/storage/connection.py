"""Open the dossier file: the single entry point that keys, configures and migrates it.

Encryption: a dossier opened with a passphrase is an SQLCipher 4 database with the library's
default settings (PBKDF2-HMAC-SHA512, 256,000 iterations, HMAC-SHA512 page check, 4 KiB
pages), keyed with ``PRAGMA key`` from the passphrase alone, so any SQLCipher 4 reader opens it
with just the passphrase. Passphrases are normalised to Unicode NFC before keying, so ``é`` typed
as one code point or as ``e`` + combining accent unlocks the same file.

``open_database(path, None)`` keeps working for plain (unencrypted) files: tests and
``resokit demo`` (fictional data, written plain on purpose so the sqlite3 shell can inspect it)
use it. Opening a plain file WITH a passphrase converts it once into an encrypted file (see
``storage.cipher_file.encrypt_plain_file``); the plaintext is overwritten and removed afterwards.

The connections themselves are made in ``storage.sqlite_connect`` (re-exported here, the names
every repository has always imported from this module); keeping them there lets cipher_file and
the migrations use them without importing this module back.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

import sqlcipher3
import sqlite_utils

from resokit_desktop.storage.cipher_file import encrypt_plain_file, finish_interrupted_replace
from resokit_desktop.storage.disk_state import classify_db_error
from resokit_desktop.storage.errors import NewerSchemaError, NotADossierError
from resokit_desktop.storage.file_kind import (
    KIND_EMPTY,
    KIND_ENCRYPTED,
    KIND_MISSING,
    KIND_PLAIN,
    SQLITE_MAGIC,
    file_kind,
)
from resokit_desktop.storage.migrations import latest_version, migrate
from resokit_desktop.storage.passphrase_form import normalise_passphrase
from resokit_desktop.storage.private_files import create_private_file, tighten
from resokit_desktop.storage.sqlite_connect import (
    BUSY_TIMEOUT_MS,
    PAGE_SIZE,
    DbError,
    DbIntegrityError,
    DbOperationalError,
    apply_pragmas,
    as_database,
    connect_plainly,
    connect_raw,
    key_connection,
    keyed_connection_count,
    quote_text,
    side_files,
    transaction,
)

__all__ = [
    "BUSY_TIMEOUT_MS",
    "DbError",
    "DbIntegrityError",
    "DbOperationalError",
    "KIND_EMPTY",
    "KIND_ENCRYPTED",
    "KIND_MISSING",
    "KIND_PLAIN",
    "PAGE_SIZE",
    "SQLITE_MAGIC",
    "apply_pragmas",
    "as_database",
    "connect_plainly",
    "connect_raw",
    "file_kind",
    "key_connection",
    "keyed_connection_count",
    "normalise_passphrase",
    "open_database",
    "quote_text",
    "side_files",
    "transaction",
]


def open_database(path: Path | str, passphrase: str | None = None, *,
                  ask_passphrase: Callable[[str], str | None] | None = None,
                  ) -> sqlite_utils.Database:
    """Open (creating if needed) the dossier file and bring its schema up to date.

    With a passphrase a new file is created encrypted and a plain file is converted once.
    ``ask_passphrase(kind)``, when given, supplies the passphrase once the file's kind is known
    (so the header is read once, after an interrupted conversion is finished).
    Raises NewerSchemaError for a file written by a newer version, WrongPassphraseError,
    PassphraseRequiredError, and NotADossierError for anything that is not a readable dossier.
    """
    path = Path(path)
    finish_interrupted_replace(path)
    kind = file_kind(path)
    if ask_passphrase is not None:
        passphrase = ask_passphrase(kind)
    if kind == KIND_MISSING:
        # SQLite would create it with the umask's mode (0644); its -wal/-shm take this mode.
        # A missing or read-only folder is left to SQLite, which reports it as before.
        with contextlib.suppress(OSError):
            create_private_file(path)
    else:
        tighten(path, *side_files(path))
    conn = None
    if kind in (KIND_PLAIN, KIND_ENCRYPTED):
        # Refuse foreign and newer files before anything could write to them.
        probe = connect_plainly(path, passphrase if kind == KIND_ENCRYPTED else None)
        try:
            _refuse_foreign_or_newer(probe)
            if passphrase and kind == KIND_PLAIN:
                probe.close()
                encrypt_plain_file(path, passphrase)
            else:
                apply_pragmas(probe)  # the probe becomes the connection: one key derivation
                conn = probe
        except DbError as exc:
            probe.close()
            raise classify_db_error(path, exc) or NotADossierError(str(exc)) from exc
        except BaseException:
            probe.close()
            raise
    if conn is None:
        conn = connect_raw(path, passphrase)
    db = as_database(conn)
    try:
        migrate(db, path, passphrase)
    except BaseException:
        conn.close()
        raise
    return db


def _refuse_foreign_or_newer(conn: sqlcipher3.Connection) -> None:
    """A database of another program (tables, but no schema version of ours) or of a newer
    Resokit is never converted, migrated or touched."""
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        tables = conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
    except DbError as exc:
        raise NotADossierError(str(exc)) from exc
    if version == 0 and tables:
        raise NotADossierError("a database of another program, not a Resokit dossier")
    latest = latest_version()
    if version > latest:
        raise NewerSchemaError(version, latest)
