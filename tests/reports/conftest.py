"""Fixtures for the summary tests: a demo dossier, a rich client, and reading PDFs back."""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).parent))

from rich_client import make_rich_client  # noqa: E402

from resokit_desktop.services.demo_service import fill_demo  # noqa: E402
from resokit_desktop.storage.connection import open_database  # noqa: E402


def pdf_pages(content: bytes) -> list[str]:
    """The text of each page, with runs of white space folded to one space."""
    reader = PdfReader(io.BytesIO(content))
    return [re.sub(r"\s+", " ", page.extract_text() or "") for page in reader.pages]


def pdf_text(content: bytes) -> str:
    return " ".join(pdf_pages(content))


def folded(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture
def qt_fonts(qapp):
    """A Qt application with our fonts (the web drawing is painted with Qt)."""
    from resokit_desktop.app import load_fonts

    load_fonts()
    return qapp


@pytest.fixture
def demo_db(tmp_path: Path):
    database = open_database(tmp_path / "demo.resokit")
    ids = fill_demo(database)
    database.demo_ids = ids
    yield database
    database.conn.close()


@pytest.fixture
def rich_db(tmp_path: Path):
    database = open_database(tmp_path / "rich.resokit")
    database.rich_client_id = make_rich_client(database)
    yield database
    database.conn.close()
