"""Keyed, configured SQLite connections: file kinds, keys, pragmas and transactions.

The one place a connection is made and keyed (``connect_raw``, ``connect_plainly``); opening
the dossier file as a whole (foreign and newer files refused, a plain file encrypted, the
schema migrated) is ``storage.connection.open_database``, which builds on this module.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3
import sqlite_utils

from resokit_desktop.storage.disk_state import classify_db_error
from resokit_desktop.storage.errors import (
    NotADossierError,
    PassphraseRequiredError,
    StorageError,
    WriteFailedError,
    WrongPassphraseError,
)
from resokit_desktop.storage.file_kind import KIND_ENCRYPTED, file_kind
from resokit_desktop.storage.passphrase_form import normalise_passphrase

# The binding's own exception classes differ from the standard library's.
DbError = sqlcipher3.DatabaseError
DbOperationalError = sqlcipher3.OperationalError
DbIntegrityError = sqlcipher3.IntegrityError

BUSY_TIMEOUT_MS = 5000
PAGE_SIZE = 4096


# How many connections this process keyed with a passphrase (each one a key derivation);
# read by tests and benchmarks through keyed_connection_count().
_keyed_connections = 0


def keyed_connection_count() -> int:
    """Connections keyed with a passphrase so far in this process (one key derivation each)."""
    return _keyed_connections


def as_database(conn: sqlcipher3.Connection) -> sqlite_utils.Database:
    """The connection wrapped for sqlite-utils, without its plugins: loading them scans every
    installed package (slow) and would run third-party code on a dossier's connection."""
    return sqlite_utils.Database(conn, execute_plugins=False)


def side_files(path: Path | str) -> list[Path]:
    """The files SQLite keeps beside a database: they belong to it and move with it."""
    path = Path(path)
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def key_connection(conn: sqlcipher3.Connection, passphrase: str | None) -> None:
    """Silence SQLCipher's stderr log and, with a passphrase, key the connection."""
    if passphrase and "\x00" in passphrase:
        # SQLite cannot take a NUL in the key: no file has such a passphrase.
        raise WrongPassphraseError("a passphrase cannot contain a NUL character")
    global _keyed_connections
    conn.execute("PRAGMA cipher_log_level = NONE")
    if passphrase:
        _keyed_connections += 1
        conn.execute("PRAGMA key = " + quote_text(normalise_passphrase(passphrase)))


# What the driver raises instead of a database error when a damaged file's bytes reach it: an
# error message holding bytes that are not UTF-8, or SQLITE_NOMEM for a length field turned huge.
DAMAGE_SIGNS = (UnicodeDecodeError, MemoryError)


def connect_plainly(path: Path | str, passphrase: str | None) -> sqlcipher3.Connection:
    """A keyed connection with no pragmas changed, for inspecting a file without altering it.

    Raises the same errors as connect_raw when the key or the file is wrong.
    """
    if passphrase and "\x00" in passphrase:
        raise WrongPassphraseError("a passphrase cannot contain a NUL character")
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        key_connection(conn, passphrase)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DbError as exc:
        conn.close()
        raise _open_error(path, passphrase, exc) from exc
    except DAMAGE_SIGNS as exc:
        conn.close()
        raise NotADossierError("the file's structure is damaged") from exc
    return conn


def _open_error(path: Path | str, passphrase: str | None, exc: Exception) -> StorageError:
    # A full disk or a read-only place is not a wrong passphrase (SQLCipher's wrong key is
    # "file is not a database", which never points at the disk).
    problem = classify_db_error(path, exc)
    if problem is not None:
        return problem
    kind = file_kind(path)
    if kind == KIND_ENCRYPTED and not passphrase:
        return PassphraseRequiredError("the file is encrypted; a passphrase is needed")
    if kind == KIND_ENCRYPTED:
        return WrongPassphraseError("wrong passphrase or damaged file")
    return NotADossierError(str(exc))


def apply_pragmas(conn: sqlcipher3.Connection) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA trusted_schema = OFF")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal" and str(mode).lower() != "memory":
        raise StorageError(f"could not switch to WAL journal mode (got {mode})")
    # A save the user saw must survive power loss.
    conn.execute("PRAGMA synchronous = FULL")


def connect_raw(path: Path | str, passphrase: str | None = None) -> sqlcipher3.Connection:
    """Open a keyed, configured DB-API connection (autocommit; transactions are explicit).

    A wrong passphrase leaves the file byte for byte as it was and creates no side files:
    the key is checked by reading the schema before any pragma could write.
    """
    conn = connect_plainly(path, passphrase)
    try:
        apply_pragmas(conn)
    except DbError as exc:
        conn.close()
        raise classify_db_error(path, exc) or NotADossierError(str(exc)) from exc
    except BaseException:
        conn.close()
        raise
    return conn


def quote_text(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


@contextlib.contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """Run the block as one IMMEDIATE transaction: all of it is stored, or none of it."""
    conn = db.conn
    if conn.in_transaction:
        # Nested use joins the outer transaction.
        yield db
        return
    try:
        conn.execute("BEGIN IMMEDIATE")
    except DbError as exc:
        raise WriteFailedError(str(exc)) from exc
    try:
        yield db
    except BaseException as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(exc, DbError) and not isinstance(exc, DbIntegrityError):
            raise WriteFailedError(str(exc)) from exc
        raise
    try:
        conn.execute("COMMIT")
    except DbError as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise WriteFailedError(str(exc)) from exc
