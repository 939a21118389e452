"""Registry of the dossier's tabs: each feature adds its tab with an order, a title and a factory.

How a feature adds a tab
------------------------
1. Append your module's dotted name to ``TAB_MODULES`` below (one surgical edit).
2. In that module, at import time::

       from resokit_desktop.ui.dossier_tabs import register_tab

       register_tab(
           "inclusion_web", 30,
           lambda: QCoreApplication.translate("DossierTabs", "Inclusieweb"),
           lambda dossier, parent: InclusionWebTab(dossier, parent),
       )

The factory receives the open ``DossierFile`` and the parent widget, and returns a QWidget that
implements the ``DossierTab`` protocol:

- ``set_client(client_id: int | None) -> None`` -- show this client (None: no client selected).
- ``flush() -> bool`` -- save pending edits now; return False when invalid input blocks leaving
  (the tab has then already asked the user and the user chose to go back and fix it).

Optional extras the main window uses when present:

- ``undo_stack() -> QUndoStack | None`` -- the tab's undo stack; when the tab becomes current the
  main window makes it the active stack of its QUndoGroup, so Ctrl+Z / Ctrl+Shift+Z act on it.
- ``delete_selection() -> None`` -- what the Del shortcut does inside this tab.
- a Qt signal ``client_changed`` (no arguments) -- emit it after saving something that the client
  list shows (name, neighbourhood, status) so the list refreshes.

Built-in order: Overzicht 10, Gesprekken 20, Inclusieweb 30; later features pick free numbers.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from resokit_desktop.services.dossier_file import DossierFile

# Modules imported (once) before the main window builds its tabs; each calls register_tab().
TAB_MODULES: list[str] = [
    "resokit_desktop.ui.dossiers.overview_tab",
    "resokit_desktop.ui.sessions.sessions_tab",
    "resokit_desktop.ui.inclusion_web.web_tab",
    "resokit_desktop.ui.charts.charts_tab",
]


@runtime_checkable
class DossierTab(Protocol):
    def set_client(self, client_id: int | None) -> None: ...

    def flush(self) -> bool: ...


TabFactory = Callable[["DossierFile", "QWidget"], "QWidget"]


@dataclass(frozen=True)
class TabSpec:
    key: str
    order: int
    title: Callable[[], str]
    factory: TabFactory


_REGISTRY: dict[str, TabSpec] = {}


def register_tab(
    key: str,
    order: int,
    title: Callable[[], str],
    factory: TabFactory,
) -> None:
    """Add (or replace, when the key is already known) one dossier tab."""
    for spec in _REGISTRY.values():
        if spec.order == order and spec.key != key:
            raise ValueError(f"tab order {order} already taken by {spec.key!r}")
    _REGISTRY[key] = TabSpec(key=key, order=order, title=title, factory=factory)


def load_tab_modules() -> None:
    for name in TAB_MODULES:
        importlib.import_module(name)


def registered_tabs() -> list[TabSpec]:
    """Every registered tab, in display order (imports TAB_MODULES first)."""
    load_tab_modules()
    return sorted(_REGISTRY.values(), key=lambda spec: (spec.order, spec.key))
