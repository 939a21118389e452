"""Main-window action: print the buurtkaart on a page of its own (File menu)."""

from __future__ import annotations

from resokit_desktop.translation import translator
from resokit_desktop.ui.buurtkaart.map_extras import print_map

_tr = translator("PrintActions")


def _print(window) -> None:
    tab = window.tab_widget("buurtkaart")
    if tab is not None and window.current_client_id() is not None:
        if tab.client_id != window.current_client_id():
            tab.set_client(window.current_client_id())
        print_map(tab, window)


def add_actions(registry, window) -> None:
    registry.add("print_map", _tr("Buurtkaart afdrukken…"), None, "file",
                 lambda: _print(window), order=342, needs_client=True)
