"""Every value of a handover file checked as the app itself would store it, before any write.

The file's schema is already known to be ours; this checks what SQLite's flexible typing lets
through: a name that is bytes or a number, a session type the app does not know, a date that
is no date, a note so long it would take the importing computer's memory. The first problem
found is reported with the field it is in ("sessions.type") and why.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime
from enum import StrEnum

from resokit_desktop.domain.buurtkaart import Feeling, PinStatus
from resokit_desktop.domain.client import ClientStatus, PersonType
from resokit_desktop.domain.roles import Barrier, GoodThing
from resokit_desktop.domain.session import SessionType
from resokit_desktop.domain.web.domain_sets import set_from_data
from resokit_desktop.domain.web.tie_fields import TIE_FIELDS, FieldKind

# A note longer than this (about 500 pages of text) is refused, not loaded: the importing
# computer would need several times its size in memory.
MAX_TEXT_BYTES = 1_000_000
# All values of one column together (e.g. every session note): bounds the memory of an import.
MAX_COLUMN_BYTES = 50_000_000
MAX_NAME_CHARS = 200
EARLIEST_YEAR, LATEST_YEAR = 1900, 2200

# Reasons (the UI turns each into a sentence).
NOT_TEXT = "not_text"
NOT_NUMBER = "not_number"
MISSING = "missing"
TOO_LONG = "too_long"
TOO_MUCH = "too_much"
UNKNOWN_CODE = "unknown_code"
NOT_A_DATE = "not_a_date"
NOT_YES_NO = "not_yes_no"
BAD_STRUCTURE = "bad_structure"


class InvalidValue(ValueError):
    """One value that must not be imported; ``field`` is 'table.column'."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


def _codes(enum: type[StrEnum]) -> frozenset[str]:
    return frozenset(str(member) for member in enum)


# Codes the app reads back into an enum (a value outside raises when the client is opened).
CODES: dict[tuple[str, str], frozenset[str]] = {
    ("clients", "person_type"): _codes(PersonType),
    ("clients", "status"): _codes(ClientStatus),
    ("sessions", "type"): _codes(SessionType),
    ("map_pins", "status"): _codes(PinStatus),
    ("map_pins", "feeling"): _codes(Feeling),
    # Every choice among the tie fields (domain/web/tie_fields.py), by its column.
    **{("web_members", f.name): _codes(f.values) for f in TIE_FIELDS
       if f.kind == FieldKind.CHOICE},
}
CODE_LISTS: dict[tuple[str, str], frozenset[str]] = {  # comma-separated in the column
    **{("web_members", f.name): _codes(f.values) for f in TIE_FIELDS if f.kind == FieldKind.SET},
}
JSON_CODE_LISTS: dict[tuple[str, str], frozenset[str]] = {
    ("role_plans", "brings"): _codes(GoodThing),
    ("role_plans", "barriers"): _codes(Barrier),
}
JSON_TEXTS = frozenset({("talent_cards", "labels"), ("talent_cards", "prompts")})
YES_NO = frozenset({("agreements", "done"), ("client_talents", "gives_energy"),
                    ("current_roles", "still_held"), ("role_steps", "done"),
                    *(("web_members", f.name) for f in TIE_FIELDS if f.kind == FieldKind.FLAG)})
RANGES: dict[tuple[str, str], tuple[float, float]] = {
    ("web_members", "ring"): (1, 3), ("web_members", "angle"): (0, 1),
    ("web_members", "radius"): (0, 1), ("client_talents", "focus_rank"): (1, 3),
    ("map_pins", "x"): (0, 1), ("map_pins", "y"): (0, 1),
    ("map_versions", "home_x"): (0, 1), ("map_versions", "home_y"): (0, 1),
}
DATES = frozenset({
    ("clients", "start_date"), ("consents", "given_on"), ("consents", "withdrawn_on"),
    ("sessions", "date"), ("agreements", "due_date"), ("web_versions", "version_date"),
    ("role_plans", "status_since"), ("role_steps", "due_date"),
    ("map_versions", "version_date"), ("talent_sorts", "sort_date"),
})
DATES_WITH_TIME = frozenset({("sessions", "next_appointment")})
TIMESTAMPS = frozenset({"created_at", "updated_at"})
NAMES = frozenset({("clients", "name"), ("contacts", "name")})
YEARS = frozenset({("clients", "birth_year")})


