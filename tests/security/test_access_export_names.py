"""Right of access: other people's names become initials wherever they are written; the
client's own name and role words stay; the PDF reads without internal codes or ids."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pypdf
import pytest
from access_names_dossier import CLIENT, PEOPLE, PLACE, make_named_client

from resokit_desktop.security.access_export import FORMAT_VERSION, export_access

# Every spelling of a third party's name that the texts use, searched as whole words.
LEAKS = ("Rita", "Peeters", "Élodie", "Elodie", "ELODIE", "Dupont", "Janssens", "Berg",
         "Karel")


def _pdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def _leaks(text: str) -> list[str]:
    return [name for name in LEAKS if re.search(rf"(?<!\w){name}(?!\w)", text)]


@pytest.fixture
def exported(db, tmp_path: Path):
    client_id = make_named_client(db)
    files = export_access(db, client_id, tmp_path)
    data = json.loads(files.json.read_text(encoding="utf-8"))
    return data, _pdf_text(files.pdf)


def test_third_party_names_become_initials_in_every_text(exported) -> None:
    data, text = exported
    dumped = json.dumps(data, ensure_ascii=False)
    assert _leaks(dumped) == [] and _leaks(text) == []
    tables = data["tables"]
    session = tables["sessions"][0]
    assert session["worked_on"] == "Samen met buurvrouw R. naar het breicafé."
    assert session["client_words"] == "É. heeft gebeld. Mama ook. Marie-Louise is blij."
    assert session["worker_observations"] == "Dr. J. belde; J. denkt mee. Ook J. v.d.B."
    agreements = {a["who"]: a["what"] for a in tables["agreements"]}
    assert agreements == {
        "Buurvrouw R.": "R. P. haalt Marie-Louise op.",
        "Hulpverlener": "Belt met J. v.d.B.",
        "Marie-Louise": "Vraagt É. om mee te gaan.",
        "K.": "Brengt de breiwol mee.",
    }
    notes = {m["note"] for m in tables["web_members"]} | {c["note"] for c in tables["contacts"]}
    assert "R. en É. kennen elkaar al lang." in notes and "Kent É. van school." in notes
    plan = tables["role_plans"][0]
    assert (plan["title"], plan["key_person"], plan["support"]) == (
        "Breien met R.", "R. P.", "É. rijdt mee.")
    assert tables["role_steps"][0]["owner"] == "Marie-Louise"


def test_registry_shows_initials_but_keeps_role_words_places_and_the_client(exported) -> None:
    data, text = exported
    names = sorted(c["name"] for c in data["tables"]["contacts"])
    assert names == sorted([*PEOPLE.values(), "Mama", PLACE])
    client = data["tables"]["clients"][0]
    assert client["name"] == CLIENT
    assert client["notes"] == (
        "Marie-Louise woont alleen. R. P. komt soms; ritalin is niet nodig.")
    for kept in (CLIENT, "Hulpverlener", "Mama", "buurvrouw", PLACE, "ritalin"):
        assert kept in text, kept
    assert "M.-L." not in text and "H." not in text.replace("Dr. J.", "")
    assert data["names_replaced"] >= 15


def test_json_has_a_format_version_and_no_json_inside_json(exported) -> None:
    data, _text = exported
    assert data["format"] == "resokit-access-export"
    assert data["format_version"] == FORMAT_VERSION >= 2

    def strings(value):
        if isinstance(value, dict):
            for item in value.values():
                yield from strings(item)
        elif isinstance(value, list):
            for item in value:
                yield from strings(item)
        elif isinstance(value, str):
            yield value

    for value in strings(data):
        if value[:1] in "[{":
            with pytest.raises(ValueError):
                json.loads(value)
    version = data["tables"]["web_versions"][0]
    assert version["domain_set"]["key"] and isinstance(version["domain_set"]["domains"], list)
    assert data["tables"]["role_plans"][0]["brings"] == ["relations"]


def test_every_pdf_section_reads_without_codes_or_internal_ids(exported) -> None:
    _data, text = exported
    for internal in ("contact_a", "contact_b", "version_id", "domain_key", '{"key"', "[\"",
                     "follow_up", "person_type", "neighbourhood", "friends", "relations",
                     "transport", " active", "client ", "card_key", "angle", "radius",
                     "named_by", "None"):
        assert internal not in text, internal
    for readable in ("Opvolggesprek", "Cliënt", "Actief", "Buurt", "Vrienden", "dichtbij",
                     "R. P. en É. D. kennen elkaar", "Persoon", "Groep",
                     "relaties en contacten", "vervoer", "1 oktober 2026"):
        assert readable in text, readable


def test_the_pdf_in_french_translates_the_codes(db, tmp_path: Path) -> None:
    client_id = make_named_client(db)
    files = export_access(db, client_id, tmp_path, lang="fr")
    text = _pdf_text(files.pdf)
    for french in ("Quartier", "Amis", "proche", "1 octobre 2026"):
        assert french in text, french
