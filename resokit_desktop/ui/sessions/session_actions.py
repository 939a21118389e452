"""The Dossier menu's "Gesprek verwijderen…" entry, which acts on the Gesprekken tab."""

from __future__ import annotations

from resokit_desktop.translation import translator

_tr = translator("Actions")


def delete_session(window) -> None:
    """Show the Gesprekken tab and delete its chosen session (after the tab's confirmation)."""
    tab = window.tab_widget("sessions")
    if tab is None or window.current_client_id() is None:
        return
    window.tabs.setCurrentWidget(tab)
    if tab.current_session_id() is None and not tab.has_pending_edits():
        window.statusBar().showMessage(
            _tr("Kies eerst in de lijst het gesprek dat weg moet."), 6000)
        return
    if tab.delete_current_session():
        window.statusBar().showMessage(_tr("Gesprek verwijderd."), 4000)


def add_actions(registry, window) -> None:
    registry.add(
        "delete_session", _tr("&Gesprek verwijderen…"), None, "dossier",
        lambda: delete_session(window), order=310, needs_client=True,
    )
