"""Test helper: canary strings in every text field of every client table, and raw-byte scans."""

from __future__ import annotations

import json
import re
import subprocess
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from resokit_desktop.domain.client import Client, Consent
from resokit_desktop.domain.session import Agreement, Session
from resokit_desktop.storage import client_rows_repo, clients_repo, sessions_repo, settings_repo
from resokit_desktop.storage.connection import DbError


@dataclass
class Canaries:
    """The canaries written for one client: field label -> the unique token inside it."""

    client_id: int = 0
    tokens: dict[str, str] = field(default_factory=dict)
    uncovered_tables: list[str] = field(default_factory=list)

    def make(self, label: str) -> str:
        token = "cnry" + uuid.uuid4().hex[:16]
        self.tokens[label] = token
        return f"CANARY-Ω-名字-{token}-{label}"


def write_client_canaries(db: sqlite_utils.Database, with_settings: bool = True) -> Canaries:
    """One client with canaries in every free-text field, through the real repositories."""
    c = Canaries()
    client = Client(
        name=c.make("name"), languages=c.make("languages"), neighbourhood=c.make("hood"),
        address=c.make("address"), phone=c.make("phone"),
        email=f"{c.make('email').split('-')[3]}@example.org", notes=c.make("notes"),
        consents=[Consent(purpose=c.make("consent"), given_on="2026-01-05")],
    )
    c.client_id = clients_repo.save_client(db, client)
    sessions_repo.save_session(db, Session(
        client_id=c.client_id, date="2026-02-03", worked_on=c.make("worked_on"),
        client_words=c.make("client_words"), worker_observations=c.make("observations"),
        next_appointment="2026-03-01",
        agreements=[Agreement(what=c.make("agreement_what"), who=c.make("agreement_who"))],
    ))
    if with_settings:
        settings_repo.set_setting(db, f"worker_note_{c.client_id}", c.make("setting"))
    _fill_other_tables(db, c)
    return c


def _fill_other_tables(db: sqlite_utils.Database, c: Canaries) -> None:
    """Tables later features add (webs, contacts…): rows with a canary in each text column.

    Enumerated columns (``x IN ('a', 'b')``) get one of their values, JSON columns a JSON
    object holding a canary; a table whose rows all fail its constraints is reported.
    """
    for table in client_rows_repo.client_tables(db):
        rows = client_rows_repo.collect(db, c.client_id)
        if rows.get(table.name):
            continue
        sql = db.execute(
            "SELECT sql FROM sqlite_master WHERE name = ?", [table.name]).fetchone()[0]
        info = db.execute(f"PRAGMA table_info([{table.name}])").fetchall()
        inserted = 0
        for attempt in range(4):
            values = _row_values(table, info, sql, rows, attempt, c)
            if values is None:
                break
            try:
                columns = ", ".join(f"[{k}]" for k in values)
                db.execute(
                    f"INSERT INTO [{table.name}] ({columns}) "
                    f"VALUES ({','.join('?' for _ in values)})",
                    list(values.values()),
                )
                inserted += 1
            except DbError:
                continue
        if not inserted:
            c.uncovered_tables.append(table.name)


def _row_values(table, info, sql: str, rows: dict, attempt: int, c: Canaries) -> dict | None:
    values: dict[str, object] = {}
    seen_parent: dict[str, int] = {}
    for _cid, name, kind, _notnull, _default, pk in info:
        fk = next((k for k in table.foreign_keys if k.column == name), None)
        if fk is not None:
            parents = rows.get(fk.parent) or []
            if not parents:
                return None
            index = attempt + seen_parent.get(fk.parent, 0)
            seen_parent[fk.parent] = seen_parent.get(fk.parent, 0) + 1
            values[name] = parents[index % len(parents)][fk.parent_column]
            continue
        if pk and "INT" in str(kind).upper():
            continue
        choices = _enum_values(sql, name)
        stored = _value_the_app_stores(table.name, name, attempt, c)
        if choices:
            values[name] = choices[attempt % len(choices)]
        elif stored is not None:
            values[name] = stored
        elif re.search(rf"json_valid\(\s*{re.escape(name)}\s*\)", sql):
            values[name] = json.dumps({"nl": c.make(f"{table.name}.{name}")}, ensure_ascii=False)
        elif "INT" in str(kind).upper() or "REAL" in str(kind).upper():
            values[name] = 1
        else:
            values[name] = c.make(f"{table.name}.{name}")
    return values


def _value_the_app_stores(table: str, column: str, attempt: int, c: Canaries) -> object:
    """Columns that hold a code, a date or a structure get one the app itself would write
    (a handover import refuses anything else); free-text columns keep their canary."""
    from resokit_desktop.security import transfer_values as rules

    key = (table, column)
    if column in rules.TIMESTAMPS:
        return "2026-01-05T10:00:00+00:00"
    if key in rules.DATES or key in rules.DATES_WITH_TIME:
        return "2026-01-05"
    for table_of_codes in (rules.CODES, rules.CODE_LISTS):
        if key in table_of_codes:
            codes = sorted(table_of_codes[key])
            return codes[attempt % len(codes)]
    if key in rules.JSON_CODE_LISTS:
        return json.dumps(sorted(rules.JSON_CODE_LISTS[key])[:1])
    if key == ("web_versions", "domain_set"):
        label = c.make(f"{table}.{column}")
        return json.dumps({"key": "canary", "labels": {"nl": label},
                           "domains": [{"key": "d", "labels": {"nl": label}}]},
                          ensure_ascii=False)
    if key in rules.YES_NO:
        return attempt % 2
    if key in rules.RANGES:
        return rules.RANGES[key][0]
    if key in rules.YEARS:
        return 1950
    return None


def _enum_values(sql: str, column: str) -> list[str]:
    match = re.search(rf"\b{re.escape(column)}\b\s+IN\s*\(([^)]*)\)", sql)
    return re.findall(r"'([^']*)'", match.group(1)) if match else []


def raw_bytes(path: Path) -> bytes:
    """Read a file from a child process: closing our own descriptor on a database this process
    has open would drop SQLite's POSIX locks."""
    if not path.exists():
        return b""
    return subprocess.run(["cat", str(path)], capture_output=True, check=True).stdout


def hits(data: bytes, tokens: dict[str, str] | list[str]) -> list[str]:
    """The tokens found in the bytes, in UTF-8 or UTF-16."""
    values = tokens.values() if isinstance(tokens, dict) else tokens
    found = []
    for token in values:
        forms = (token.encode(), token.encode("utf-16-le"), token.encode("utf-16-be"),
                 token[-10:].encode())
        if any(form in data for form in forms):
            found.append(token)
    return found


def files_of(path: Path) -> list[Path]:
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]
