"""Use cases of the neighbourhood register: list, search, edit, scan, share with colleagues,
and copy an entry into a client's own registry of contacts and places.

The register belongs to the worker and holds no client data; an export writes only register
entries (``domain.neighbourhood.exchange_file``) through the one safe output path.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import sqlite_utils

from resokit_desktop.domain.neighbourhood import exchange_file
from resokit_desktop.domain.neighbourhood.client_guard import names_private_data
from resokit_desktop.domain.neighbourhood.entry import NeighbourhoodEntry, NeighbourhoodKind
from resokit_desktop.domain.neighbourhood.exchange_file import RegisterFileRefused
from resokit_desktop.domain.neighbourhood.merge import (
    MergeAction,
    MergeItem,
    merged_entry,
    plan_merge,
)
from resokit_desktop.domain.neighbourhood.scan import NeighbourhoodScan, scan_register
from resokit_desktop.domain.web.model import EntryKind, RegistryEntry
from resokit_desktop.security.safe_output import write_bytes_atomically
from resokit_desktop.storage import clients_repo, contacts_repo, neighbourhood_repo
from resokit_desktop.storage.errors import NotFoundError, StorageError, WriteFailedError
from resokit_desktop.storage.neighbourhood_repo import EntryFilter

__all__ = [
    "ClientDataRefused", "EntryFilter", "ImportPreview", "ImportResult", "MergeAction",
    "NotFoundError",
    "RegisterFileRefused", "RegisterService", "StorageError", "WriteFailedError",
]

# Refusal codes of reading the file itself (the content's codes are in exchange_file).
NOT_A_FILE = "not_a_file"
UNREADABLE = "unreadable"
DEFAULT_NOTES_MARKER = "— Aangevuld uit het buurtregister van een collega (%1) —"

# Which kind of entry a register entry becomes in a client's registry.
_CONTACT_KIND = {
    NeighbourhoodKind.PLACE: EntryKind.PLACE,
    NeighbourhoodKind.KEY_FIGURE: EntryKind.PERSON,
    NeighbourhoodKind.INITIATIVE: EntryKind.GROUP,
    NeighbourhoodKind.ORGANISATION: EntryKind.GROUP,
    NeighbourhoodKind.INFORMAL_NETWORK: EntryKind.GROUP,
}


class ClientDataRefused(ValueError):
    """The text names the client or someone of their network: it stays out of the register."""


@dataclass
class ImportPreview:
    """What importing a colleague's file would do, item by item (conflicts can be chosen)."""

    exported_at: str
    items: list[MergeItem]

    def count(self, action: MergeAction) -> int:
        return sum(1 for item in self.items if item.action == action)


@dataclass(frozen=True)
class ImportResult:
    added: int
    merged: int
    unchanged: int


