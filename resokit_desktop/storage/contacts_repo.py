"""The per-client registry of contacts and places that web members (and other tools) refer to."""

from __future__ import annotations

import sqlite_utils

from resokit_desktop.domain.text_hygiene import clean_line, clean_multiline
from resokit_desktop.domain.web.model import EntryKind, RegistryEntry
from resokit_desktop.storage.clock import now_iso
from resokit_desktop.storage.connection import transaction
from resokit_desktop.storage.errors import NotFoundError


def _entry(row: tuple) -> RegistryEntry:
    return RegistryEntry(row[0], row[1], EntryKind(row[2]), row[3], row[4])


def add_contact(db: sqlite_utils.Database, entry: RegistryEntry) -> int:
    """Store a new registry entry; returns (and sets) its id."""
    stamp = now_iso()
    with transaction(db):
        cursor = db.execute(
            "INSERT INTO contacts(client_id, kind, name, note, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [entry.client_id, str(entry.kind), clean_line(entry.name).strip(),
             clean_multiline(entry.note), stamp, stamp],
        )
    entry.id = cursor.lastrowid
    return entry.id


def update_contact(db: sqlite_utils.Database, entry: RegistryEntry) -> None:
    """Rename or re-kind an entry: the change shows in every version and tool."""
    with transaction(db):
        cursor = db.execute(
            "UPDATE contacts SET kind = ?, name = ?, note = ?, updated_at = ? "
            "WHERE id = ? AND client_id = ?",
            [str(entry.kind), clean_line(entry.name).strip(), clean_multiline(entry.note),
             now_iso(), entry.id, entry.client_id],
        )
        if cursor.rowcount == 0:
            raise NotFoundError(f"contact {entry.id}")


def get_contact(db: sqlite_utils.Database, contact_id: int) -> RegistryEntry:
    row = db.execute(
        "SELECT id, client_id, kind, name, note FROM contacts WHERE id = ?", [contact_id]
    ).fetchone()
    if row is None:
        raise NotFoundError(f"contact {contact_id}")
    return _entry(row)


def list_contacts(db: sqlite_utils.Database, client_id: int) -> list[RegistryEntry]:
    """Every registry entry of the client, ordered by name."""
    return [
        _entry(row)
        for row in db.execute(
            "SELECT id, client_id, kind, name, note FROM contacts WHERE client_id = ? "
            "ORDER BY name COLLATE NOCASE, id",
            [client_id],
        )
    ]


def delete_contact(db: sqlite_utils.Database, contact_id: int) -> None:
    """Remove an entry from the registry and from every web version it was on."""
    with transaction(db):
        db.execute("DELETE FROM contacts WHERE id = ?", [contact_id])
