"""Right of access (GDPR art. 15): all of one client's data as a readable PDF and a JSON file.

Every row linked to the client is included (found by following foreign keys, so tables added
by later features are covered), plus the audit entries about the client. Names of other people
(the persons in the client's registry, wherever a text mentions them, and fields that hold a
person's name) can be replaced by initials, because a copy must not harm the rights of others
(art. 15(4)); see access_names. Columns stored as JSON text are given as real structures.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import sqlite_utils

from resokit_desktop.reports.access_document import access_document
from resokit_desktop.reports.texts import ReportTexts
from resokit_desktop.security import audit, retention
from resokit_desktop.security.access_names import replace_other_names
from resokit_desktop.security.safe_output import OutputRefused, write_bytes_atomically
from resokit_desktop.storage import client_rows_repo
from resokit_desktop.storage.errors import NotFoundError, WriteFailedError

FORMAT = "resokit-access-export"
# 2: third-party names replaced in every text; JSON columns as structures, not JSON strings.
FORMAT_VERSION = 2


@dataclass(frozen=True)
class AccessExportFiles:
    pdf: Path
    json: Path
    rows: int


def collect_access_data(
    db: sqlite_utils.Database, client_id: int, initials_for_others: bool = True
) -> dict:
    """Everything stored about the client, as plain JSON-ready data."""
    tables = client_rows_repo.collect(db, client_id)
    if not tables.get("clients"):
        raise NotFoundError(f"client {client_id}")
    _parse_json_columns(tables, client_rows_repo.json_columns(db))
    redacted = replace_other_names(tables) if initials_for_others else 0
    entries = [
        {"at": e.at, "event": e.event} for e in audit.entries(db, client_id=client_id)
    ]
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "generated_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "client_id": client_id,
        "retention_years_after_closing": retention.retention_years(db),
        "others_as_initials": initials_for_others,
        "names_replaced": redacted,
        "tables": tables,
        "audit_log": entries,
    }


def _parse_json_columns(tables: dict[str, list[dict]], columns: set[tuple[str, str]]) -> None:
    """Stored JSON text becomes the structure it holds (no JSON inside the JSON file)."""
    for table, column in columns:
        for row in tables.get(table, []):
            value = row.get(column)
            if isinstance(value, str):
                try:
                    row[column] = json.loads(value)
                except ValueError:
                    pass  # not JSON after all: keep the text as it is


def output_names(client_id: int, today: date | None = None) -> tuple[str, str]:
    """Neutral file names: the client id and the date, never a name."""
    stamp = (today or date.today()).isoformat()
    base = f"inzage-{client_id}-{stamp}"
    return base + ".pdf", base + ".json"


def export_access(
    db: sqlite_utils.Database, client_id: int, folder: Path, *,
    initials_for_others: bool = True, lang: str = "nl",
) -> AccessExportFiles:
    """Write the PDF and the JSON file into folder under neutral names; see write_access_files."""
    pdf_name, json_name = output_names(client_id)
    folder = Path(folder)
    return write_access_files(db, client_id, folder / pdf_name, folder / json_name,
                              initials_for_others=initials_for_others, lang=lang)


def write_access_files(
    db: sqlite_utils.Database, client_id: int, pdf_path: Path, json_path: Path, *,
    initials_for_others: bool = True, lang: str = "nl",
) -> AccessExportFiles:
    """Write the PDF and the JSON file (each complete or absent, both or neither); audited.

    Raises NotFoundError for an unknown client, OutputRefused for a target that is no regular
    file, WriteFailedError when the disk refuses.
    """
    # lazy: fpdf2 (and the PDF code) load when a PDF is first made, not at start-up
    from resokit_desktop.reports.summary_pdf import render

    data = collect_access_data(db, client_id, initials_for_others)
    pdf_path, json_path = Path(pdf_path), Path(json_path)
    pdf_bytes = render(access_document(data, ReportTexts(lang)))
    json_bytes = json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
    try:
        write_bytes_atomically(json_path, json_bytes)
        try:
            write_bytes_atomically(pdf_path, pdf_bytes)
        except BaseException:
            json_path.unlink(missing_ok=True)  # both files, or neither
            raise
    except OutputRefused:
        raise
    except OSError as exc:
        raise WriteFailedError(str(exc)) from exc
    audit.record_quietly(db, audit.AuditEvent.ACCESS_EXPORT, client_id)
    return AccessExportFiles(pdf_path, json_path, client_rows_repo.count_rows(data["tables"]))
