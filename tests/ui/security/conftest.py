"""Fixtures for the privacy dialogs (the open dossier comes from tests/ui/conftest.py)."""

from __future__ import annotations

import pytest


@pytest.fixture
def shown(qtbot):
    """Show a widget and wait until it is on screen."""

    def show(widget):
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    return show
