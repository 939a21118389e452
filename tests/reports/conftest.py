"""Fixtures for the summary tests: a demo dossier and Qt with fonts (rich_db: tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from resokit_desktop.services.demo_service import fill_demo
from resokit_desktop.storage.connection import open_database


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
