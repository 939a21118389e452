"""Right of access: a readable PDF and a JSON file with all of one client's data."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pypdf
import pytest
from canary_data import write_client_canaries

from resokit_desktop.security import audit
from resokit_desktop.security.access_export import export_access
from resokit_desktop.storage import client_rows_repo


def _pdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    return "\n".join(page.extract_text() for page in reader.pages)


@pytest.fixture
def dossier(db):
    mine = write_client_canaries(db)
    other = write_client_canaries(db)
    return db, mine, other


def test_export_holds_every_row_and_hides_other_peoples_names(dossier, tmp_path: Path) -> None:
    db, mine, other = dossier
    files = export_access(db, mine.client_id, tmp_path)

    assert files.pdf.name == f"inzage-{mine.client_id}-" + files.pdf.name.split("-", 2)[2]
    assert mine.tokens["name"] not in files.pdf.name
    data = json.loads(files.json.read_text(encoding="utf-8"))
    expected = client_rows_repo.collect(db, mine.client_id)
    assert {t: len(r) for t, r in data["tables"].items()} == {
        t: len(r) for t, r in expected.items()}
    assert files.rows == client_rows_repo.count_rows(expected)
    dumped = json.dumps(data, ensure_ascii=False)
    text = _pdf_text(files.pdf)
    for label in ("name", "notes", "worked_on", "client_words", "observations", "consent",
                  "agreement_what"):
        assert mine.tokens[label] in dumped and mine.tokens[label] in text, label
    # Other people: a person in the network and who an agreement is with -> initials only.
    for label in ("contacts.name", "agreement_who", "role_plans.key_person"):
        token = mine.tokens.get(label)
        if token:
            assert token not in dumped and token not in text, label
    people = [r for r in data["tables"]["contacts"] if r["kind"] == "person"]
    # Made of initials only: one letter and a full stop per name part ("C.-Ω.-名.-C.-C.").
    assert people and all(re.fullmatch(r"\w\.(?:[- ]?\w\.)*", r["name"]) for r in people)
    # Nothing of the other client.
    assert not any(token in dumped or token in text for token in other.tokens.values())
    assert audit.entries(db, client_id=mine.client_id)[0].event == "access_export"


def test_names_kept_when_asked(dossier, tmp_path: Path) -> None:
    db, mine, _other = dossier
    files = export_access(db, mine.client_id, tmp_path, initials_for_others=False)
    assert mine.tokens["agreement_who"] in files.json.read_text(encoding="utf-8")


def test_audit_entries_about_the_client_are_part_of_the_export(dossier, tmp_path) -> None:
    db, mine, _other = dossier
    audit.record(db, audit.AuditEvent.PRINTED, mine.client_id)
    files = export_access(db, mine.client_id, tmp_path)
    data = json.loads(files.json.read_text(encoding="utf-8"))
    assert [e["event"] for e in data["audit_log"]] == ["printed"]
    assert "afgedrukt" in _pdf_text(files.pdf)
