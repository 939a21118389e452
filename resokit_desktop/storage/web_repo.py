"""Web versions with their members and who-knows-whom ties, and the comparisons between versions."""

from __future__ import annotations

import json
from dataclasses import dataclass

import sqlite_utils

from resokit_desktop.domain.text_hygiene import clean_line, clean_multiline, cleaned
from resokit_desktop.domain.web.domain_sets import set_from_data, set_to_data
from resokit_desktop.domain.web.model import (
    Comparison,
    EntryKind,
    Member,
    Position,
    WebVersion,
)
from resokit_desktop.domain.web.tie_fields import (
    TIE_FIELD_NAMES,
    TIE_FIELDS,
    FieldKind,
    TieField,
    tie_from_plain,
)
from resokit_desktop.storage.clock import now_iso
from resokit_desktop.storage.connection import transaction
from resokit_desktop.storage.errors import NotFoundError

POSITION_COLUMNS = ("domain_key", "ring", "angle", "radius")
# One column per tie field, named as the field (domain/web/tie_fields.py).
MEMBER_COLUMNS = (*POSITION_COLUMNS, *TIE_FIELD_NAMES)


@dataclass(frozen=True)
class VersionRow:
    id: int
    version_date: str
    member_count: int


def _column_value(field: TieField, value) -> str | int:
    plain = field.plain(value)
    if field.kind == FieldKind.FLAG:
        return int(plain)
    if field.kind == FieldKind.TEXT:
        return clean_line(plain).strip()
    if field.kind == FieldKind.NOTE:
        return clean_multiline(plain)
    return plain


def _member_values(member: Member) -> list:
    p = member.position
    return [p.domain, int(p.ring), float(p.angle), float(p.radius),
            *[_column_value(f, getattr(member.tie, f.name)) for f in TIE_FIELDS]]


def _member(row: tuple) -> Member:
    contact_id, name, kind, domain, ring, angle, radius = row[:7]
    tie = tie_from_plain(dict(zip(TIE_FIELD_NAMES, row[7:], strict=True)))
    return Member(contact_id, name, EntryKind(kind), Position(domain, ring, angle, radius), tie)


def list_versions(db: sqlite_utils.Database, client_id: int) -> list[VersionRow]:
    """The client's web versions, oldest first."""
    return [
        VersionRow(*row)
        for row in db.execute(
            "SELECT v.id, v.version_date, (SELECT count(*) FROM web_members m "
            "WHERE m.version_id = v.id) FROM web_versions v WHERE v.client_id = ? "
            "ORDER BY v.version_date, v.id",
            [client_id],
        )
    ]


def find_version_id(db: sqlite_utils.Database, client_id: int, version_date: str) -> int | None:
    row = db.execute(
        # Several versions may share a day: the last one made that day.
        "SELECT id FROM web_versions WHERE client_id = ? AND version_date = ? "
        "ORDER BY id DESC LIMIT 1",
        [client_id, version_date],
    ).fetchone()
    return None if row is None else row[0]


def load_version(db: sqlite_utils.Database, version_id: int) -> WebVersion:
    row = db.execute(
        "SELECT id, client_id, version_date, domain_set FROM web_versions WHERE id = ?",
        [version_id],
    ).fetchone()
    if row is None:
        raise NotFoundError(f"web version {version_id}")
    version = WebVersion(
        id=row[0], client_id=row[1], version_date=row[2],
        domain_set=set_from_data(json.loads(row[3])),
    )
    columns = ", ".join(f"m.{c}" for c in MEMBER_COLUMNS)
    for member_row in db.execute(
        f"SELECT m.contact_id, c.name, c.kind, {columns} FROM web_members m "
        "JOIN contacts c ON c.id = m.contact_id WHERE m.version_id = ? ORDER BY m.contact_id",
        [version_id],
    ):
        member = _member(member_row)
        version.members[member.entry_id] = member
    version.ties = {
        (a, b)
        for a, b in db.execute(
            "SELECT contact_a, contact_b FROM web_ties WHERE version_id = ?", [version_id]
        )
    }
    return version


