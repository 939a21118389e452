"""The anonymous aggregate export: canary strings written into every field of every client are
nowhere in the CSV or the PDF; team totals hide cells of fewer than 3 clients; pseudonyms are
random per export and never the database id."""

from __future__ import annotations

import csv
import io

from pypdf import PdfReader

from resokit_desktop.domain.client import Client, Consent
from resokit_desktop.domain.roles import RolePlan
from resokit_desktop.domain.session import Agreement, Session
from resokit_desktop.domain.web.model import (
    EntryKind,
    Function,
    Member,
    Position,
    TieAttributes,
    TieStatus,
)
from resokit_desktop.reports.aggregate_pdf import row_texts
from resokit_desktop.services import aggregate_export, web_service
from resokit_desktop.storage import clients_repo, roles_repo, sessions_repo

BIRTH_YEAR = 1917


def _canary(n: int, field: str) -> str:
    return f"KANARIE{n}{field.upper()}Q"


def _client(db, n: int, members: int = 2, emotional_paid_only: bool = False) -> tuple[int, list]:
    c = lambda f: _canary(n, f)  # noqa: E731
    client_id = clients_repo.save_client(db, Client(
        name=c("name"), birth_year=BIRTH_YEAR, languages=c("languages"),
        neighbourhood=c("neighbourhood"), address=c("address"), phone=c("phone"),
        email=f"{c('email')}@example.org", start_date="2026-01-02", notes=c("notes"),
        consents=[Consent(purpose=c("consent"), given_on="2026-01-02")]))
    canaries = [c(f) for f in ("name", "languages", "neighbourhood", "address", "phone",
                               "email", "notes", "consent", "contact", "contactnote", "relation",
                               "tienote", "worked", "words", "observations", "who", "what",
                               "role", "comparison")]
    first = None
    for day in ("2026-02-01", "2026-05-01"):
        version = web_service.new_version(db, client_id, day)
        first = first or version
        for m in range(members):
            if day == "2026-05-01" and m:
                continue
            entry = web_service.add_entry(db, client_id, EntryKind.PERSON,
                                          f"{c('contact')}{m}", note=c("contactnote"))
            version.members[entry.id] = Member(
                entry.id, entry.name, EntryKind.PERSON, Position("family", 1),
                TieAttributes(relation=c("relation"), note=c("tienote"),
                              paid=emotional_paid_only, status=TieStatus.ACTIVE,
                              functions=frozenset({Function.EMOTIONAL})))
        web_service.save_version(db, version)
    web_service.record_client_words(db, client_id, first.id, version.id, c("comparison"))
    sessions_repo.save_session(db, Session(
        client_id, "2026-03-01", worked_on=c("worked"), client_words=c("words"),
        worker_observations=c("observations"),
        agreements=[Agreement(what=c("what"), who=c("who"), due_date="2026-04-01")]))
    roles_repo.save_role_plan(db, RolePlan(client_id, c("role")))
    return client_id, canaries


def test_no_canary_leaves_the_file(db, tmp_path):
    ids, canaries = [], []
    for n in range(4):
        client_id, found = _client(db, n)
        ids.append(client_id)
        canaries += found
    export = aggregate_export.build(db, "2026-01-01", "2026-12-31")
    aggregate_export.write(export, tmp_path / "cijfers.csv", tmp_path / "cijfers.pdf")
    csv_bytes = (tmp_path / "cijfers.csv").read_bytes()
    pdf_bytes = (tmp_path / "cijfers.pdf").read_bytes()
    pdf_text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf_bytes)).pages)
    assert len(PdfReader(io.BytesIO(pdf_bytes)).pages) == 1
    for canary in canaries + ["KANARIE", "example.org", str(BIRTH_YEAR)]:
        assert canary.encode() not in csv_bytes, canary
        assert canary.encode() not in pdf_bytes, canary
        assert canary not in pdf_text, canary
    # What it does carry: one row per version, a pseudonym that is not the id, explained columns.
    lines = csv_bytes.decode().splitlines()
    assert lines[0].startswith("# pseudonym: random code")
    rows = list(csv.DictReader(line for line in lines if not line.startswith("#")))
    assert len(rows) == 8
    assert {r["pseudonym"] for r in rows}.isdisjoint({str(i) for i in ids})
    assert len({r["pseudonym"] for r in rows}) == 4
    second = [r for r in rows if r["version_number"] == "2"]
    assert {r["change_size"] for r in second} == {"1"}  # a copy of the first plus one
    assert {r["emotional_unpaid"] for r in second} == {"3"}
    assert {r["version_month"] for r in rows} == {"2026-02", "2026-05"}
    again = aggregate_export.build(db, "2026-01-01", "2026-12-31")
    assert not {r["pseudonym"] for r in rows} & {
        line.split(",")[0] for line in again.csv_bytes.decode().splitlines()}


def _totals(pdf: bytes) -> str:
    return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def test_small_cells_are_suppressed(db):
    for n in range(3):
        _client(db, n)
    for n in range(3, 5):  # two clients whose emotional support comes from paid help only
        _client(db, n, emotional_paid_only=True)
    text = _totals(aggregate_export.build(db, "2026-01-01", "2026-12-31").pdf_bytes)
    assert "Cliënten met een web in deze periode 5" in text
    assert "Emotionele steun: alleen betaald <3" in text
    assert "Netwerk van 0 tot 5 leden 5" in text
    assert "Praktische hulp: niemand 5" in text


def test_fewer_than_three_clients_shows_no_figure(db):
    for n in range(2):
        _client(db, n)
    text = _totals(aggregate_export.build(db, "2026-01-01", "2026-12-31").pdf_bytes)
    assert "Cliënten met een web in deze periode <3" in text
    assert "Versies van het web in deze periode <3" in text
    for label in row_texts().values():
        assert f"{label} <3" in text or f"{label} 0" in text, label
