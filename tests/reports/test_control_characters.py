"""Control characters and any other Unicode in every text field: summary PDF, GraphML and SVG.

Word's Shift+Enter pastes a vertical tab, a terminal leaves an ESC: whatever the user typed (or
an older version stored), the summary is produced and the exports stay valid XML.
"""

from __future__ import annotations

import io
import itertools
import tempfile
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pdf_reading import pdf_text
from pypdf import PdfReader

from resokit_desktop.cli.main import main
from resokit_desktop.domain.client import Client
from resokit_desktop.domain.session import Agreement, Session
from resokit_desktop.domain.summary import SummaryOptions
from resokit_desktop.domain.text_hygiene import is_blank
from resokit_desktop.domain.web.domain_sets import default_set
from resokit_desktop.domain.web.model import (
    Comparison,
    EntryKind,
    Member,
    Position,
    RegistryEntry,
    TieAttributes,
    WebVersion,
)
from resokit_desktop.rendering.web_render import render_web_svg
from resokit_desktop.services import web_service
from resokit_desktop.services.summary_pipeline import build_pdf, prepare_summary
from resokit_desktop.services.web_graphml import graphml_bytes
from resokit_desktop.storage import clients_repo, contacts_repo, sessions_repo, web_repo
from resokit_desktop.storage.connection import open_database

TODAY = date(2026, 11, 23)
CONTROLS = [chr(c) for c in (*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0))]
# Arbitrary Unicode (no lone surrogates: Python text from a keyboard or file never has them),
# with control characters, right-to-left text and astral characters made likely.
PIECES = st.one_of(
    st.characters(blacklist_categories=("Cs",)),
    st.sampled_from(CONTROLS),
    st.sampled_from(["\u202e", "\u200f", "שלום", "مرحبا", "𝔘", "👍🏽", "\u2028", "e\u0301"]),
)
ANY_TEXT = st.lists(PIECES, max_size=20).map("".join)
EXAMPLES = 25
RAN: list[int] = []


def _required(text: str) -> str:
    """A required field gets at least one visible character (the form asks for one)."""
    return text if not is_blank(text) else "x" + text


def _fill(db, texts: list[str]) -> int:
    """One client whose every text field is one of ``texts``; returns the client id."""
    t = itertools.cycle(texts)
    client_id = clients_repo.save_client(db, Client(
        name=_required(next(t)), languages=next(t), neighbourhood=next(t), address=next(t),
        phone=next(t), email=next(t), notes=next(t)))
    sessions_repo.save_session(db, Session(
        client_id=client_id, date=TODAY.isoformat(), worked_on=next(t), client_words=next(t),
        worker_observations=next(t),
        agreements=[Agreement(what=_required(next(t)), who=next(t)),
                    Agreement(what=_required(next(t)), who=next(t))]))
    domains = default_set()
    ids = [contacts_repo.add_contact(db, RegistryEntry(None, client_id, kind, _required(next(t)),
                                                       next(t)))
           for kind in (EntryKind.PERSON, EntryKind.PLACE, EntryKind.GROUP)]
    versions = []
    for offset in (30, 0):
        day = date.fromordinal(TODAY.toordinal() - offset).isoformat()
        version = WebVersion(None, client_id, day, domains)
        for n, entry_id in enumerate(ids):
            name = contacts_repo.get_contact(db, entry_id).name
            version.members[entry_id] = Member(
                entry_id, name, EntryKind.PERSON,
                Position(domains.keys()[n % len(domains.keys())], 1 + n % 3, 0.3, 0.5),
                TieAttributes(relation=next(t), note=next(t)))
        version.add_tie(ids[0], ids[1])
        version.add_tie(ids[1], ids[2])
        versions.append(web_repo.insert_version(db, version))
    web_repo.save_comparison(db, Comparison(None, client_id, versions[0], versions[1], next(t)))
    return client_id


