"""Every stored row that belongs to one client, found by following foreign keys from clients.

Used by the right-of-access export, the transfer file and erase checks, so that tables added
by later features (webs, contacts, talents, roles) are covered without a list to keep up to date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import sqlite_utils

ROOT = "clients"


@dataclass(frozen=True)
class ForeignKey:
    column: str
    parent: str
    parent_column: str


@dataclass(frozen=True)
class LinkedTable:
    name: str
    columns: tuple[str, ...]
    has_id: bool
    foreign_keys: tuple[ForeignKey, ...]


def _user_tables(db: sqlite_utils.Database) -> list[str]:
    rows = db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name"
    ).fetchall()
    return [r[0] for r in rows]


def _describe(db: sqlite_utils.Database, table: str) -> LinkedTable:
    info = db.execute(f"PRAGMA table_info([{table}])").fetchall()
    columns = tuple(r[1] for r in info)
    has_id = any(r[1] == "id" and r[5] == 1 and str(r[2]).upper() == "INTEGER" for r in info)
    keys = tuple(
        ForeignKey(column=r[3], parent=r[2], parent_column=r[4] or "id")
        for r in db.execute(f"PRAGMA foreign_key_list([{table}])").fetchall()
    )
    return LinkedTable(table, columns, has_id, keys)


def client_tables(db: sqlite_utils.Database) -> list[LinkedTable]:
    """clients, then every table reachable from it by foreign keys, parents before children."""
    described = {t: _describe(db, t) for t in _user_tables(db)}
    members = {name for name in described if _reaches_root(described, name, set())}
    ordered = [described[ROOT]]
    placed = {ROOT}
    while len(placed) < len(members):
        ready = [
            name for name in sorted(members - placed)
            if {fk.parent for fk in described[name].foreign_keys if fk.parent != name}
            & members <= placed
        ]
        if not ready:  # a cycle between tables: keep the remaining ones in name order
            ready = sorted(members - placed)
        for name in ready:
            ordered.append(described[name])
            placed.add(name)
    return ordered


def _reaches_root(described: dict, name: str, seen: set[str]) -> bool:
    if name == ROOT:
        return True
    if name in seen or name not in described:
        return False
    seen.add(name)
    return any(_reaches_root(described, fk.parent, seen) for fk in described[name].foreign_keys)


def collect(db: sqlite_utils.Database, client_id: int) -> dict[str, list[dict]]:
    """{table: [row dicts]} for one client; a table with no rows is still listed (empty)."""
    result: dict[str, list[dict]] = {}
    keys: dict[tuple[str, str], set] = {}
    for table in client_tables(db):
        if table.name == ROOT:
            where, params = "id = ?", [client_id]
        else:
            clauses, params = [], []
            for fk in table.foreign_keys:
                values = keys.get((fk.parent, fk.parent_column))
                if values:
                    clauses.append(
                        f"[{fk.column}] IN ({','.join('?' for _ in values)})"
                    )
                    params.extend(sorted(values, key=str))
            if not clauses:
                result[table.name] = []
                continue
            where = " OR ".join(clauses)
        order = "id" if table.has_id else "rowid"
        cursor = db.execute(f"SELECT * FROM [{table.name}] WHERE {where} ORDER BY {order}", params)
        names = [d[0] for d in cursor.description]
        rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
        result[table.name] = rows
        for other in _referenced_columns(db, table.name):
            keys[(table.name, other)] = {r[other] for r in rows if other in r}
    return result


def _referenced_columns(db: sqlite_utils.Database, table: str) -> set[str]:
    """The columns of ``table`` that other tables point at (usually just 'id')."""
    wanted = set()
    for other in _user_tables(db):
        for r in db.execute(f"PRAGMA foreign_key_list([{other}])").fetchall():
            if r[2] == table:
                wanted.add(r[4] or "id")
    return wanted


def count_rows(rows: dict[str, list[dict]]) -> int:
    return sum(len(v) for v in rows.values())


# Columns that hold JSON without a json_valid() check in the schema.
_JSON_WITHOUT_CHECK = {("web_versions", "domain_set")}


def json_columns(db: sqlite_utils.Database) -> set[tuple[str, str]]:
    """(table, column) of every column that stores JSON text (so exports can parse it)."""
    found = set(_JSON_WITHOUT_CHECK)
    for name, sql in db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL"
    ).fetchall():
        for column in re.findall(r"json_valid\(\s*\[?(\w+)\]?\s*\)", sql):
            found.add((name, column))
    return found
