"""Main-window action that opens the neighbourhood register window (one window per main window)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from resokit_desktop.services.register_service import RegisterService
from resokit_desktop.ui.neighbourhood.register_window import RegisterWindow


def open_register(window) -> RegisterWindow:
    """Show the register window (raise it when it is already open)."""
    shown = window.findChild(RegisterWindow)
    if shown is None:
        shown = RegisterWindow(RegisterService(window.dossier.db), window,
                               client_id=window.current_client_id)
        shown.finished.connect(shown.deleteLater)
    shown.show()
    shown.raise_()
    shown.activateWindow()
    return shown


def open_organisation_map(window) -> RegisterWindow:
    """The register window on its "Buurtkaart organisatie" tab."""
    shown = open_register(window)
    shown.tabs.setCurrentWidget(shown.org_map)
    return shown


def add_actions(registry, window) -> None:
    registry.add(
        "neighbourhood_register",
        QCoreApplication.translate("Actions", "Buu&rtregister en buurtscan…"),
        "Ctrl+Shift+B", "view", lambda: open_register(window), order=400,
    )
    registry.add(
        "organisation_map",
        QCoreApplication.translate("Actions", "Buurtkaart organi&satie…"),
        None, "view", lambda: open_organisation_map(window), order=410,
    )
