"""SQL of the handover file: write one client's rows into it, check it, read it back in.

The transfer file is a small SQLCipher database with the dossier schema and only one
client's rows (plus the organisation rows they point at, such as own talent cards).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import quote

import sqlcipher3
import sqlite_utils

from resokit_desktop.domain.text_hygiene import clean_value
from resokit_desktop.storage.client_rows_repo import LinkedTable, client_tables, collect
from resokit_desktop.storage.connection import DbError, as_database, key_connection, transaction
from resokit_desktop.storage.errors import StorageError
from resokit_desktop.storage.migrations import all_migrations

MANIFEST_KEY = "transfer.manifest"
FORMAT = "resokit-transfer"
FORMAT_VERSION = 1
# References without a declared foreign key (see m004): column -> table they point at.
_SOFT_CONTACT = re.compile(r"(^|_)contact_id$")
_CARD_KEY = re.compile(r"^card:(\d+)$")
# References to rows of the file itself, not of the client (a shared map image, an entry of the
# neighbourhood register): another file's ids mean something else, so they arrive empty (the
# buurtkaart then shows a blank map, the pin no register link).
_FILE_LOCAL = {("map_versions", "image_id"), ("map_pins", "neighbourhood_entry_id"),
               ("role_plans", "neighbourhood_entry_id")}


def _support_rows(db: sqlite_utils.Database, rows: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """Rows outside the client's tree that its rows point at (e.g. organisation talent cards)."""
    tree = {t.name: t for t in client_tables(db)}
    wanted: dict[str, set] = {}
    for table in tree.values():
        for fk in table.foreign_keys:
            if fk.parent in tree:
                continue
            values = {r[fk.column] for r in rows.get(table.name, []) if r[fk.column] is not None}
            wanted.setdefault(fk.parent, set()).update(values)
    support: dict[str, list[dict]] = {}
    for parent, values in wanted.items():
        if not values:
            continue
        marks = ",".join("?" for _ in values)
        cursor = db.execute(f"SELECT * FROM [{parent}] WHERE id IN ({marks})", sorted(values))
        names = [d[0] for d in cursor.description]
        support[parent] = [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]
    return support


def _insert(db: sqlite_utils.Database, table: str, row: dict) -> int:
    columns = ", ".join(f"[{c}]" for c in row)
    cursor = db.execute(
        f"INSERT INTO [{table}] ({columns}) VALUES ({','.join('?' for _ in row)})",
        [clean_value(value) for value in row.values()],  # no control characters come in
    )
    return int(cursor.lastrowid)


def write_transfer_rows(
    source: sqlite_utils.Database, target: sqlite_utils.Database, client_id: int, manifest: dict
) -> dict[str, int]:
    """Copy the client's rows with their ids into the freshly created target; row counts."""
    rows = collect(source, client_id)
    support = _support_rows(source, rows)
    with transaction(target):
        for table, found in support.items():
            for row in found:
                _insert(target, table, row)
        for table in client_tables(target):
            for row in rows.get(table.name, []):
                _insert(target, table.name, row)
        reindex_client(target, client_id)
        target.execute(
            "INSERT INTO settings(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [MANIFEST_KEY, json.dumps(manifest, ensure_ascii=False)],
        )
    return {name: len(found) for name, found in rows.items()}


def finish_transfer_file(target: sqlite_utils.Database) -> None:
    """Leave a single self-contained file: no WAL, rollback journal mode, then close."""
    target.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    target.execute("PRAGMA journal_mode = DELETE")
    target.conn.close()


def reindex_client(db: sqlite_utils.Database, client_id: int) -> None:
    """Put the client's row into the client search index (same columns as the index has)."""
    fts_columns = [r[1] for r in db.execute("PRAGMA table_info(clients_fts)").fetchall()]
    if not fts_columns:
        return
    cols = ", ".join(fts_columns)
    db.execute("DELETE FROM clients_fts WHERE rowid = ?", [client_id])
    db.execute(
        f"INSERT INTO clients_fts(rowid, {cols}) SELECT id, {cols} FROM clients WHERE id = ?",
        [client_id],
    )


