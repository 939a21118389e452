"""Fixtures for the printing UI tests: a dossier with one rich client, fonts loaded."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "reports"))

from rich_client import make_rich_client  # noqa: E402

from resokit_desktop.storage.connection import open_database  # noqa: E402


@pytest.fixture
def rich_db(tmp_path: Path, qapp):
    from resokit_desktop.app import load_fonts

    load_fonts()
    database = open_database(tmp_path / "rich.resokit")
    database.rich_client_id = make_rich_client(database)
    yield database
    database.conn.close()


@pytest.fixture(autouse=True)
def collect_qt_garbage(qapp):
    """Free each test's Qt objects while the QApplication still runs, not at interpreter exit."""
    yield
    import gc

    qapp.processEvents()
    gc.collect()
