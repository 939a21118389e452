"""Fixtures for the sessions UI tests: one client and the Gesprekken tab (dossier and window come
from tests/ui/conftest.py)."""

from __future__ import annotations

import pytest

from resokit_desktop.domain.client import Client
from resokit_desktop.storage import clients_repo


@pytest.fixture
def client_id(dossier) -> int:
    return clients_repo.save_client(dossier.db, Client(name="Marie Dubois"))


@pytest.fixture
def sessions_tab(qtbot, dossier, client_id):
    from resokit_desktop.ui.sessions.sessions_tab import SessionsTab

    tab = SessionsTab(dossier)
    tab.resize(1000, 900)
    tab.show()
    qtbot.waitExposed(tab)
    tab.set_client(client_id)
    yield tab
    if tab.has_pending_edits():
        tab.discard_changes()
    tab.close()
    tab.deleteLater()
