"""Main-window actions of the inclusion web: save now (Ctrl+S) and start a new version."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from resokit_desktop.ui.inclusion_web.web_tab import InclusionWebTab


def _tabs(window) -> list[InclusionWebTab]:
    return list(window.findChildren(InclusionWebTab))


def save_web(window) -> None:
    for tab in _tabs(window):
        tab.flush()


def new_web_version(window) -> None:
    for tab in _tabs(window):
        if tab.isVisible():
            tab.ask_new_version()


def present_web(window) -> None:
    """F11: the visible tab's presentation mode (the web's, the card sort's, the buurtkaart's)."""
    for tab in _tabs(window):
        if tab.isVisible():
            tab.enter_presentation()
    talents = window.tab_widget("talents", build=False)  # a tab not built is not visible
    if talents is not None and talents.isVisible():
        talents.enter_presentation()
    buurtkaart = window.tab_widget("buurtkaart")
    if buurtkaart is not None and buurtkaart.isVisible():
        # lazy: the buurtkaart's presentation helper, only when that tab is shown
        from resokit_desktop.ui.buurtkaart.map_extras import enter_presentation

        enter_presentation(buurtkaart)


def add_actions(registry, window) -> None:
    registry.add(
        "save_web_version",
        QCoreApplication.translate("Actions", "Inclusie&web bewaren"),
        "Ctrl+S", "dossier", lambda: save_web(window), order=400, needs_client=True,
    )
    registry.add(
        "new_web_version",
        QCoreApplication.translate("Actions", "Nieuwe &versie van het inclusieweb"),
        None, "dossier", lambda: new_web_version(window), order=410, needs_client=True,
    )
    registry.add(
        "present_web",
        QCoreApplication.translate("Actions", "Web &presenteren (volledig scherm)"),
        "F11", "view", lambda: present_web(window), order=300, needs_client=True,
    )
