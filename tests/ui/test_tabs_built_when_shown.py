"""The main window opens with no dossier tab built (the empty page shows), then only the current
one once a client shows; a tab is built the first time it is shown (a click on its tab) or asked
for, and then works on the shown client."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from resokit_desktop.domain.client import Client
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.storage import clients_repo
from resokit_desktop.ui.buurtkaart.map_tab import BuurtkaartTab
from resokit_desktop.ui.charts.charts_tab import ChartsTab
from resokit_desktop.ui.dossiers.overview_tab import OverviewTab
from resokit_desktop.ui.inclusion_web.web_tab import InclusionWebTab
from resokit_desktop.ui.main_window import MainWindow
from resokit_desktop.ui.roles.role_flow import show_roles_tab
from resokit_desktop.ui.roles.roles_tab import RolesTab
from resokit_desktop.ui.sessions.sessions_tab import SessionsTab
from resokit_desktop.ui.talents.talents_tab import TalentsTab

LATER_TABS = (SessionsTab, InclusionWebTab, TalentsTab, RolesTab, BuurtkaartTab, ChartsTab)


@pytest.fixture
def window(qtbot, db_path):
    dossier = DossierFile.open(db_path)
    first = clients_repo.save_client(dossier.db, Client(name="Bram Eerst"))
    second = clients_repo.save_client(dossier.db, Client(name="Sara Later"))
    main = MainWindow(dossier)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    main.refresh_clients()
    main.ids = (first, second)
    yield main
    main.close()
    main.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    dossier.close()


def _built(window) -> set[type]:
    # Alive (not waiting for deletion) in the window: each class at most once.
    return {kind for kind in (OverviewTab, *LATER_TABS) if window.findChildren(kind)}


def _click_tab(window, key: str) -> None:
    index = window.lazy_tabs.index_of(key)
    bar = window.tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())


def test_opening_builds_only_the_current_tab_and_switching_builds_the_next(qtbot, window):
    first, second = window.ids
    assert _built(window) == set()  # the empty page shows ("Kies links een cliënt")
    assert window.open_client(first)
    assert _built(window) == {OverviewTab}  # the current tab, built for the dossier shown
    # Choosing a client, saving, locking: nothing builds a tab nobody looked at.
    assert window.flush_pending()
    assert window.release_unsaved() == {}
    assert _built(window) == {OverviewTab}
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == \
        [spec.title() for spec in window.tab_specs]

    _click_tab(window, "sessions")
    sessions = window.tabs.currentWidget()
    assert isinstance(sessions, SessionsTab) and sessions.isVisible()
    assert window.tabs.indexOf(sessions) == window.lazy_tabs.index_of("sessions")
    assert sessions.can_save()  # built for the client already shown
    assert _built(window) == {OverviewTab, SessionsTab}

    # A built tab follows the client; an unbuilt one is still not made.
    assert window.open_client(second)
    assert sessions._client_id == second  # noqa: SLF001
    assert _built(window) == {OverviewTab, SessionsTab}

    _click_tab(window, "inclusion_web")
    assert isinstance(window.tabs.currentWidget(), InclusionWebTab)
    assert window.tab_widget("talents", build=False) is None
    assert _built(window) == {OverviewTab, SessionsTab, InclusionWebTab}


def test_asking_for_a_tab_builds_it_where_it_belongs(qtbot, window):
    window.open_client(window.ids[0])
    index = window.lazy_tabs.index_of("charts")
    charts = window.tab_widget("charts")
    assert isinstance(charts, ChartsTab) and window.tabs.indexOf(charts) == index
    assert isinstance(window.tabs.currentWidget(), OverviewTab)  # the shown tab stays
    # The roles flow (web menu, card sort) brings an unbuilt Rollen tab forward.
    roles = show_roles_tab(window.overview)
    assert isinstance(roles, RolesTab) and window.tabs.currentWidget() is roles
    assert _built(window) == {OverviewTab, ChartsTab, RolesTab}
    assert {type(t) for t in window.tab_widgets()} == {OverviewTab, *LATER_TABS}
