"""The neighbourhood register's rows and their full-text search index, kept in step."""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from resokit_desktop.domain.neighbourhood.entry import (
    ENTRY_FIELDS,
    TEXT_FIELDS,
    NeighbourhoodEntry,
    NeighbourhoodKind,
)
from resokit_desktop.domain.text_hygiene import clean_line, clean_multiline
from resokit_desktop.storage.clients_repo import fts_query
from resokit_desktop.storage.clock import now_iso
from resokit_desktop.storage.connection import transaction
from resokit_desktop.storage.errors import NotFoundError

TABLE = "neighbourhood_entries"
FTS = "neighbourhood_entries_fts"
FTS_FIELDS = ("name", "address", "neighbourhood", "offers", "needs", "languages", "notes")
_COLUMNS = ", ".join(ENTRY_FIELDS)


@dataclass(frozen=True)
class EntryFilter:
    """What the register list shows: search text, one kind (None: all), one neighbourhood."""

    search: str = ""
    kind: str | None = None
    neighbourhood: str | None = None  # compared without regard to case


def _values(entry: NeighbourhoodEntry) -> dict:
    values: dict[str, object] = {}
    for name in ENTRY_FIELDS:
        value = getattr(entry, name)
        if name == "kind":
            values[name] = str(NeighbourhoodKind(value))
        elif name == "last_checked":
            values[name] = value or None
        elif name in TEXT_FIELDS:
            values[name] = clean_multiline(value or "")
        else:
            values[name] = clean_line(value or "").strip()
    return values


def _index(db: sqlite_utils.Database, entry_id: int, values: dict) -> None:
    db.execute(f"DELETE FROM {FTS} WHERE rowid = ?", [entry_id])
    db.execute(
        f"INSERT INTO {FTS}(rowid, {', '.join(FTS_FIELDS)}) "
        f"VALUES (?, {', '.join('?' for _ in FTS_FIELDS)})",
        [entry_id, *(values[name] for name in FTS_FIELDS)],
    )


def _write(db: sqlite_utils.Database, entry: NeighbourhoodEntry, stamp: str) -> int:
    """Insert or update one entry inside the caller's transaction; returns (and sets) its id."""
    values = _values(entry)
    if entry.id is None:
        cursor = db.execute(
            f"INSERT INTO {TABLE} ({_COLUMNS}, created_at, updated_at) "
            f"VALUES ({', '.join('?' for _ in range(len(ENTRY_FIELDS) + 2))})",
            [*values.values(), stamp, stamp],
        )
        entry.id = cursor.lastrowid
    else:
        assignments = ", ".join(f"{name} = ?" for name in ENTRY_FIELDS)
        cursor = db.execute(
            f"UPDATE {TABLE} SET {assignments}, updated_at = ? WHERE id = ?",
            [*values.values(), stamp, entry.id],
        )
        if cursor.rowcount == 0:
            raise NotFoundError(f"neighbourhood entry {entry.id}")
    _index(db, entry.id, values)
    return entry.id


def save_entry(db: sqlite_utils.Database, entry: NeighbourhoodEntry) -> int:
    """Insert or update the entry in one transaction; returns its id."""
    with transaction(db):
        return _write(db, entry, now_iso())


def restore_entry(db: sqlite_utils.Database, entry: NeighbourhoodEntry) -> int:
    """Put a deleted entry back under its own id (an undo), so references to it hold again."""
    values = _values(entry)
    stamp = now_iso()
    with transaction(db):
        db.execute(
            f"INSERT INTO {TABLE} (id, {_COLUMNS}, created_at, updated_at) "
            f"VALUES ({', '.join('?' for _ in range(len(ENTRY_FIELDS) + 3))})",
            [entry.id, *values.values(), stamp, stamp],
        )
        _index(db, entry.id, values)
    return entry.id


def save_entries(db: sqlite_utils.Database, entries: list[NeighbourhoodEntry]) -> None:
    """Store many entries in one transaction: all of them, or none (an import)."""
    stamp = now_iso()
    with transaction(db):
        for entry in entries:
            _write(db, entry, stamp)


def _entry(row: tuple) -> NeighbourhoodEntry:
    data = dict(zip(("id", *ENTRY_FIELDS), row, strict=True))
    data["kind"] = NeighbourhoodKind(data["kind"])
    return NeighbourhoodEntry(**data)


def get_entry(db: sqlite_utils.Database, entry_id: int) -> NeighbourhoodEntry:
    row = db.execute(f"SELECT id, {_COLUMNS} FROM {TABLE} WHERE id = ?", [entry_id]).fetchone()
    if row is None:
        raise NotFoundError(f"neighbourhood entry {entry_id}")
    return _entry(row)


def entry_exists(db: sqlite_utils.Database, entry_id: int) -> bool:
    return db.execute(f"SELECT 1 FROM {TABLE} WHERE id = ?", [entry_id]).fetchone() is not None


def delete_entry(db: sqlite_utils.Database, entry_id: int) -> None:
    with transaction(db):
        db.execute(f"DELETE FROM {FTS} WHERE rowid = ?", [entry_id])
        cursor = db.execute(f"DELETE FROM {TABLE} WHERE id = ?", [entry_id])
        if cursor.rowcount == 0:
            raise NotFoundError(f"neighbourhood entry {entry_id}")


def list_entries(db: sqlite_utils.Database,
                 query: EntryFilter | None = None) -> list[NeighbourhoodEntry]:
    """The entries the filter lets through, by name."""
    query = query or EntryFilter()
    where: list[str] = []
    params: list = []
    if query.search.strip():
        match = fts_query(query.search)
        if match is None:
            return []
        where.append(f"id IN (SELECT rowid FROM {FTS} WHERE {FTS} MATCH ?)")
        params.append(match)
    if query.kind:
        where.append("kind = ?")
        params.append(query.kind)
    if query.neighbourhood is not None:
        where.append("neighbourhood = ? COLLATE NOCASE")
        params.append(query.neighbourhood.strip())
    sql = f"SELECT id, {_COLUMNS} FROM {TABLE}"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY name COLLATE NOCASE, id"
    return [_entry(row) for row in db.execute(sql, params)]


def neighbourhoods(db: sqlite_utils.Database) -> list[str]:
    """Every neighbourhood named in the register, once (first spelling), by name."""
    rows = db.execute(
        f"SELECT min(neighbourhood) FROM {TABLE} WHERE neighbourhood != '' "
        "GROUP BY neighbourhood COLLATE NOCASE ORDER BY neighbourhood COLLATE NOCASE"
    ).fetchall()
    return [row[0] for row in rows]


def count_entries(db: sqlite_utils.Database) -> int:
    return db.execute(f"SELECT count(*) FROM {TABLE}").fetchone()[0]
