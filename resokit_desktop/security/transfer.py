"""Handover of one client to a colleague: an encrypted transfer file, checked before import.

Export writes a small SQLCipher database (its own passphrase) with only that client's rows,
under a temporary name, verified, then renamed. Import treats the file as hostile: size limit,
regular file only, opened read-only and immutable, schema compared object by object with what
our own migrations produce (no triggers, views or extra objects, no newer version), integrity
checked, exactly one client, every value checked (transfer_values: type, allowed codes, length,
dates); only then is anything written, in one transaction.
"""

from __future__ import annotations

import contextlib
import os
import stat
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from resokit_desktop.security import audit, transfer_values
from resokit_desktop.security.safe_output import check_output_target
from resokit_desktop.storage import cipher_file, private_files, transfer_repo
from resokit_desktop.storage.client_rows_repo import client_tables
from resokit_desktop.storage.connection import DbError, open_database, transaction
from resokit_desktop.storage.errors import StorageError, WriteFailedError
from resokit_desktop.storage.migrations import latest_version

MAX_TRANSFER_BYTES = 200 * 1024 * 1024
MAX_ROWS = 200_000
TRANSFER_SUFFIX = ".resokit-overdracht"


class TransferRefused(Exception):
    """The file cannot be imported; ``code`` says why (the UI turns it into a sentence)."""

    def __init__(self, code: str, detail: str = "", *, field: str = "",
                 reason: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.field = field  # for INVALID_VALUE: 'table.column'
        self.reason = reason  # for INVALID_VALUE: one of transfer_values' reasons


# Refusal codes.
NOT_A_FILE = "not_a_file"
TOO_LARGE = "too_large"
UNREADABLE = "unreadable"  # wrong passphrase, garbage, or not encrypted
NEWER = "newer_version"
UNEXPECTED_SCHEMA = "unexpected_schema"
DAMAGED = "damaged"
NOT_A_TRANSFER = "not_a_transfer"
INVALID_VALUE = "invalid_value"


@dataclass(frozen=True)
class TransferPreview:
    client: dict
    counts: dict[str, int]
    exported_at: str
    schema_version: int
    conflicts: list[int] = field(default_factory=list)  # ids of clients with the same name


@dataclass(frozen=True)
class ImportResult:
    client_id: int | None  # None when skipped
    rows: int


def export_client(
    db: sqlite_utils.Database, client_id: int, target: Path, passphrase: str
) -> dict[str, int]:
    """Write the transfer file; the target name appears only complete and verified."""
    if not passphrase:
        raise ValueError("a transfer file needs its own passphrase")
    target = check_output_target(Path(target))
    temp = cipher_file.temp_name_for(target)
    cipher_file.remove_with_side_files(temp)
    manifest = {
        "format": transfer_repo.FORMAT, "format_version": transfer_repo.FORMAT_VERSION,
        "clients": 1, "exported_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
    }
    try:
        out = open_database(temp, passphrase)
        try:
            counts = transfer_repo.write_transfer_rows(db, out, client_id, manifest)
        except BaseException:
            out.conn.close()
            raise
        transfer_repo.finish_transfer_file(out)
        cipher_file.verify_copy(temp, passphrase, None)
        private_files.install(temp, target)  # 0600, fsynced, renamed: the one safe path
    except (DbError, OSError) as exc:
        cipher_file.remove_with_side_files(temp)
        raise WriteFailedError(str(exc)) from exc
    except BaseException:
        cipher_file.remove_with_side_files(temp)
        raise
    audit.record_quietly(db, audit.AuditEvent.TRANSFER_EXPORT, client_id)
    return counts


def _check_file(path: Path, max_bytes: int) -> None:
    try:
        info = os.stat(path)
    except OSError as exc:
        raise TransferRefused(NOT_A_FILE, str(exc)) from exc
    if not stat.S_ISREG(info.st_mode):
        raise TransferRefused(NOT_A_FILE, "not a regular file")
    if info.st_size > max_bytes:
        raise TransferRefused(TOO_LARGE, f"{info.st_size} bytes")
    if info.st_size < 1024:
        raise TransferRefused(UNREADABLE, "too small to be a transfer file")


@dataclass(frozen=True)
class _CheckedFile:
    src: sqlite_utils.Database
    client_id: int
    rows: dict[str, list[dict]]
    support: dict[str, list[dict]]


@contextlib.contextmanager
def _open_checked(path: Path, passphrase: str, max_bytes: int):
    """Yield the untrusted file and its client's rows, after every check passed."""
    path = Path(path)
    _check_file(path, max_bytes)
    try:
        src = transfer_repo.open_untrusted(path, passphrase)
    except StorageError as exc:
        raise TransferRefused(UNREADABLE, str(exc)) from exc
    try:
        _validate(src)
        yield _checked_tree(src)
    finally:
        src.conn.close()


def _checked_tree(src: sqlite_utils.Database) -> _CheckedFile:
    """Every value checked: sizes first (without loading them), then types, codes and dates."""
    tables = [t.name for t in client_tables(src)] + ["settings"]
    try:
        transfer_values.check_lengths(transfer_repo.value_sizes(src, tables))
        client_id = transfer_repo.client_ids(src)[0]
        rows, support = transfer_repo.read_client_tree(src, client_id)
        specs = transfer_repo.column_specs(src, tables)
        transfer_values.check_rows(rows, specs)
        transfer_values.check_rows(support, specs)
    except transfer_values.InvalidValue as bad:
        raise TransferRefused(INVALID_VALUE, str(bad), field=bad.field,
                              reason=bad.reason) from None
    except StorageError as exc:
        raise TransferRefused(DAMAGED, str(exc)) from exc
    return _CheckedFile(src, client_id, rows, support)


def _validate(src: sqlite_utils.Database) -> None:
    try:
        version = transfer_repo.user_version(src)
        if version > latest_version():
            raise TransferRefused(NEWER, f"schema {version}")
        if version < 1 or transfer_repo.schema_objects(src) != transfer_repo.reference_schema(
            version
        ):
            raise TransferRefused(UNEXPECTED_SCHEMA)
        problems = transfer_repo.integrity_problems(src)
        if problems:
            raise TransferRefused(DAMAGED, problems[0])
        manifest = transfer_repo.read_manifest(src)
        if not manifest or manifest.get("format") != transfer_repo.FORMAT:
            raise TransferRefused(NOT_A_TRANSFER, "no manifest")
        if len(transfer_repo.client_ids(src)) != 1:
            raise TransferRefused(NOT_A_TRANSFER, "not exactly one client")
        if sum(transfer_repo.table_counts(src).values()) > MAX_ROWS:
            raise TransferRefused(TOO_LARGE, "too many rows")
    except StorageError as exc:  # the binding's errors on a damaged file
        raise TransferRefused(DAMAGED, str(exc)) from exc
    except Exception as exc:
        if isinstance(exc, TransferRefused):
            raise
        raise TransferRefused(DAMAGED, type(exc).__name__) from exc


def preview_import(
    db: sqlite_utils.Database, path: Path, passphrase: str, max_bytes: int = MAX_TRANSFER_BYTES
) -> TransferPreview:
    """Check the file and describe what it holds; writes nothing anywhere."""
    with _open_checked(path, passphrase, max_bytes) as checked:
        src, client_id = checked.src, checked.client_id
        client = transfer_repo.client_summary(src, client_id)
        counts = transfer_repo.table_counts(src)
        manifest = transfer_repo.read_manifest(src) or {}
        version = transfer_repo.user_version(src)
    return TransferPreview(
        client=client, counts=counts, exported_at=str(manifest.get("exported_at", "")),
        schema_version=version, conflicts=transfer_repo.clients_named(db, client["name"]),
    )


def import_client(
    db: sqlite_utils.Database, path: Path, passphrase: str, *, on_conflict: str = "new",
    max_bytes: int = MAX_TRANSFER_BYTES,
) -> ImportResult:
    """Import the transfer file's client; on_conflict 'new' (import as a new client) or 'skip'.

    Everything is written in one transaction: all of it, or (refused, failed) nothing.
    """
    if on_conflict not in ("new", "skip"):
        raise ValueError(on_conflict)
    with _open_checked(path, passphrase, max_bytes) as checked:
        rows, support = checked.rows, checked.support
        name = rows["clients"][0]["name"]
        if on_conflict == "skip" and transfer_repo.clients_named(db, name):
            return ImportResult(None, 0)
    with transaction(db):
        try:
            new_id, count = transfer_repo.insert_client_tree(db, rows, support)
        except StorageError as exc:
            raise TransferRefused(UNEXPECTED_SCHEMA, str(exc)) from exc
        audit.record(db, audit.AuditEvent.TRANSFER_IMPORT, new_id)
    return ImportResult(new_id, count)
