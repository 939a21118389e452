"""Fixtures for the summary tests: a demo dossier, a rich client, and reading PDFs back."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from rich_client import make_rich_client  # noqa: E402

from resokit_desktop.services.demo_service import fill_demo  # noqa: E402
from resokit_desktop.storage.connection import open_database  # noqa: E402


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
