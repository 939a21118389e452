"""The right-of-access PDF: every section in words the client can read (no codes, no ids)."""

from __future__ import annotations

from resokit_desktop.domain.web.tie_fields import TIE_FIELDS, FieldKind
from resokit_desktop.reports.access_labels import (
    CONTEXT,
    code_labeller,
    column_labels,
    event_labels,
    table_titles,
    yes_no,
)
from resokit_desktop.reports.blocks import Document, Facts, Heading, Paragraph
from resokit_desktop.reports.texts import ReportTexts

# Internal bookkeeping a person has no use for (it stays in the JSON file).
HIDDEN = frozenset({"id", "client_id", "position", "angle", "radius", "chain", "card_key",
                    "idea_key", "group_key"})
DATES = frozenset({"date", "given_on", "withdrawn_on", "start_date", "due_date", "status_since",
                   "version_date", "next_appointment", "created_at", "updated_at"})
YES_NO = frozenset({"done", "still_held", "gives_energy",
                    *(f.name for f in TIE_FIELDS if f.kind == FieldKind.FLAG)})
CONTACT_REFS = frozenset({"contact_id", "named_by_contact_id", "place_contact_id",
                          "key_person_contact_id"})


class _Lookups:
    """Names and dates that internal ids stand for, from the exported rows themselves."""

    def __init__(self, tables: dict[str, list[dict]], t: ReportTexts) -> None:
        self.t = t
        self.contacts = {r["id"]: str(r.get("name") or "") for r in tables.get("contacts", [])}
        self.versions = {r["id"]: r for r in tables.get("web_versions", [])}
        self.sessions = {r["id"]: str(r.get("date") or "") for r in tables.get("sessions", [])}
        self.plans = {r["id"]: str(r.get("title") or "") for r in tables.get("role_plans", [])}
        self.talents = {r["id"]: str(r.get("label") or "")
                        for r in tables.get("client_talents", [])}

    def reference(self, column: str, value: object) -> str | None:
        """The readable thing an id points at; None when column is not a known reference."""
        if column in CONTACT_REFS:
            return self.contacts.get(value, "")
        if column in ("version_id", "old_version_id", "new_version_id"):
            version = self.versions.get(value)
            return self.t.date(version.get("version_date")) if version else ""
        if column == "session_id":
            return self.t.date(self.sessions.get(value))
        if column == "plan_id":
            return self.plans.get(value, "")
        if column == "talent_id":
            return self.talents.get(value, "")
        return None

    def domain(self, version_id: object, key: str) -> str:
        domain_set = (self.versions.get(version_id) or {}).get("domain_set")
        for domain in (domain_set or {}).get("domains", []) if isinstance(domain_set, dict) else []:
            if domain.get("key") == key:
                return _in_language(domain.get("labels"), self.t.lang) or key
        return key


def _in_language(labels: object, lang: str) -> str:
    if isinstance(labels, dict):
        return str(labels.get(lang) or labels.get("nl") or next(iter(labels.values()), ""))
    return "" if labels is None else str(labels)


def _plain(value: object, lang: str) -> str:
    """Any other structure as words: lists joined, dicts by language or as 'key: value'."""
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(p for p in (_plain(v, lang) for v in value) if p)
    if isinstance(value, dict):
        if lang in value or "nl" in value:
            return _in_language(value, lang)
        return "; ".join(f"{k}: {_plain(v, lang)}" for k, v in value.items())
    return str(value)


def _domain_set_text(value: object, lang: str) -> str:
    if not isinstance(value, dict):
        return _plain(value, lang)
    domains = ", ".join(_in_language(d.get("labels"), lang) or str(d.get("key", ""))
                        for d in value.get("domains", []) if isinstance(d, dict))
    title = _in_language(value.get("labels"), lang)
    return f"{title}: {domains}" if title and domains else title or domains


class _RowFormatter:
    def __init__(self, tables: dict[str, list[dict]], t: ReportTexts) -> None:
        self.t = t
        self.labels = column_labels(t)
        self.codes = code_labeller(t)
        self.lookups = _Lookups(tables, t)

    def value(self, table: str, column: str, value: object, row: dict) -> str:
        if value is None or value == "":
            return ""
        if column in DATES:
            return self.t.date(str(value))
        if column in YES_NO:
            return yes_no(self.t, value)
        if column == "domain_set":
            return _domain_set_text(value, self.t.lang)
        if column == "domain_key":
            return self.lookups.domain(row.get("version_id"), str(value))
        referenced = self.lookups.reference(column, value)
        if referenced is not None:
            return referenced
        coded = self.codes(table, column, value)
        if coded is not None:
            return coded
        return _plain(value, self.t.lang)

    def pairs(self, table: str, row: dict) -> tuple[tuple[str, str], ...]:
        shown = []
        for column, raw in row.items():
            if column in HIDDEN:
                continue
            text = self.value(table, column, raw, row)
            if text:
                label = self.labels.get(column) or column.replace("_", " ").capitalize()
                shown.append((label, text))
        return tuple(shown)

    def tie(self, row: dict) -> tuple[str, str]:
        names = self.lookups.contacts
        text = self.t.translate(CONTEXT, "%1 en %2 kennen elkaar").replace(
            "%1", names.get(row.get("contact_a"), "?")).replace(
            "%2", names.get(row.get("contact_b"), "?"))
        return self.labels["version_id"] + " " + self.value(
            "web_ties", "version_id", row.get("version_id"), row), text


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
    titles = table_titles(t)
    rows_of = _RowFormatter(data["tables"], t)
    for table, rows in data["tables"].items():
        if not rows:
            continue
        doc.add(Heading(titles.get(table, table.replace("_", " ").capitalize()), level=1,
                        keep=20))
        if table == "web_ties":
            doc.add(Facts(tuple(rows_of.tie(row) for row in rows)))
            continue
        for row in rows:
            pairs = rows_of.pairs(table, row)
            if pairs:
                doc.add(Facts(pairs))
    doc.add(Heading(t.translate(CONTEXT, "Wanneer uw dossier werd gebruikt"), level=1, keep=20))
    if data["audit_log"]:
        labels = event_labels(t)
        doc.add(Facts(tuple((t.date(e["at"]), labels.get(e["event"], e["event"]))
                            for e in data["audit_log"])))
    else:
        doc.add(Paragraph(t.translate(CONTEXT, "Geen vermeldingen."), style="muted"))
    return doc
