"""The Buurtkaart tab's print and presentation buttons, and what they do (F11 and File > Print
reach the same functions)."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from resokit_desktop.translation import translator
from resokit_desktop.ui.widgets.full_screen import show_full_screen

_t = translator("BuurtkaartTab")


def extra_buttons(tab) -> list[QPushButton]:
    print_button = QPushButton(_t("Afdrukken…"))
    print_button.setToolTip(_t("De buurtkaart op een eigen blad (A4 of A3)"))
    print_button.clicked.connect(lambda: print_map(tab))
    present = QPushButton(_t("Presenteren"))
    present.setToolTip(_t("Volledig scherm, grote letters, zonder notities (F11; Esc: terug)"))
    present.clicked.connect(lambda: enter_presentation(tab))
    tab.print_button, tab.present_button = print_button, present
    return [print_button, present]


def print_map(tab, parent=None) -> None:
    """The preview of the buurtkaart on its own page (the version on screen)."""
    # lazy: the preview and fpdf2 load when first asked for
    from resokit_desktop.ui.printing.map_preview import MapSheetPreviewDialog
    from resokit_desktop.ui.widgets.modal import exec_and_free  # lazy: with the preview

    if tab.client_id is None or not tab.flush():
        return
    version_id = tab.version.id if tab.version is not None else None
    exec_and_free(MapSheetPreviewDialog(tab.db, tab.client_id, version_id, parent or tab))


def enter_presentation(tab):
    """F11: the map full screen on the tab's screen; returns the window (None: no map)."""
    # lazy: the presentation window loads when first used
    from resokit_desktop.ui.buurtkaart.map_presentation import MapPresentationWindow

    if tab.version is None or getattr(tab, "presentation", None) is not None:
        return getattr(tab, "presentation", None)
    window = MapPresentationWindow(tab.editor)
    tab.presentation = window
    window.closed.connect(lambda: _left(tab))
    show_full_screen(window, tab)
    return window


def _left(tab) -> None:
    tab.presentation = None
    tab.editor.view.fit_to_window()
