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

The main window calls the factory the first time the tab is shown or asked for
(``window.tab_widget(key)``; see ``ui/lazy_tabs.py``), then ``set_client`` with the client shown;
a tab never shown is never built, so it gets no hook calls at all.

The factory receives the open ``DossierFile`` and the parent widget, and returns a
``DossierTabBase`` (below): a QWidget that implements the ``DossierTab`` protocol and inherits a
default for every optional hook, so the main window calls each hook on every tab and never probes
with ``hasattr``.

Must implement:

- ``set_client(client_id: int | None) -> None`` -- show this client (None: no client selected).

Optional hooks (override what your tab needs; the defaults do nothing):

- ``flush() -> bool`` -- save pending edits now; return False when invalid input blocks leaving
  (the tab has then already asked the user and the user chose to go back and fix it).
  Default: True (nothing pending).
- ``save_now() -> bool`` -- save without asking anything (an automatic lock cannot wait on a
  question). Default: True.
- ``undo_stack() -> QUndoStack | None`` -- the tab's undo stack; when the tab becomes current the
  main window makes it the active stack of its QUndoGroup, so Ctrl+Z / Ctrl+Shift+Z act on it.
  Default: None (Undo/Redo greyed out on this tab).
- ``delete_selection() -> None`` -- what the Del shortcut does inside this tab. Default: nothing.
- ``release_unsaved() -> KeptInput | None`` / ``restore_kept(kept) -> None`` -- hand over input
  the file does not hold when an automatic lock closes the window, and take it back after
  unlocking (see ``ui/widgets/kept_input.py``). Default: nothing kept.
- the Qt signal ``client_changed`` (no arguments) -- emit it after saving something that the
  client list shows (name, neighbourhood, status) so the list refreshes.

A tab where the user types or drags and the file follows (every editor tab) subclasses
``ui/widgets/autosave_tab.AutosaveTab`` instead: it adds "save after a pause, show saved / not
saved, settle on leave" on top of this base; its docstring says how to build one.

Built-in order: Overzicht 10, Gesprekken 20, Inclusieweb 30; later features pick free numbers.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from resokit_desktop.services.dossier_file import DossierFile
    from resokit_desktop.ui.widgets.kept_input import KeptInput

# Modules imported (once) before the main window builds its tabs; each calls register_tab().
TAB_MODULES: list[str] = [
    "resokit_desktop.ui.dossiers.overview_tab",
    "resokit_desktop.ui.sessions.sessions_tab",
    "resokit_desktop.ui.inclusion_web.web_tab",
    "resokit_desktop.ui.talents.talents_tab",
    "resokit_desktop.ui.roles.roles_tab",
    "resokit_desktop.ui.buurtkaart.map_tab",
    "resokit_desktop.ui.charts.charts_tab",
]


@runtime_checkable
class DossierTab(Protocol):
    def set_client(self, client_id: int | None) -> None: ...

    def flush(self) -> bool: ...


class DossierTabBase(QWidget):
    """A dossier tab: implement ``set_client``; every optional hook has a do-nothing default."""

    #: Emit after saving something the client list shows, so the list refreshes.
    client_changed = Signal()

    def set_client(self, client_id: int | None) -> None:
        raise NotImplementedError

    def flush(self) -> bool:
        return True

    def save_now(self) -> bool:
        return True

    def undo_stack(self) -> QUndoStack | None:
        return None

    def delete_selection(self) -> None:
        return None

    def release_unsaved(self) -> KeptInput | None:
        return None

    def restore_kept(self, kept: KeptInput) -> None:
        return None


TabFactory = Callable[["DossierFile", QWidget], DossierTabBase]


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
