"""A neighbourhood register entry, its kinds, its checks, and the key that spots a duplicate."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, fields, replace
from datetime import date
from enum import StrEnum

from resokit_desktop.domain.text_hygiene import is_blank
from resokit_desktop.domain.validation import FieldError, parse_iso_date

MAX_LINE = 200
MAX_TEXT = 4000


class NeighbourhoodKind(StrEnum):
    """What an entry is: the treasures of a neighbourhood the method names."""

    PLACE = "place"
    KEY_FIGURE = "key_figure"
    INITIATIVE = "initiative"
    ORGANISATION = "organisation"
    INFORMAL_NETWORK = "informal_network"


@dataclass
class NeighbourhoodEntry:
    """One place, person, initiative, organisation or informal network; never client data."""

    id: int | None = None
    kind: NeighbourhoodKind = NeighbourhoodKind.PLACE
    name: str = ""
    address: str = ""  # a street address, or a description of where to find it
    neighbourhood: str = ""
    offers: str = ""
    needs: str = ""  # what they look for: the start of a valued role for someone
    contact: str = ""
    opening_hours: str = ""
    accessibility: str = ""
    languages: str = ""
    notes: str = ""
    last_checked: str | None = None  # ISO date the worker last checked the entry


# Fields of one line and fields of free text (the rest: id, kind, last_checked).
LINE_FIELDS = ("name", "address", "neighbourhood", "contact", "opening_hours", "languages")
TEXT_FIELDS = ("offers", "needs", "accessibility", "notes")
# Every stored field but the id, in form order: what an export carries.
ENTRY_FIELDS = tuple(f.name for f in fields(NeighbourhoodEntry) if f.name != "id")


def validate_entry(entry: NeighbourhoodEntry) -> list[FieldError]:
    """Every problem with the entry; empty when it may be stored."""
    errors: list[FieldError] = []
    if is_blank(entry.name):
        errors.append(FieldError("name", "required"))
    for name in LINE_FIELDS:
        if len(getattr(entry, name) or "") > MAX_LINE:
            errors.append(FieldError(name, "too_long"))
    for name in TEXT_FIELDS:
        if len(getattr(entry, name) or "") > MAX_TEXT:
            errors.append(FieldError(name, "too_long"))
    try:
        NeighbourhoodKind(entry.kind)
    except ValueError:
        errors.append(FieldError("kind", "invalid"))
    try:
        parse_iso_date(entry.last_checked)
    except ValueError:
        errors.append(FieldError("last_checked", "date_invalid"))
    return errors


_NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)


def keep_valid_fields(typed: NeighbourhoodEntry, stored: NeighbourhoodEntry,
                      errors: list[FieldError]) -> NeighbourhoodEntry | None:
    """``typed`` with each wrong field set back to ``stored``'s value; None when that copy is
    still invalid or changes nothing (then there is nothing to store)."""
    kept = replace(typed)
    for error in errors:
        setattr(kept, error.field, getattr(stored, error.field))
    if validate_entry(kept) or kept == stored:
        return None
    return kept


def normalised(text: str) -> str:
    """Case, accents, punctuation and spacing removed: 'Rue  Haute 12' == 'rue haute, 12'."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NOT_WORD.sub(" ", bare.casefold()).strip()


def duplicate_key(entry: NeighbourhoodEntry) -> tuple[str, str]:
    """Two entries with the same key describe the same thing (same name and address)."""
    return normalised(entry.name), normalised(entry.address)


def checked_before(entry: NeighbourhoodEntry, cutoff: date) -> bool:
    """True when the entry was never checked, or last checked before the cutoff day."""
    checked = parse_iso_date(entry.last_checked)
    return checked is None or checked < cutoff