# --- reading a transfer file (untrusted) -------------------------------------------------


def open_untrusted(path: Path, passphrase: str) -> sqlite_utils.Database:
    """Open read-only and immutable (no side files, nothing written), with defensive pragmas.

    Raises StorageError when the key does not fit or the file is not a database.
    """
    uri = f"file:{quote(str(Path(path).resolve()))}?mode=ro&immutable=1"
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        key_connection(conn, passphrase)
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA cell_size_check = ON")
        conn.execute("PRAGMA query_only = ON")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DbError as exc:
        conn.close()
        raise StorageError(str(exc)) from exc
    return as_database(conn)


def schema_objects(db: sqlite_utils.Database) -> set[tuple[str, str, str, str]]:
    """(type, name, table, normalised SQL) of every schema object."""
    rows = db.execute("SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master")
    return {(t, n, tb, " ".join(s.split())) for t, n, tb, s in rows}


def reference_schema(version: int) -> set[tuple[str, str, str, str]]:
    """The schema our own migrations give a file at that version (built in memory)."""
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    try:
        db = as_database(conn)
        for migration in all_migrations():
            if migration.version <= version:
                migration.apply(db)
        return schema_objects(db)
    finally:
        conn.close()


def user_version(db: sqlite_utils.Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def integrity_problems(db: sqlite_utils.Database) -> list[str]:
    problems = [r[0] for r in db.execute("PRAGMA cipher_integrity_check").fetchall()]
    result = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall()]
    if result != ["ok"]:
        problems.extend(result)
    if db.execute("PRAGMA foreign_key_check").fetchall():
        problems.append("foreign key check failed")
    return problems


def read_manifest(db: sqlite_utils.Database) -> dict | None:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [MANIFEST_KEY]).fetchone()
    if row is None:
        return None
    try:
        value = json.loads(row[0])
    except (ValueError, RecursionError):
        return None
    return value if isinstance(value, dict) else None


def table_counts(db: sqlite_utils.Database) -> dict[str, int]:
    names = [t.name for t in client_tables(db)]
    return {n: int(db.execute(f"SELECT count(*) FROM [{n}]").fetchone()[0]) for n in names}


def client_ids(db: sqlite_utils.Database) -> list[int]:
    return [r[0] for r in db.execute("SELECT id FROM clients ORDER BY id")]


def client_summary(db: sqlite_utils.Database, client_id: int) -> dict:
    row = db.execute(
        "SELECT name, person_type, status, birth_year, neighbourhood FROM clients WHERE id = ?",
        [client_id],
    ).fetchone()
    keys = ("name", "person_type", "status", "birth_year", "neighbourhood")
    return dict(zip(keys, row, strict=True)) if row else {}


def clients_named(db: sqlite_utils.Database, name: str) -> list[int]:
    rows = db.execute(
        "SELECT id FROM clients WHERE name = ? COLLATE NOCASE ORDER BY id", [name.strip()]
    )
    return [r[0] for r in rows]


def read_client_tree(
    src: sqlite_utils.Database, client_id: int
) -> tuple[dict[str, list[dict]], dict[str, list[dict]]]:
    rows = collect(src, client_id)
    return rows, _support_rows(src, rows)


def _existing_same(db: sqlite_utils.Database, table: str, row: dict) -> int | None:
    values = {k: v for k, v in row.items() if k != "id"}
    clauses = " AND ".join(f"[{k}] IS ?" for k in values)
    found = db.execute(f"SELECT id FROM [{table}] WHERE {clauses} LIMIT 1", list(values.values()))
    hit = found.fetchone()
    return int(hit[0]) if hit else None


