"""The register file colleagues share: plain JSON with a format name and version, holding
register entries only; reading it treats the file as hostile and refuses anything else."""

from __future__ import annotations

import json
from dataclasses import dataclass

from resokit_desktop.domain.neighbourhood.entry import (
    ENTRY_FIELDS,
    MAX_LINE,
    MAX_TEXT,
    NeighbourhoodEntry,
    NeighbourhoodKind,
    validate_entry,
)
from resokit_desktop.domain.text_hygiene import clean_line, clean_multiline

FORMAT = "resokit-neighbourhood-register"
VERSION = 1
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ENTRIES = 20_000
# Written into every file, in the three languages of the app: the file says what it holds.
NOTICE = (
    "Buurtregister: alleen plaatsen, sleutelfiguren, initiatieven en organisaties uit de buurt. "
    "Dit bestand bevat geen cliëntgegevens. / Registre du quartier : uniquement des lieux, "
    "personnes-clés, initiatives et organisations du quartier. Ce fichier ne contient aucune "
    "donnée de client. / Neighbourhood register: only places, key figures, initiatives and "
    "organisations of the neighbourhood. This file holds no client data."
)
_TOP_KEYS = {"format", "version", "exported_at", "notice", "entries"}


class RegisterFileRefused(ValueError):
    """The file is not a register export we can read; ``code`` says why, ``detail`` where."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


# Refusal codes.
TOO_LARGE = "too_large"
NOT_JSON = "not_json"
NOT_A_REGISTER = "not_a_register"
NEWER = "newer_version"
UNEXPECTED_FIELD = "unexpected_field"
INVALID_ENTRY = "invalid_entry"
TOO_MANY = "too_many"


@dataclass(frozen=True)
class RegisterFile:
    exported_at: str
    entries: list[NeighbourhoodEntry]


def encode(entries: list[NeighbourhoodEntry], exported_at: str) -> bytes:
    """The file's bytes: UTF-8 JSON, one entry per object, only register fields."""
    document = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": exported_at,
        "notice": NOTICE,
        "entries": [{name: _plain(getattr(e, name)) for name in ENTRY_FIELDS} for e in entries],
    }
    return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _plain(value: object) -> object:
    return str(value) if isinstance(value, NeighbourhoodKind) else value


def decode(data: bytes) -> RegisterFile:
    """The entries of a register file; RegisterFileRefused when it is anything else."""
    if len(data) > MAX_FILE_BYTES:
        raise RegisterFileRefused(TOO_LARGE)
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise RegisterFileRefused(NOT_JSON, str(exc)[:200]) from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise RegisterFileRefused(NOT_A_REGISTER)
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise RegisterFileRefused(NOT_A_REGISTER, "version")
    if version > VERSION:
        raise RegisterFileRefused(NEWER, str(version))
    extra = set(document) - _TOP_KEYS
    if extra:
        raise RegisterFileRefused(UNEXPECTED_FIELD, sorted(extra)[0])
    rows = document.get("entries")
    if not isinstance(rows, list):
        raise RegisterFileRefused(NOT_A_REGISTER, "entries")
    if len(rows) > MAX_ENTRIES:
        raise RegisterFileRefused(TOO_MANY, str(len(rows)))
    exported_at = document.get("exported_at")
    return RegisterFile(exported_at if isinstance(exported_at, str) else "",
                        [_entry(row, number) for number, row in enumerate(rows, start=1)])


def _entry(row: object, number: int) -> NeighbourhoodEntry:
    where = f"entry {number}"
    if not isinstance(row, dict):
        raise RegisterFileRefused(INVALID_ENTRY, where)
    extra = set(row) - set(ENTRY_FIELDS)
    if extra:
        raise RegisterFileRefused(UNEXPECTED_FIELD, f"{where}: {sorted(extra)[0]}")
    values: dict[str, object] = {}
    for name in ENTRY_FIELDS:
        value = row.get(name)
        if name == "last_checked":
            if value is not None and not isinstance(value, str):
                raise RegisterFileRefused(INVALID_ENTRY, f"{where}: {name}")
            values[name] = value or None
            continue
        if value is None:
            value = ""
        if not isinstance(value, str) or len(value) > MAX_TEXT:
            raise RegisterFileRefused(INVALID_ENTRY, f"{where}: {name}")
        values[name] = clean_multiline(value) if name in ("offers", "needs", "accessibility",
                                                          "notes") else clean_line(value).strip()
    try:
        values["kind"] = NeighbourhoodKind(values["kind"])
    except ValueError as exc:
        raise RegisterFileRefused(INVALID_ENTRY, f"{where}: kind") from exc
    entry = NeighbourhoodEntry(**values)  # type: ignore[arg-type]
    problems = validate_entry(entry)
    if problems or len(entry.name) > MAX_LINE:
        field = problems[0].field if problems else "name"
        raise RegisterFileRefused(INVALID_ENTRY, f"{where}: {field}")
    return entry
