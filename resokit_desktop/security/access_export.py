"""Right of access (GDPR art. 15): all of one client's data as a readable PDF and a JSON file.

Every row linked to the client is included (found by following foreign keys, so tables added
by later features are covered), plus the audit entries about the client. Names of other people
(network contacts, who an agreement is with, key persons) can be replaced by initials, because
a copy must not harm the rights of others (art. 15(4)). Free text is copied as written.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import sqlite_utils

from resokit_desktop.domain.client import initials_of
from resokit_desktop.reports.blocks import Document, Facts, Heading, Paragraph
from resokit_desktop.reports.texts import ReportTexts
from resokit_desktop.security import audit, retention
from resokit_desktop.security.safe_output import OutputRefused, write_bytes_atomically
from resokit_desktop.storage import client_rows_repo
from resokit_desktop.storage.errors import NotFoundError, WriteFailedError

FORMAT = "resokit-access-export"
CONTEXT = "AccessExport"
# Columns that hold the name of someone other than the client: (table, column, only-when).
THIRD_PARTY_NAMES: tuple[tuple[str, str, tuple[str, str] | None], ...] = (
    ("contacts", "name", ("kind", "person")),
    ("agreements", "who", None),
    ("client_talents", "named_by_name", None),
    ("role_plans", "key_person", None),
    ("role_steps", "owner", None),
)


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
    redacted = 0
    if initials_for_others:
        for table, column, condition in THIRD_PARTY_NAMES:
            for row in tables.get(table, []):
                if condition and row.get(condition[0]) != condition[1]:
                    continue
                if row.get(column):
                    row[column] = initials_of(str(row[column]))
                    redacted += 1
    entries = [
        {"at": e.at, "event": e.event} for e in audit.entries(db, client_id=client_id)
    ]
    return {
        "format": FORMAT,
        "generated_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "client_id": client_id,
        "retention_years_after_closing": retention.retention_years(db),
        "others_as_initials": initials_for_others,
        "names_replaced": redacted,
        "tables": tables,
        "audit_log": entries,
    }


def _table_titles(t: ReportTexts) -> dict[str, str]:
    return {
        "clients": t.translate(CONTEXT, "Persoonsgegevens"),
        "consents": t.translate(CONTEXT, "Toestemmingen"),
        "sessions": t.translate(CONTEXT, "Gesprekken"),
        "agreements": t.translate(CONTEXT, "Afspraken"),
        "contacts": t.translate(CONTEXT, "Personen en plaatsen in het netwerk"),
        "web_versions": t.translate(CONTEXT, "Versies van het inclusieweb"),
        "web_members": t.translate(CONTEXT, "Plaatsen in het inclusieweb"),
        "web_ties": t.translate(CONTEXT, "Wie kent wie"),
        "web_comparisons": t.translate(CONTEXT, "Vergelijkingen van het inclusieweb"),
        "talent_cards": t.translate(CONTEXT, "Eigen talentkaarten"),
        "client_talents": t.translate(CONTEXT, "Talenten"),
        "current_roles": t.translate(CONTEXT, "Huidige rollen"),
        "role_plans": t.translate(CONTEXT, "Rolplannen"),
        "role_plan_talents": t.translate(CONTEXT, "Talenten bij rolplannen"),
        "role_steps": t.translate(CONTEXT, "Stappen in rolplannen"),
    }


def event_labels(t: ReportTexts) -> dict[str, str]:
    return {
        "opened": t.translate(CONTEXT, "dossierbestand geopend"),
        "unlocked": t.translate(CONTEXT, "ontgrendeld"),
        "exported": t.translate(CONTEXT, "geëxporteerd"),
        "printed": t.translate(CONTEXT, "afgedrukt"),
        "deleted": t.translate(CONTEXT, "verwijderd"),
        "backup": t.translate(CONTEXT, "reservekopie gemaakt"),
        "restore": t.translate(CONTEXT, "reservekopie teruggezet"),
        "access_export": t.translate(CONTEXT, "inzage gegeven"),
        "transfer_export": t.translate(CONTEXT, "overgedragen aan een collega"),
        "transfer_import": t.translate(CONTEXT, "overgenomen van een collega"),
        "passphrase_changed": t.translate(CONTEXT, "wachtwoord gewijzigd"),
    }


def column_labels(t: ReportTexts) -> dict[str, str]:
    return {
        "name": t.translate(CONTEXT, "Naam"), "person_type": t.translate(CONTEXT, "Soort"),
        "birth_year": t.translate(CONTEXT, "Geboortejaar"),
        "languages": t.translate(CONTEXT, "Talen"), "neighbourhood": t.translate(CONTEXT, "Buurt"),
        "address": t.translate(CONTEXT, "Adres"), "phone": t.translate(CONTEXT, "Telefoon"),
        "email": t.translate(CONTEXT, "E-mail"), "start_date": t.translate(CONTEXT, "Startdatum"),
        "status": t.translate(CONTEXT, "Status"), "notes": t.translate(CONTEXT, "Notities"),
        "note": t.translate(CONTEXT, "Notitie"), "purpose": t.translate(CONTEXT, "Doel"),
        "given_on": t.translate(CONTEXT, "Gegeven op"),
        "withdrawn_on": t.translate(CONTEXT, "Ingetrokken op"),
        "date": t.translate(CONTEXT, "Datum"), "type": t.translate(CONTEXT, "Soort"),
        "worked_on": t.translate(CONTEXT, "Waaraan gewerkt"),
        "client_words": t.translate(CONTEXT, "In uw eigen woorden"),
        "worker_observations": t.translate(CONTEXT, "Observaties van de begeleider"),
        "next_appointment": t.translate(CONTEXT, "Volgende afspraak"),
        "who": t.translate(CONTEXT, "Wie"), "what": t.translate(CONTEXT, "Wat"),
        "due_date": t.translate(CONTEXT, "Tegen"), "done": t.translate(CONTEXT, "Gedaan"),
        "title": t.translate(CONTEXT, "Titel"), "kind": t.translate(CONTEXT, "Soort"),
        "created_at": t.translate(CONTEXT, "Aangemaakt"),
        "updated_at": t.translate(CONTEXT, "Laatst gewijzigd"),
    }


def _shown(column: str) -> bool:
    """Internal keys stay in the JSON file; the PDF shows what a person can read."""
    return column not in ("id", "position") and not column.endswith("_id")


def _value(value: object) -> str:
    if value is None:
        return ""
    return str(value)


def access_document(data: dict, texts: ReportTexts | None = None) -> Document:
    """The readable version: one section per kind of data, each row as label/value pairs."""
    t = texts or ReportTexts()
    doc = Document(
        title=t.translate(CONTEXT, "Inzage in uw gegevens"),
        footer_text=t.translate(CONTEXT, "Vertrouwelijk: persoonsgegevens"),
        page_label=t.translate(CONTEXT, "Pagina {page} van {pages}"),
        document_language=t.lang,
    )
    doc.add(Paragraph(t.translate(
        CONTEXT,
        "Dit overzicht bevat alle gegevens die uw begeleider over u bijhoudt in Resokit "
        "Desktop, op de datum hieronder. De gegevens worden alleen gebruikt voor uw "
        "begeleiding, staan enkel op de computer van uw begeleider en worden niet gedeeld "
        "zonder uw toestemming.")))
    facts = [(t.translate(CONTEXT, "Gemaakt op"), t.date(data["generated_at"][:10])),
             (t.translate(CONTEXT, "Bewaartermijn"),
              t.translate(CONTEXT, "%1 jaar na het afsluiten van het dossier").replace(
                  "%1", str(data["retention_years_after_closing"])))]
    if data.get("others_as_initials"):
        facts.append((t.translate(CONTEXT, "Andere personen"),
                      t.translate(CONTEXT, "namen vervangen door initialen")))
    doc.add(Facts(tuple(facts)))
    titles = _table_titles(t)
    labels = column_labels(t)
    for table, rows in data["tables"].items():
        if not rows:
            continue
        doc.add(Heading(titles.get(table, table), level=1, keep=20))
        for row in rows:
            pairs = tuple((labels.get(column, column), _value(v)) for column, v in row.items()
                          if _shown(column) and _value(v) != "")
            doc.add(Facts(pairs))
    doc.add(Heading(t.translate(CONTEXT, "Wanneer uw dossier werd gebruikt"), level=1, keep=20))
    if data["audit_log"]:
        labels = event_labels(t)
        doc.add(Facts(tuple((e["at"].replace("T", " ")[:16], labels.get(e["event"], e["event"]))
                            for e in data["audit_log"])))
    else:
        doc.add(Paragraph(t.translate(CONTEXT, "Geen vermeldingen."), style="muted"))
    return doc


def output_names(client_id: int, today: date | None = None) -> tuple[str, str]:
    """Neutral file names: the client id and the date, never a name."""
    stamp = (today or date.today()).isoformat()
    base = f"inzage-{client_id}-{stamp}"
    return base + ".pdf", base + ".json"


def export_access(
    db: sqlite_utils.Database, client_id: int, folder: Path, *,
    initials_for_others: bool = True, lang: str = "nl",
) -> AccessExportFiles:
    """Write the PDF and the JSON file into folder (each complete or absent); audit-logged."""
    from resokit_desktop.reports.summary_pdf import render  # fpdf2 only when needed

    data = collect_access_data(db, client_id, initials_for_others)
    pdf_name, json_name = output_names(client_id)
    folder = Path(folder)
    pdf_bytes = render(access_document(data, ReportTexts(lang)))
    json_bytes = json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
    try:
        write_bytes_atomically(folder / json_name, json_bytes)
        try:
            write_bytes_atomically(folder / pdf_name, pdf_bytes)
        except BaseException:
            (folder / json_name).unlink(missing_ok=True)  # both files, or neither
            raise
    except OutputRefused:
        raise
    except OSError as exc:
        raise WriteFailedError(str(exc)) from exc
    audit.record_quietly(db, audit.AuditEvent.ACCESS_EXPORT, client_id)
    return AccessExportFiles(folder / pdf_name, folder / json_name,
                             client_rows_repo.count_rows(data["tables"]))
