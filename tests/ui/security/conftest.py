"""Fixtures for the privacy dialogs: an open dossier and a shown main window on it."""

from __future__ import annotations

from pathlib import Path

import pytest

from resokit_desktop.services.dossier_file import DossierFile


@pytest.fixture
def dossier(db_path: Path):
    opened = DossierFile.open(db_path)
    yield opened
    opened.close()


@pytest.fixture
def shown(qtbot):
    """Show a widget and wait until it is on screen."""

    def show(widget):
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    return show
