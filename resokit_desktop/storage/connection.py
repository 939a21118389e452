"""Open the dossier file: the single entry point that configures every connection."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3
import sqlite_utils

from resokit_desktop.storage.errors import NotADossierError, StorageError, WriteFailedError

# The binding's own exception classes differ from the standard library's.
DbError = sqlcipher3.DatabaseError
DbOperationalError = sqlcipher3.OperationalError
DbIntegrityError = sqlcipher3.IntegrityError

BUSY_TIMEOUT_MS = 5000


def _apply_pragmas(conn: sqlcipher3.Connection) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal" and str(mode).lower() != "memory":
        raise StorageError(f"could not switch to WAL journal mode (got {mode})")
    # A save the user saw must survive power loss.
    conn.execute("PRAGMA synchronous = FULL")


def connect_raw(path: Path | str, passphrase: str | None = None) -> sqlcipher3.Connection:
    """Open a configured DB-API connection (autocommit; transactions are explicit)."""
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        if passphrase:
            conn.execute("PRAGMA key = " + _quote(passphrase))
        # Reading the schema is what reveals a wrong key or a file that is not a database.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        _apply_pragmas(conn)
    except DbError as exc:
        conn.close()
        raise NotADossierError(str(exc)) from exc
    return conn


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def open_database(path: Path | str, passphrase: str | None = None) -> sqlite_utils.Database:
    """Open (creating if needed) the dossier file and bring its schema up to date.

    Raises NewerSchemaError for a file written by a newer version and NotADossierError for
    anything that is not a readable dossier.
    """
    from resokit_desktop.storage.migrations import migrate

    path = Path(path)
    conn = connect_raw(path, passphrase)
    db = sqlite_utils.Database(conn)
    try:
        migrate(db, path, passphrase)
    except BaseException:
        conn.close()
        raise
    return db


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
