"""The main window's print actions: summary (Ctrl+P), save as PDF, web, comparison, role plan,
"Mijn talenten".

Other features may open the same previews directly, e.g. the roles tab:
``RolePlanPreviewDialog(db, client_id, plan_id, parent).exec()``.
"""

from __future__ import annotations

from resokit_desktop.translation import translator
from resokit_desktop.ui.widgets.modal import exec_and_free

CONTEXT = "PrintActions"


_tr = translator(CONTEXT)


def add_actions(registry, window) -> None:
    registry.add("print_summary", _tr("Samenvatting afdrukken…"), "Ctrl+P", "file",
                 lambda: print_summary(window), order=300, needs_client=True)
    registry.add("save_summary_pdf", _tr("Opslaan als PDF…"), None, "file",
                 lambda: save_summary_pdf(window), order=310, needs_client=True)
    registry.add("print_web", _tr("Inclusieweb afdrukken…"), None, "file",
                 lambda: _open(window, "web"), order=320, needs_client=True)
    registry.add("print_comparison", _tr("Webversies vergeleken afdrukken…"), None, "file",
                 lambda: _open(window, "comparison"), order=330, needs_client=True)
    registry.add("print_role_plan", _tr("Rolplan afdrukken…"), None, "file",
                 lambda: _open(window, "role_plan"), order=340, needs_client=True)
    registry.add("print_talents", _tr("Mijn talenten afdrukken…"), None, "file",
                 lambda: print_talents(window), order=345, needs_client=True)


def _ready(window) -> int | None:
    """The open client, after every tab saved its edits (so the print shows what was typed)."""
    client_id = window.current_client_id()
    if client_id is None or not window.flush_pending():
        return None
    return client_id


def _on_screen(window, tab_key: str, what: str) -> int | None:
    """The plan or sort the tab shows for the open client (None: the tab shows none, or was
    never built), so a print from the menu starts where the worker is looking."""
    tab = window.tab_widget(tab_key)
    shown = getattr(tab, what, None)
    return shown() if callable(shown) else None


def print_summary(window) -> None:
    # lazy: fpdf2 (and the PDF code) load when a PDF is first made, not at start-up
    from resokit_desktop.ui.printing.summary_preview import SummaryPreviewDialog

    client_id = _ready(window)
    if client_id is not None:
        exec_and_free(SummaryPreviewDialog(window.dossier.db, client_id, window))


def save_summary_pdf(window) -> None:
    """Straight to a file with the last choices, without opening the preview."""
    # lazy: fpdf2 (and the PDF code) load when a PDF is first made, not at start-up
    from resokit_desktop.ui.printing.summary_preview import SummaryPreviewDialog

    client_id = _ready(window)
    if client_id is None:
        return
    dialog = SummaryPreviewDialog(window.dossier.db, client_id, window)
    dialog.on_saved = lambda _path: window.statusBar().showMessage(
        _tr("Samenvatting opgeslagen als PDF."), 5000)
    if not dialog.save_pdf():
        dialog.deleteLater()


def print_talents(window) -> None:
    """"Mijn talenten": the sort on screen (else the latest) on one page, in the client's
    language."""
    # lazy: the preview and fpdf2 load when first asked for
    from resokit_desktop.ui.printing.talents_preview import TalentsPreviewDialog

    client_id = _ready(window)
    if client_id is not None:
        sort_id = _on_screen(window, "talents", "current_sort_id")
        exec_and_free(TalentsPreviewDialog(window.dossier.db, client_id, sort_id, window))


def _open(window, kind: str) -> None:
    # lazy: fpdf2 (and the PDF code) load when a PDF is first made, not at start-up
    from resokit_desktop.ui.printing import printables_preview

    client_id = _ready(window)
    if client_id is None:
        return
    if kind == "role_plan":
        exec_and_free(printables_preview.RolePlanPreviewDialog(
            window.dossier.db, client_id, _on_screen(window, "roles", "current_plan_id"),
            parent=window))
        return
    dialog_class = {
        "web": printables_preview.WebSheetPreviewDialog,
        "comparison": printables_preview.ComparisonPreviewDialog,
    }[kind]
    exec_and_free(dialog_class(window.dossier.db, client_id, parent=window))
