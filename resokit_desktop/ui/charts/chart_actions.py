"""Menu actions for all clients at once: the caseload overview and the anonymous figures export."""

from __future__ import annotations

from resokit_desktop.translation import translator

_tr = translator("Actions")


def open_caseload(window) -> None:
    """Show the caseload overview (one window, refreshed each time it is asked for)."""
    overview = getattr(window, "_caseload_window", None)
    if overview is None:
        # lazy: pyqtgraph loads with the first overview, not at start-up.
        from resokit_desktop.ui.charts.caseload_window import CaseloadWindow

        def open_client(client_id: int) -> None:
            if window.open_client(client_id):
                window.client_list.select_client(client_id)
                window.raise_()
                window.activateWindow()

        overview = CaseloadWindow(window.dossier.db, open_client, window)
        window._caseload_window = overview
    overview.refresh()
    overview.show()
    overview.raise_()


def open_aggregate_export(window) -> None:
    # lazy: the dialog and its PDF code load when first asked for
    from resokit_desktop.ui.charts.aggregate_dialog import AggregateDialog
    from resokit_desktop.ui.widgets.modal import exec_and_free

    exec_and_free(AggregateDialog(window.dossier, window))


def add_actions(registry, window) -> None:
    registry.add("caseload_overview", _tr("Caseload-&overzicht…"), None, "view",
                 lambda: open_caseload(window), order=300)
    registry.add("aggregate_export", _tr("Anonieme &cijfers exporteren…"), None, "file",
                 lambda: open_aggregate_export(window), order=500)
