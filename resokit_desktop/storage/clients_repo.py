"""Clients and their consent records, with the full-text search index kept in step.

Text is stored without control characters (``domain.text_hygiene``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

import sqlite_utils

from resokit_desktop.domain.client import Client, ClientStatus, Consent, PersonType
from resokit_desktop.domain.text_hygiene import clean_line, clean_multiline
from resokit_desktop.storage.clock import now_iso
from resokit_desktop.storage.connection import transaction
from resokit_desktop.storage.errors import NotFoundError

CLIENT_COLUMNS = (
    "name", "person_type", "birth_year", "languages", "neighbourhood", "address",
    "phone", "email", "start_date", "status", "notes",
)


class ClientRow(NamedTuple):
    """What the client list shows: light enough to build 10,000 of them per keystroke."""

    id: int
    name: str
    neighbourhood: str
    status: str
    person_type: str
    updated_at: str
    # The next appointment set in the client's latest session ('YYYY-MM-DD[ HH:MM]'), or None.
    next_appointment: str | None = None


def _row_values(client: Client) -> dict:
    return {
        "name": clean_line(client.name).strip(),
        "person_type": str(client.person_type),
        "birth_year": client.birth_year,
        "languages": clean_line(client.languages).strip(),
        "neighbourhood": clean_line(client.neighbourhood).strip(),
        "address": clean_line(client.address).strip(),
        "phone": clean_line(client.phone).strip(),
        "email": clean_line(client.email).strip(),
        "start_date": client.start_date or None,
        "status": str(client.status),
        "notes": clean_multiline(client.notes),
    }


def _index(db: sqlite_utils.Database, client_id: int, values: dict) -> None:
    db.execute("DELETE FROM clients_fts WHERE rowid = ?", [client_id])
    db.execute(
        "INSERT INTO clients_fts(rowid, name, neighbourhood, notes) VALUES (?, ?, ?, ?)",
        [client_id, values["name"], values["neighbourhood"], values["notes"]],
    )


def _save_consents(db: sqlite_utils.Database, client: Client) -> None:
    keep = [c.id for c in client.consents if c.id is not None]
    placeholders = ",".join("?" for _ in keep) or "NULL"
    db.execute(
        f"DELETE FROM consents WHERE client_id = ? AND id NOT IN ({placeholders})",
        [client.id, *keep],
    )
    for consent in client.consents:
        values = [clean_line(consent.purpose).strip(), consent.given_on,
                  consent.withdrawn_on or None]
        if consent.id is None:
            cursor = db.execute(
                "INSERT INTO consents(client_id, purpose, given_on, withdrawn_on) VALUES (?,?,?,?)",
                [client.id, *values],
            )
            consent.id = cursor.lastrowid
        else:
            db.execute(
                "UPDATE consents SET purpose = ?, given_on = ?, withdrawn_on = ? "
                "WHERE id = ? AND client_id = ?",
                [*values, consent.id, client.id],
            )


def save_client(db: sqlite_utils.Database, client: Client) -> int:
    """Insert or update the client and its consents in one transaction; returns the id."""
    values = _row_values(client)
    stamp = now_iso()
    with transaction(db):
        if client.id is None:
            columns = ", ".join((*CLIENT_COLUMNS, "created_at", "updated_at"))
            marks = ", ".join("?" for _ in range(len(CLIENT_COLUMNS) + 2))
            cursor = db.execute(
                f"INSERT INTO clients ({columns}) VALUES ({marks})",
                [*values.values(), stamp, stamp],
            )
            client.id = cursor.lastrowid
        else:
            assignments = ", ".join(f"{c} = ?" for c in CLIENT_COLUMNS)
            cursor = db.execute(
                f"UPDATE clients SET {assignments}, updated_at = ? WHERE id = ?",
                [*values.values(), stamp, client.id],
            )
            if cursor.rowcount == 0:
                raise NotFoundError(f"client {client.id}")
        _index(db, client.id, values)
        _save_consents(db, client)
    return client.id


def get_client(db: sqlite_utils.Database, client_id: int) -> Client:
    row = db.execute(
        f"SELECT id, {', '.join(CLIENT_COLUMNS)} FROM clients WHERE id = ?", [client_id]
    ).fetchone()
    if row is None:
        raise NotFoundError(f"client {client_id}")
    data = dict(zip(("id", *CLIENT_COLUMNS), row, strict=True))
    data["person_type"] = PersonType(data["person_type"])
    data["status"] = ClientStatus(data["status"])
    consents = [
        Consent(id=r[0], purpose=r[1], given_on=r[2], withdrawn_on=r[3])
        for r in db.execute(
            "SELECT id, purpose, given_on, withdrawn_on FROM consents "
            "WHERE client_id = ? ORDER BY given_on, id",
            [client_id],
        )
    ]
    return Client(consents=consents, **data)


def client_exists(db: sqlite_utils.Database, client_id: int) -> bool:
    return db.execute("SELECT 1 FROM clients WHERE id = ?", [client_id]).fetchone() is not None


def set_status(db: sqlite_utils.Database, client_id: int, status: ClientStatus) -> None:
    with transaction(db):
        cursor = db.execute(
            "UPDATE clients SET status = ?, updated_at = ? WHERE id = ?",
            [str(status), now_iso(), client_id],
        )
        if cursor.rowcount == 0:
            raise NotFoundError(f"client {client_id}")


def delete_client(db: sqlite_utils.Database, client_id: int) -> None:
    """Delete the client for good: every row that belongs to it goes (foreign-key cascades)."""
    with transaction(db):
        db.execute("DELETE FROM clients_fts WHERE rowid = ?", [client_id])
        cursor = db.execute("DELETE FROM clients WHERE id = ?", [client_id])
        if cursor.rowcount == 0:
            raise NotFoundError(f"client {client_id}")


_TOKEN = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str | None:
    """Turn what the user typed into a prefix query; None when nothing searchable is left."""
    tokens = _TOKEN.findall(text)
    if not tokens:
        return None
    return " ".join(f'"{t}"*' for t in tokens)


def list_clients(
    db: sqlite_utils.Database,
    search: str = "",
    statuses: tuple[str, ...] | None = None,
) -> list[ClientRow]:
    """Clients matching the search text and statuses, ordered by name."""
    sql = (
        "SELECT c.id, c.name, c.neighbourhood, c.status, c.person_type, c.updated_at,"
        " (SELECT s.next_appointment FROM sessions s WHERE s.client_id = c.id"
        "  ORDER BY s.date DESC, s.id DESC LIMIT 1)"
        " FROM clients c"
    )
    where: list[str] = []
    params: list = []
    query = fts_query(search) if search.strip() else None
    if search.strip() and query is None:
        return []
    if query:
        where.append("c.id IN (SELECT rowid FROM clients_fts WHERE clients_fts MATCH ?)")
        params.append(query)
    if statuses is not None:
        where.append(f"c.status IN ({','.join('?' for _ in statuses) or 'NULL'})")
        params.extend(statuses)
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY c.name COLLATE NOCASE, c.id"
    return [ClientRow(*row) for row in db.execute(sql, params)]


def count_clients(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT count(*) FROM clients").fetchone()[0]


# -- the client list, a page at a time ---------------------------------------------------------
SORT_NAME, SORT_NEIGHBOURHOOD, SORT_STATUS, SORT_NEXT_APPOINTMENT = (
    "name", "neighbourhood", "status", "next_appointment")

# The next appointment set in the client's latest session.
_NEXT_APPOINTMENT = (
    "(SELECT NULLIF(s.next_appointment, '') FROM sessions s WHERE s.client_id = c.id"
    " ORDER BY s.date DESC, s.id DESC LIMIT 1)"
)


@dataclass(frozen=True)
class ClientListQuery:
    """What the client list shows: search text, statuses (None: all), order."""

    search: str = ""
    statuses: tuple[str, ...] | None = None
    sort: str = SORT_NAME
    descending: bool = False
    # For SORT_STATUS: the statuses in the order their shown (translated) names sort.
    status_order: tuple[str, ...] = ("active", "closed", "archived")


def _list_filter(query: ClientListQuery) -> tuple[str, list] | None:
    """(WHERE clause or '', parameters); None when the search text can match nothing."""
    where: list[str] = []
    params: list = []
    if query.search.strip():
        match = fts_query(query.search)
        if match is None:
            return None
        where.append("c.id IN (SELECT rowid FROM clients_fts WHERE clients_fts MATCH ?)")
        params.append(match)
    if query.statuses is not None:
        where.append(f"c.status IN ({','.join('?' for _ in query.statuses) or 'NULL'})")
        params.extend(query.statuses)
    return (" WHERE " + " AND ".join(where) if where else ""), params


def _index_hint(query: ClientListQuery) -> str:
    """Walk the name-ordered index even for a broad search: the first page then costs a page,
    where sorting every match of one typed letter would cost them all."""
    if query.sort != SORT_NAME:
        return ""
    if query.statuses is None:
        return " INDEXED BY clients_name"
    return " INDEXED BY clients_status_name" if len(query.statuses) == 1 else ""


def _order(query: ClientListQuery) -> tuple[str, list]:
    way = " DESC" if query.descending else ""
    name = f"c.name COLLATE NOCASE{way}, c.id{way}"
    if query.sort == SORT_NEIGHBOURHOOD:
        return f"c.neighbourhood COLLATE NOCASE{way}, {name}", []
    if query.sort == SORT_STATUS:
        ranks = " ".join("WHEN ? THEN ?" for _ in query.status_order)
        params = [v for rank, s in enumerate(query.status_order) for v in (s, rank)]
        return f"CASE c.status {ranks} ELSE {len(query.status_order)} END{way}, {name}", params
    if query.sort == SORT_NEXT_APPOINTMENT:
        # Clients without an appointment come last, whichever way the dates run.
        return f"next_appointment IS NULL, next_appointment{way}, {name}", []
    return name, []


def _list_sql(query: ClientListQuery, columns: str) -> tuple[str, list] | None:
    found = _list_filter(query)
    if found is None:
        return None
    where, params = found
    order, order_params = _order(query)
    return (f"SELECT {columns} FROM clients c{_index_hint(query)}{where} ORDER BY {order}",
            params + order_params)


def list_client_page(db: sqlite_utils.Database, query: ClientListQuery,
                     offset: int, limit: int) -> list[ClientRow]:
    """One page of the client list, in the list's order: only these rows are read in full."""
    built = _list_sql(query, "c.id, c.name, c.neighbourhood, c.status, c.person_type,"
                             f" c.updated_at, {_NEXT_APPOINTMENT} AS next_appointment")
    if built is None:
        return []
    sql, params = built
    rows = db.execute(f"{sql} LIMIT ? OFFSET ?", [*params, limit, offset])
    return [ClientRow(*row) for row in rows]


