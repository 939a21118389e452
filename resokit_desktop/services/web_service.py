"""Use cases of the inclusion web: versions, the registry, saving, comparing, the client's words."""

from __future__ import annotations

from datetime import date

import sqlite_utils

from resokit_desktop.domain.web.comparison import WebComparison, compare_versions
from resokit_desktop.domain.web.domain_sets import (
    NDTI_SET_KEY,
    builtin_set,
    builtin_sets,
    default_set,
    set_from_data,
)
from resokit_desktop.domain.web.indicators import Indicators, compute_indicators
from resokit_desktop.domain.web.model import (
    Comparison,
    DomainSet,
    EntryKind,
    RegistryEntry,
    WebVersion,
)
from resokit_desktop.services import web_events
from resokit_desktop.storage import contacts_repo, settings_repo, web_repo
from resokit_desktop.storage.errors import NotFoundError
from resokit_desktop.storage.web_repo import VersionRow

ORG_DOMAIN_SET_KEY = "inclusion_web.organisation_domain_set"
COUNT_PAID_STAFF_KEY = "inclusion_web.ndti_count_paid_staff"


class UnknownVersionError(LookupError):
    """No web version with that date for this client."""


def organisation_domain_set(db: sqlite_utils.Database) -> DomainSet | None:
    """The organisation's own domain set from settings, or None (unset or unusable)."""
    data = settings_repo.get_setting(db, ORG_DOMAIN_SET_KEY)
    if not data:
        return None
    if isinstance(data, dict) and data.get("key") == NDTI_SET_KEY:
        return builtin_set(NDTI_SET_KEY)  # the preset follows NDTi's list, not an old copy of it
    try:
        return set_from_data(data)
    except ValueError:
        return None


def count_paid_staff(db: sqlite_utils.Database) -> bool:
    """NDTi's local choice: do paid staff count in the people and places scores (default: yes)?"""
    return settings_repo.get_setting(db, COUNT_PAID_STAFF_KEY, True) is not False


def set_count_paid_staff(db: sqlite_utils.Database, counted: bool) -> None:
    settings_repo.set_setting(db, COUNT_PAID_STAFF_KEY, bool(counted))


def indicators(db: sqlite_utils.Database, version: WebVersion) -> Indicators:
    """The version's figures under this dossier's paid-staff choice."""
    return compute_indicators(version, count_paid_staff(db))


def set_organisation_domain_set(db: sqlite_utils.Database, data: dict | None) -> None:
    """Store the organisation's own set (validated); None goes back to the built-in default."""
    if data is not None:
        set_from_data(data)
    settings_repo.set_setting(db, ORG_DOMAIN_SET_KEY, data)


def available_domain_sets(db: sqlite_utils.Database) -> list[DomainSet]:
    """Sets a new first web can use: the organisation's own first, then the built-in presets."""
    own = organisation_domain_set(db)
    return ([own] if own else []) + builtin_sets()


def preferred_domain_set(db: sqlite_utils.Database) -> DomainSet:
    return organisation_domain_set(db) or default_set()


def list_versions(db: sqlite_utils.Database, client_id: int) -> list[VersionRow]:
    return web_repo.list_versions(db, client_id)


def load_version(
    db: sqlite_utils.Database, client_id: int, version_date: str | None = None
) -> WebVersion | None:
    """One version by date, or the latest when no date is given; None when the client has none.

    Raises UnknownVersionError when a date is given and no version has it.
    """
    if version_date is not None:
        version_id = web_repo.find_version_id(db, client_id, version_date)
        if version_id is None:
            raise UnknownVersionError(version_date)
        return web_repo.load_version(db, version_id)
    versions = web_repo.list_versions(db, client_id)
    return web_repo.load_version(db, versions[-1].id) if versions else None


def load_version_by_id(db: sqlite_utils.Database, version_id: int) -> WebVersion:
    return web_repo.load_version(db, version_id)


def new_version(
    db: sqlite_utils.Database,
    client_id: int,
    version_date: date | str | None = None,
    domain_set: DomainSet | None = None,
) -> WebVersion:
    """A new dated version: a copy of the latest one made on or before that day (several a day are
    fine: a before/after in one conversation). A web dated before every other one (drawn on paper
    earlier) starts empty, with the domain set of the client's webs so comparisons stay valid."""
    day = (version_date or date.today())
    day = day.isoformat() if isinstance(day, date) else str(day)
    rows = web_repo.list_versions(db, client_id)
    earlier = [r for r in rows if r.version_date <= day]
    if earlier:
        version = web_repo.load_version(db, earlier[-1].id).copied(day)
    elif rows:
        first = web_repo.load_version(db, rows[0].id)
        version = WebVersion(None, client_id, day, first.domain_set)
    else:
        version = WebVersion(None, client_id, day, domain_set or preferred_domain_set(db))
    web_repo.insert_version(db, version)
    web_events.publish(version)
    return version


def save_version(
    db: sqlite_utils.Database, version: WebVersion, renamed: frozenset[int] = frozenset(),
) -> None:
    """Store the version as it is now (one transaction); ``renamed`` entries are renamed in the
    registry too (everywhere they appear)."""
    web_repo.save_version(db, version, renamed)
    web_events.publish(version)


def registry_names(db: sqlite_utils.Database, client_id: int) -> dict[int, tuple[str, EntryKind]]:
    """Current name and kind of every registry entry (to pick up renames made elsewhere)."""
    return {e.id: (e.name, e.kind) for e in registry(db, client_id)}


def registry(db: sqlite_utils.Database, client_id: int) -> list[RegistryEntry]:
    return contacts_repo.list_contacts(db, client_id)


def add_entry(
    db: sqlite_utils.Database, client_id: int, kind: EntryKind, name: str, note: str = ""
) -> RegistryEntry:
    """Add a contact or place to the client's registry."""
    if not name.strip():
        raise ValueError("name_required")
    entry = RegistryEntry(None, client_id, EntryKind(kind), name.strip(), note)
    contacts_repo.add_contact(db, entry)
    return entry


def unplaced_entries(db: sqlite_utils.Database, version: WebVersion) -> list[RegistryEntry]:
    """Registry entries of the client that are not on this web version."""
    return [e for e in registry(db, version.client_id) if e.id not in version.members]


def compare(db: sqlite_utils.Database, old_version_id: int, new_version_id: int) -> WebComparison:
    return compare_versions(
        web_repo.load_version(db, old_version_id), web_repo.load_version(db, new_version_id),
        count_paid_staff(db),
    )


def client_words(db: sqlite_utils.Database, old_version_id: int, new_version_id: int) -> str:
    record = web_repo.get_comparison(db, old_version_id, new_version_id)
    return record.client_words if record else ""


def record_client_words(
    db: sqlite_utils.Database, client_id: int, old_version_id: int, new_version_id: int,
    words: str,
) -> Comparison:
    """Keep the client's own words on what the change between two versions means."""
    record = Comparison(None, client_id, old_version_id, new_version_id, words)
    web_repo.save_comparison(db, record)
    return record


def client_entry(db: sqlite_utils.Database, client_id: int | None,
                 entry_id: int) -> RegistryEntry | None:
    """The registry entry ``entry_id`` when it belongs to this client (a drop from elsewhere
    may name another client's entry or one deleted meanwhile); None otherwise."""
    try:
        entry = contacts_repo.get_contact(db, entry_id)
    except NotFoundError:
        return None
    return entry if entry.client_id == client_id else None
