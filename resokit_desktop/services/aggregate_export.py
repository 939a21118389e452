"""The anonymous aggregate export: per client a random pseudonym and per web version its counts
(CSV), plus a one-page PDF of team totals; names, notes and free text never leave the file."""

from __future__ import annotations

import csv
import io
import secrets
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from resokit_desktop.domain.aggregate import VersionCounts, columns, row, team_totals
from resokit_desktop.domain.web.indicators import compute_indicators
from resokit_desktop.security.safe_output import check_output_target, write_bytes_atomically
from resokit_desktop.services import web_service
from resokit_desktop.storage import web_repo


@dataclass(frozen=True)
class AggregateExport:
    csv_bytes: bytes
    pdf_bytes: bytes
    clients: int
    versions: int


def _pseudonyms(count: int) -> list[str]:
    """Random codes, unique within one export and new in every export (never a database id)."""
    codes: set[str] = set()
    while len(codes) < count:
        codes.add("C-" + secrets.token_hex(4).upper())
    shuffled = list(codes)
    secrets.SystemRandom().shuffle(shuffled)
    return shuffled


def gather(db: sqlite_utils.Database, start: str, end: str) -> list[VersionCounts]:
    """Counts of every web version dated in [start, end], grouped per client (random order)."""
    paid = web_service.count_paid_staff(db)
    client_ids = [r[0] for r in db.execute(
        "SELECT DISTINCT client_id FROM web_versions WHERE version_date BETWEEN ? AND ?",
        [start, end])]
    secrets.SystemRandom().shuffle(client_ids)  # row order says nothing about the file either
    found = []
    for client_id, pseudonym in zip(client_ids, _pseudonyms(len(client_ids)), strict=True):
        previous = None
        number = 0
        for version_row in web_repo.list_versions(db, client_id):
            figures = compute_indicators(web_repo.load_version(db, version_row.id), paid)
            if start <= version_row.version_date <= end:
                number += 1
                found.append(VersionCounts(pseudonym, number, version_row.version_date[:7],
                                           figures, previous))
            previous = figures
    return found


def build(db: sqlite_utils.Database, start: str, end: str, lang: str = "nl") -> AggregateExport:
    from resokit_desktop.reports.aggregate_pdf import aggregate_pdf  # lazy: fpdf2

    counts = gather(db, start, end)
    domain_keys: list[str] = []
    for item in counts:
        for key in item.figures.per_domain:
            if key not in domain_keys:
                domain_keys.append(key)
    cols = columns(domain_keys)
    text = io.StringIO()
    for name, explanation in cols:
        text.write(f"# {name}: {explanation}\n")
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow([name for name, _ in cols])
    for item in counts:
        writer.writerow(row(item, domain_keys))
    latest: dict[str, VersionCounts] = {}
    for item in counts:
        latest[item.pseudonym] = item  # versions come oldest first per client
    totals = team_totals([item.figures for item in latest.values()])
    pdf = aggregate_pdf(totals, (start, end), len(counts), lang)
    return AggregateExport(text.getvalue().encode("utf-8"), pdf, len(latest), len(counts))


def write(export: AggregateExport, csv_path: Path, pdf_path: Path) -> None:
    """Both files through the one safe output path."""
    write_bytes_atomically(check_output_target(csv_path), export.csv_bytes)
    write_bytes_atomically(check_output_target(pdf_path), export.pdf_bytes)


def build_and_write(db: sqlite_utils.Database, start: str, end: str, csv_path: Path,
                    pdf_path: Path, lang: str = "nl") -> AggregateExport:
    """Gather, build and write both files (one call, to run off the UI thread)."""
    export = build(db, start, end, lang)
    write(export, csv_path, pdf_path)
    return export
