"""Fixtures for the printing UI tests: the rich client with fonts loaded, Qt garbage freed."""

from __future__ import annotations

import pytest


@pytest.fixture
def rich_db(rich_db, qapp):
    """tests/conftest.py's rich client, with the app's fonts loaded for drawing."""
    from resokit_desktop.app import load_fonts

    load_fonts()
    return rich_db


@pytest.fixture(autouse=True)
def collect_qt_garbage(qapp):
    """Free each test's Qt objects while the QApplication still runs, not at interpreter exit."""
    yield
    import gc

    qapp.processEvents()
    gc.collect()