class RegisterService:
    """The register of one open dossier file."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db

    @property
    def db(self) -> sqlite_utils.Database:
        """The open file (for the organisation map, which shares the register's file)."""
        return self._db

    # -- the list and one entry ----------------------------------------------------------------
    def entries(self, query: EntryFilter | None = None) -> list[NeighbourhoodEntry]:
        return neighbourhood_repo.list_entries(self._db, query)

    def entry(self, entry_id: int) -> NeighbourhoodEntry:
        return neighbourhood_repo.get_entry(self._db, entry_id)

    def exists(self, entry_id: int) -> bool:
        return neighbourhood_repo.entry_exists(self._db, entry_id)

    def save(self, entry: NeighbourhoodEntry) -> int:
        """Store the entry (new or changed); WriteFailedError/NotFoundError when it cannot be."""
        return neighbourhood_repo.save_entry(self._db, entry)

    def delete(self, entry_id: int) -> NeighbourhoodEntry:
        """Delete the entry; returns it as it was, for ``restore``."""
        entry = self.entry(entry_id)
        neighbourhood_repo.delete_entry(self._db, entry_id)
        return entry

    def restore(self, entry: NeighbourhoodEntry) -> int:
        """Undo a delete: the entry is back under its own id (under a new one when a newer
        entry took that id meanwhile); returns the id."""
        if entry.id is not None and not self.exists(entry.id):
            return neighbourhood_repo.restore_entry(self._db, entry)
        return self.save(NeighbourhoodEntry(**{**vars(entry), "id": None}))

    def neighbourhoods(self) -> list[str]:
        return neighbourhood_repo.neighbourhoods(self._db)

    def count(self) -> int:
        return neighbourhood_repo.count_entries(self._db)

    def open_needs(self, neighbourhood: str | None = None) -> list[NeighbourhoodEntry]:
        """Entries that say what they need (for suggesting valued roles), by name."""
        return [entry for entry in self.entries(EntryFilter(neighbourhood=neighbourhood))
                if entry.needs.strip()]

    # -- the neighbourhood scan ----------------------------------------------------------------
    def scan(self, today: date | None = None) -> list[NeighbourhoodScan]:
        """Per neighbourhood: kinds held, open needs, entries not checked for a year."""
        return scan_register(self.entries(), today or date.today())

    # -- sharing with colleagues ---------------------------------------------------------------
    def export(self, target: Path, query: EntryFilter | None = None,
               now: datetime | None = None) -> int:
        """Write the (filtered) register to ``target``; returns how many entries it holds."""
        entries = self.entries(query)
        stamp = (now or datetime.now(UTC)).replace(microsecond=0).isoformat()
        write_bytes_atomically(Path(target), exchange_file.encode(entries, stamp))
        return len(entries)

    def preview_import(self, source: Path) -> ImportPreview:
        """Read and check a colleague's file and plan the merge; nothing is written."""
        register = exchange_file.decode(_read_file(Path(source)))
        return ImportPreview(register.exported_at, plan_merge(self.entries(), register.entries))

    def apply_import(self, preview: ImportPreview, notes_marker: str = DEFAULT_NOTES_MARKER,
                     today: date | None = None) -> ImportResult:
        """Store the previewed merge in one transaction (all of it or nothing)."""
        day = (today or date.today()).strftime("%d-%m-%Y")
        marker = notes_marker.replace("%1", day)
        changed = [merged_entry(item, marker) for item in preview.items
                   if item.action != MergeAction.SAME]
        neighbourhood_repo.save_entries(self._db, changed)
        return ImportResult(preview.count(MergeAction.NEW), preview.count(MergeAction.MERGE),
                            preview.count(MergeAction.SAME))

    # -- a client's registry -------------------------------------------------------------------
    def add_to_client_contacts(self, entry_id: int, client_id: int) -> tuple[int, bool]:
        """Copy the entry into the client's contacts and places; (contact id, newly added).
        A contact of the same name and kind is reused, not doubled."""
        entry = self.entry(entry_id)
        kind = _CONTACT_KIND[NeighbourhoodKind(entry.kind)]
        for contact in contacts_repo.list_contacts(self._db, client_id):
            if contact.kind == kind and contact.name.casefold() == entry.name.strip().casefold():
                return contact.id, False
        note = "\n".join(part for part in (entry.address.strip(), entry.contact.strip()) if part)
        contact = RegistryEntry(None, client_id, kind, entry.name, note)
        return contacts_repo.add_contact(self._db, contact), True


    def add_place_for_client(self, client_id: int, name: str, address: str = "",
                             neighbourhood: str = "") -> int:
        """A new register entry (kind place) for a place of a client's buurtkaart: the place's
        name, address and neighbourhood only. Raises ClientDataRefused when a field names the
        client, their address or contact details, or a person of their network; ValueError
        ("name_required") on a blank name."""
        if not name.strip():
            raise ValueError("name_required")
        client = clients_repo.get_client(self._db, client_id)
        people = [c.name for c in contacts_repo.list_contacts(self._db, client_id)
                  if c.kind == EntryKind.PERSON]
        private = [client.name, *client.name.split(), client.address, client.phone,
                   client.email, *people]
        if names_private_data((name, address, neighbourhood), private):
            raise ClientDataRefused(name)
        entry = NeighbourhoodEntry(kind=NeighbourhoodKind.PLACE, name=name.strip(),
                                   address=address.strip(), neighbourhood=neighbourhood.strip())
        return self.save(entry)


def _read_file(path: Path) -> bytes:
    """The file's bytes: a regular file only, never more than the format allows."""
    try:
        info = os.stat(path)
    except OSError as exc:
        raise RegisterFileRefused(NOT_A_FILE, str(path)) from exc
    if not stat.S_ISREG(info.st_mode):
        raise RegisterFileRefused(NOT_A_FILE, str(path))
    if info.st_size > exchange_file.MAX_FILE_BYTES:
        raise RegisterFileRefused(exchange_file.TOO_LARGE)
    try:
        with open(path, "rb") as handle:
            return handle.read(exchange_file.MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise RegisterFileRefused(UNREADABLE, str(exc)) from exc