def _store_raw(db, texts: list[str]) -> None:
    """Store the texts as an older version did, without cleaning: the writers must cope."""
    db.execute("UPDATE clients SET name = ?, notes = ?", [_required(texts[0]), texts[1]])
    db.execute("UPDATE contacts SET name = ?, note = ?", [_required(texts[2]), texts[3]])
    db.execute("UPDATE web_members SET relation = ?, note = ?", [texts[4], texts[5]])
    db.execute("UPDATE sessions SET worked_on = ?, client_words = ?", [texts[6], texts[7]])
    db.execute("UPDATE agreements SET what = ?, who = ?", [_required(texts[1]), texts[2]])
    db.conn.commit()


def _check_outputs(db, client_id: int, folder: Path, initials: bool = False) -> None:
    """The summary PDF made by `resokit summary` reads back; GraphML and SVG parse."""
    pdf_path = folder / "summary.pdf"
    code = main(["summary", "--data", str(folder / "d.resokit"), "--client", str(client_id),
                 "--out", str(pdf_path), *(["--initials"] if initials else [])])
    assert code == 0
    assert len(PdfReader(io.BytesIO(pdf_path.read_bytes())).pages) >= 1
    assert pdf_text(pdf_path.read_bytes()).strip()
    version = web_service.load_version(db, client_id, None)
    graph_file = folder / "web.graphml"
    graph_file.write_bytes(graphml_bytes(version))
    assert nx.read_graphml(graph_file).number_of_nodes() >= 3
    ET.fromstring(render_web_svg(version, 800, 600))


# 25 random dossiers through every output (about half a minute): CI runs it; the everyday run
# keeps the fixed cases below.
@pytest.mark.slow
@pytest.mark.usefixtures("qt_fonts")
@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(texts=st.lists(ANY_TEXT, min_size=8, max_size=8))
def test_any_text_in_every_field_gives_a_summary_and_valid_exports(texts: list[str]) -> None:
    RAN.append(1)
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "d.resokit")
        try:
            client_id = _fill(db, texts)
            if len(RAN) % 2:
                _store_raw(db, texts)
        finally:
            db.conn.close()
        db = open_database(Path(folder) / "d.resokit")
        try:
            _check_outputs(db, client_id, Path(folder), initials=bool(len(RAN) % 2))
        finally:
            db.conn.close()


def test_examples_ran() -> None:
    """Runs after the property test in file order: report how many examples it tried."""
    if RAN:
        print(f"hypothesis examples run: {len(RAN)}")


@pytest.mark.usefixtures("qt_fonts")
def test_control_characters_written_by_an_older_version_still_export(tmp_path: Path) -> None:
    path = tmp_path / "d.resokit"
    db = open_database(path)
    try:
        client_id = _fill(db, ["Rita", "nota", "Jan", "buur"])
        # An older version stored the pasted text as it came (no cleaning on input).
        db.execute("UPDATE clients SET name = ?, notes = ?", ["Rita\x0bJanssens\x1b", "a\x0cb"])
        db.execute("UPDATE contacts SET name = name || ?, note = ?", ["\x0b\x1b[1m", "\x00x"])
        db.execute("UPDATE web_members SET relation = ?, note = ?", ["buur\x0b", "\x1bnote\x85"])
        db.execute("UPDATE sessions SET worked_on = ?, client_words = ?", ["x\x0by", "\x07"])
        db.execute("UPDATE agreements SET what = ?, who = ?", ["bel\x0bRita", "Jan\x1b"])
        db.conn.commit()
    finally:
        db.conn.close()
    db = open_database(path)
    try:
        _check_outputs(db, client_id, tmp_path)
        options = SummaryOptions(lang="nl")
        text = pdf_text(build_pdf(prepare_summary(db, client_id, options, today=TODAY), options))
        assert "Rita Janssens" in text  # the vertical tab became a line break
        assert "bel" in text
    finally:
        db.conn.close()