def check_lengths(sizes: dict[tuple[str, str], tuple[int, int]]) -> None:
    """Refuse values too long to load, from (longest, total) sizes SQLite measured unloaded."""
    for (table, column), (longest, total) in sorted(sizes.items()):
        if longest > MAX_TEXT_BYTES:
            raise InvalidValue(f"{table}.{column}", TOO_LONG)
        if total > MAX_COLUMN_BYTES:
            raise InvalidValue(f"{table}.{column}", TOO_MUCH)


def _check_date(field: str, value: object, with_time: bool = False) -> None:
    if not isinstance(value, str):
        raise InvalidValue(field, NOT_A_DATE)
    day, _, rest = value.strip().partition(" ")
    try:
        parsed = date.fromisoformat(day)
    except ValueError:
        raise InvalidValue(field, NOT_A_DATE) from None
    if not EARLIEST_YEAR <= parsed.year <= LATEST_YEAR or (rest and not with_time):
        raise InvalidValue(field, NOT_A_DATE)
    if rest and len(rest) > 20:
        raise InvalidValue(field, NOT_A_DATE)


def _check_timestamp(field: str, value: object) -> None:
    if not isinstance(value, str) or len(value) > 40:
        raise InvalidValue(field, NOT_A_DATE)
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise InvalidValue(field, NOT_A_DATE) from None
    if not EARLIEST_YEAR <= parsed.year <= LATEST_YEAR:
        raise InvalidValue(field, NOT_A_DATE)


def _check_type(field: str, declared: str, value: object) -> None:
    if "INT" in declared:
        if not isinstance(value, int) or isinstance(value, bool):
            raise InvalidValue(field, NOT_NUMBER)
    elif "REAL" in declared:
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise InvalidValue(field, NOT_NUMBER)
    elif "TEXT" in declared and not isinstance(value, str):
        raise InvalidValue(field, NOT_TEXT)
    if isinstance(value, str) and len(value.encode("utf-8", "surrogatepass")) > MAX_TEXT_BYTES:
        raise InvalidValue(field, TOO_LONG)


def _json(field: str, value: str) -> object:
    try:
        return json.loads(value)
    except (ValueError, RecursionError):
        raise InvalidValue(field, BAD_STRUCTURE) from None


def _check_app_rules(table: str, column: str, value: object) -> None:
    field, key = f"{table}.{column}", (table, column)
    if key in CODES and value not in CODES[key]:
        raise InvalidValue(field, UNKNOWN_CODE)
    if key in CODE_LISTS and not {v for v in str(value).split(",") if v} <= CODE_LISTS[key]:
        raise InvalidValue(field, UNKNOWN_CODE)
    if key in JSON_CODE_LISTS:
        items = _json(field, str(value))
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            raise InvalidValue(field, BAD_STRUCTURE)
        if not set(items) <= JSON_CODE_LISTS[key]:
            raise InvalidValue(field, UNKNOWN_CODE)
    if key in JSON_TEXTS:
        texts = _json(field, str(value))
        if not isinstance(texts, dict) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in texts.items()):
            raise InvalidValue(field, BAD_STRUCTURE)
    if key == ("web_versions", "domain_set"):
        data = _json(field, str(value))
        try:
            set_from_data(data if isinstance(data, dict) else {})
        except ValueError:
            raise InvalidValue(field, BAD_STRUCTURE) from None
    if key in YES_NO and value not in (0, 1):
        raise InvalidValue(field, NOT_YES_NO)
    if key in DATES or key in DATES_WITH_TIME:
        _check_date(field, value, with_time=key in DATES_WITH_TIME)
    if column in TIMESTAMPS:
        _check_timestamp(field, value)
    if key in NAMES and (not str(value).strip() or len(str(value)) > MAX_NAME_CHARS):
        raise InvalidValue(field, TOO_LONG if str(value).strip() else MISSING)
    if key in YEARS and not EARLIEST_YEAR <= int(value) <= LATEST_YEAR:
        raise InvalidValue(field, NOT_NUMBER)
    if key in RANGES and not RANGES[key][0] <= float(value) <= RANGES[key][1]:
        raise InvalidValue(field, NOT_NUMBER)


def check_rows(tables: dict[str, Iterable[dict]], specs: dict[str, dict[str, tuple]]) -> None:
    """Raise InvalidValue for the first value the app would not store itself."""
    for table, rows in tables.items():
        columns = specs.get(table, {})
        for row in rows:
            for column, value in row.items():
                declared, not_null, allowed = columns.get(column, ("", False, ()))
                field = f"{table}.{column}"
                if value is None:
                    if not_null:
                        raise InvalidValue(field, MISSING)
                    continue
                _check_type(field, declared, value)
                if allowed and str(value) not in allowed:
                    raise InvalidValue(field, UNKNOWN_CODE)
                _check_app_rules(table, column, value)