def _write_content(
    db: sqlite_utils.Database, version: WebVersion, renamed: frozenset[int] = frozenset(),
) -> None:
    db.execute("DELETE FROM web_ties WHERE version_id = ?", [version.id])
    db.execute("DELETE FROM web_members WHERE version_id = ?", [version.id])
    columns = ", ".join(MEMBER_COLUMNS)
    marks = ", ".join("?" for _ in range(len(MEMBER_COLUMNS) + 2))
    db.conn.executemany(
        f"INSERT INTO web_members(version_id, contact_id, {columns}) VALUES ({marks})",
        [[version.id, m.entry_id, *_member_values(m)] for m in version.members.values()],
    )
    db.conn.executemany(
        "INSERT INTO web_ties(version_id, contact_a, contact_b) VALUES (?, ?, ?)",
        [[version.id, a, b] for a, b in sorted(version.ties)],
    )
    # Names and kinds belong to the registry: a rename on the web is a rename everywhere. Only
    # the members renamed here are written, so a rename made elsewhere is never undone by a
    # web that still shows the old name.
    stamp = now_iso()
    db.conn.executemany(
        "UPDATE contacts SET name = ?, kind = ?, updated_at = ? WHERE id = ? AND client_id = ?",
        [
            [clean_line(m.name).strip(), str(m.kind), stamp, m.entry_id, version.client_id]
            for m in version.members.values() if m.entry_id in renamed
        ],
    )


def insert_version(db: sqlite_utils.Database, version: WebVersion) -> int:
    """Store a new version with its members and ties in one transaction; returns its id."""
    stamp = now_iso()
    with transaction(db):
        cursor = db.execute(
            "INSERT INTO web_versions(client_id, version_date, domain_set, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?)",
            [version.client_id, version.version_date,
             json.dumps(cleaned(set_to_data(version.domain_set)), ensure_ascii=False),
             stamp, stamp],
        )
        version.id = cursor.lastrowid
        _write_content(db, version)
    return version.id


def save_version(
    db: sqlite_utils.Database, version: WebVersion, renamed: frozenset[int] = frozenset(),
) -> None:
    """Replace the stored members and ties of an existing version with these, in one transaction.

    ``renamed``: entry ids whose name or kind changed on this web; the registry takes those over.
    """
    with transaction(db):
        cursor = db.execute(
            "UPDATE web_versions SET updated_at = ? WHERE id = ? AND client_id = ?",
            [now_iso(), version.id, version.client_id],
        )
        if cursor.rowcount == 0:
            raise NotFoundError(f"web version {version.id}")
        _write_content(db, version, frozenset(renamed))


def get_comparison(db: sqlite_utils.Database, old_id: int, new_id: int) -> Comparison | None:
    row = db.execute(
        "SELECT id, client_id, old_version_id, new_version_id, client_words FROM web_comparisons "
        "WHERE old_version_id = ? AND new_version_id = ?",
        [old_id, new_id],
    ).fetchone()
    return None if row is None else Comparison(*row)


def save_comparison(db: sqlite_utils.Database, comparison: Comparison) -> int:
    """Insert or update the comparison of two versions (one record per pair); returns its id."""
    stamp = now_iso()
    with transaction(db):
        db.execute(
            "INSERT INTO web_comparisons(client_id, old_version_id, new_version_id, client_words, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(old_version_id, new_version_id) DO UPDATE SET "
            "client_words = excluded.client_words, updated_at = excluded.updated_at",
            [comparison.client_id, comparison.old_version_id, comparison.new_version_id,
             clean_multiline(comparison.client_words), stamp, stamp],
        )
        row = db.execute(
            "SELECT id FROM web_comparisons WHERE old_version_id = ? AND new_version_id = ?",
            [comparison.old_version_id, comparison.new_version_id],
        ).fetchone()
    comparison.id = row[0]
    return comparison.id


def list_comparisons(db: sqlite_utils.Database, client_id: int) -> list[Comparison]:
    return [
        Comparison(*row)
        for row in db.execute(
            "SELECT id, client_id, old_version_id, new_version_id, client_words "
            "FROM web_comparisons WHERE client_id = ? ORDER BY id",
            [client_id],
        )
    ]