def list_client_ids(db: sqlite_utils.Database, query: ClientListQuery,
                    offset: int, limit: int) -> list[int]:
    """Only the ids of a stretch of the list (in name order straight from an index)."""
    columns = "c.id"
    if query.sort == SORT_NEXT_APPOINTMENT:
        columns += f", {_NEXT_APPOINTMENT} AS next_appointment"
    built = _list_sql(query, columns)
    if built is None:
        return []
    sql, params = built
    return [row[0] for row in db.execute(f"{sql} LIMIT ? OFFSET ?", [*params, limit, offset])]


def client_rows(db: sqlite_utils.Database, ids: list[int]) -> list[ClientRow]:
    """The list rows of these clients (in no particular order); ids not found are left out."""
    marks = ",".join("?" for _ in ids) or "NULL"
    rows = db.execute(
        "SELECT c.id, c.name, c.neighbourhood, c.status, c.person_type, c.updated_at,"
        f" {_NEXT_APPOINTMENT} FROM clients c WHERE c.id IN ({marks})", ids)
    return [ClientRow(*row) for row in rows]


def count_client_list(db: sqlite_utils.Database, query: ClientListQuery) -> int:
    """How many clients the list holds; without search text an index count."""
    found = _list_filter(query)
    if found is None:
        return 0
    where, params = found
    return db.execute(f"SELECT count(*) FROM clients c{where}", params).fetchone()[0]


def client_list_position(db: sqlite_utils.Database, query: ClientListQuery,
                         client_id: int) -> int | None:
    """The client's row number in the list, or None when the list does not hold it."""
    found = _list_filter(query)
    if found is None:
        return None
    where, params = found
    held = db.execute(
        f"SELECT c.name FROM clients c{where}{' AND' if where else ' WHERE'} c.id = ?",
        [*params, client_id]).fetchone()
    if held is None:
        return None
    if query.sort == SORT_NAME:
        # Count the rows before it along the name index.
        before = ">" if query.descending else "<"
        sql = (f"SELECT count(*) FROM clients c{_index_hint(query)}{where}"
               f"{' AND' if where else ' WHERE'} (c.name COLLATE NOCASE, c.id) {before} (?, ?)")
        return db.execute(sql, [*params, held[0], client_id]).fetchone()[0]
    built = _list_sql(query, f"c.id, {_NEXT_APPOINTMENT} AS next_appointment")
    assert built is not None
    for row, (found_id, _next) in enumerate(db.execute(*built)):
        if found_id == client_id:
            return row
    return None