def insert_client_tree(
    db: sqlite_utils.Database,
    rows: dict[str, list[dict]],
    support: dict[str, list[dict]],
) -> tuple[int, int]:
    """Insert a client's rows under new ids (inside the caller's transaction).

    Returns (new client id, rows inserted). Organisation rows it points at are matched to an
    identical existing row or added.
    """
    maps: dict[str, dict] = {}
    inserted = 0
    target_tables = {t.name: t for t in client_tables(db)}
    for table, found in support.items():
        for row in found:
            existing = _existing_same(db, table, row)
            if existing is None:
                existing = _insert(db, table, {k: v for k, v in row.items() if k != "id"})
                inserted += 1
            maps.setdefault(table, {})[row["id"]] = existing
    for name, table in target_tables.items():
        for row in rows.get(name, []):
            new = _remap(table, row, maps)
            if table.has_id:
                old = new.pop("id")
                maps.setdefault(name, {})[old] = _insert(db, name, new)
            else:
                _insert(db, name, new)
            inserted += 1
    _remap_card_keys(db, maps)
    client_id = next(iter(maps["clients"].values()))
    reindex_client(db, client_id)
    return client_id, inserted


def _remap(table: LinkedTable, row: dict, maps: dict[str, dict]) -> dict:
    new = {k: v for k, v in row.items() if k in table.columns}
    for table_name, column in _FILE_LOCAL:
        if table.name == table_name and column in new:
            new[column] = None
    for fk in table.foreign_keys:
        value = new.get(fk.column)
        if value is not None and fk.parent in maps:
            if value not in maps[fk.parent]:
                raise StorageError(f"{table.name}.{fk.column} points outside the client")
            new[fk.column] = maps[fk.parent][value]
    for column in list(new):
        if _SOFT_CONTACT.search(column) and not any(
            fk.column == column for fk in table.foreign_keys
        ):
            value = new[column]
            new[column] = maps.get("contacts", {}).get(value) if value is not None else None
    return new


def _remap_card_keys(db: sqlite_utils.Database, maps: dict[str, dict]) -> None:
    """client_talents.card_key 'card:<id>' names a talent_cards row by id (no foreign key)."""
    cards = maps.get("talent_cards")
    talents = maps.get("client_talents")
    if not cards or not talents:
        return
    for new_id in talents.values():
        row = db.execute("SELECT card_key FROM client_talents WHERE id = ?", [new_id]).fetchone()
        match = _CARD_KEY.match(row[0]) if row else None
        if match and int(match.group(1)) in cards:
            db.execute(
                "UPDATE client_talents SET card_key = ? WHERE id = ?",
                [f"card:{cards[int(match.group(1))]}", new_id],
            )


def column_specs(db: sqlite_utils.Database, tables: list[str]) -> dict[str, dict[str, tuple]]:
    """{table: {column: (declared type, not null, values allowed by a CHECK … IN (…))}}."""
    specs: dict[str, dict[str, tuple]] = {}
    for table in tables:
        row = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
                         [table]).fetchone()
        sql = row[0] if row else ""
        columns = {}
        for _cid, name, kind, notnull, _default, _pk in db.execute(
                f"PRAGMA table_info([{table}])").fetchall():
            match = re.search(rf"\b{re.escape(name)}\b\s+IN\s*\(([^)]*)\)", sql or "")
            allowed = tuple(re.findall(r"'([^']*)'", match.group(1))) if match else ()
            columns[name] = (str(kind).upper(), bool(notnull), allowed)
        specs[table] = columns
    return specs


def value_sizes(
    db: sqlite_utils.Database, tables: list[str]
) -> dict[tuple[str, str], tuple[int, int]]:
    """(longest, total) bytes per (table, column), measured by SQLite without loading values."""
    sizes: dict[tuple[str, str], tuple[int, int]] = {}
    for table in tables:
        names = [r[1] for r in db.execute(f"PRAGMA table_info([{table}])").fetchall()]
        if not names:
            continue
        picks = ", ".join(f"max(octet_length([{n}])), total(octet_length([{n}]))" for n in names)
        row = db.execute(f"SELECT {picks} FROM [{table}]").fetchone()
        for index, name in enumerate(names):
            sizes[(table, name)] = (int(row[2 * index] or 0), int(row[2 * index + 1] or 0))
    return sizes
