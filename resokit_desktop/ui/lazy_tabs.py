"""Dossier tabs built when first shown: a light placeholder stands in for each tab until then.

API (used by the main window and its language switch)::

    lazy = LazyTabs(tab_widget, build)        # build(spec) -> the real tab, wired to the window
    lazy.add(spec)                            # a placeholder page with the tab's title
    lazy.ensure_built(index) -> QWidget       # the real tab at that place (built now if needed)
    lazy.tab(key, build=True) -> QWidget | None
    lazy.built() -> list[QWidget]             # only the tabs built so far, in display order
    lazy.is_built(index) -> bool

``TabHost`` gives the main window its tab API on top of it: ``tab_widget(key)`` (built when
asked), ``tab_widgets()`` (every tab, all built), ``built_tabs()`` and ``release_unsaved()``.

A tab is built the first time it becomes current or is asked for by key; building puts the real
tab in the placeholder's place (same index, same title), so ``tabs.currentWidget()`` and
``tabs.indexOf(tab)`` see the real tab afterwards. Unbuilt tabs hold no client data, so saving,
locking and switching clients only concern the built ones.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QWidget

from resokit_desktop.ui.dossier_tabs import DossierTabBase, TabSpec
from resokit_desktop.ui.widgets.kept_input import KeptInput


class TabPlaceholder(DossierTabBase):
    """An empty page in the place of a dossier tab not shown yet (every hook does nothing)."""

    def __init__(self, spec: TabSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(f"tab_placeholder_{spec.key}")
        self.setProperty("tab_key", spec.key)

    def set_client(self, client_id: int | None) -> None:
        return None


class LazyTabs:
    """Keeps the placeholders of one QTabWidget and swaps in the real tab on first use."""

    def __init__(self, tabs: QTabWidget, build: Callable[[TabSpec], QWidget]) -> None:
        self._tabs = tabs
        # Weak: the window owns this keeper; a strong bound method would make a cycle that the
        # garbage collector frees at a random later moment, after Qt deleted the window.
        self._build = weakref.WeakMethod(build) if hasattr(build, "__self__") else lambda: build

    def add(self, spec: TabSpec) -> None:
        self._tabs.addTab(TabPlaceholder(spec, self._tabs), spec.title())

    def is_built(self, index: int) -> bool:
        widget = self._tabs.widget(index)
        return widget is not None and not isinstance(widget, TabPlaceholder)

    def built(self) -> list[QWidget]:
        return [self._tabs.widget(i) for i in range(self._tabs.count()) if self.is_built(i)]

    def index_of(self, key: str) -> int:
        for index in range(self._tabs.count()):
            if self._tabs.widget(index).property("tab_key") == key:
                return index
        return -1

    def tab(self, key: str, build: bool = True) -> QWidget | None:
        """The real tab with this key; built now unless ``build`` is False (then None)."""
        index = self.index_of(key)
        if index < 0:
            return None
        if not self.is_built(index):
            return self.ensure_built(index) if build else None
        return self._tabs.widget(index)

    def ensure_built(self, index: int) -> QWidget:
        """The real tab at ``index``: the placeholder is replaced, the current tab stays."""
        placeholder = self._tabs.widget(index)
        if not isinstance(placeholder, TabPlaceholder):
            return placeholder
        tabs = self._tabs
        was_current = tabs.currentIndex() == index
        current = tabs.currentWidget()
        real = self._build()(placeholder.spec)
        title, tip = tabs.tabText(index), tabs.tabToolTip(index)
        blocked = tabs.blockSignals(True)
        try:
            tabs.insertTab(index, real, title)
            tabs.setTabToolTip(index, tip)
            tabs.removeTab(index + 1)
            tabs.setCurrentWidget(real if was_current else current)
        finally:
            tabs.blockSignals(blocked)
        placeholder.deleteLater()
        return real

    def replace(self, index: int, new: QWidget, title: str) -> None:
        """Put a rebuilt tab in the place of a built one (signals of the tab widget blocked)."""
        old = self._tabs.widget(index)
        self._tabs.removeTab(index)
        self._tabs.insertTab(index, new, title)
        old.deleteLater()


class TabHost:
    """The main window's tab API over its ``lazy_tabs`` (a mixin for the QMainWindow)."""

    lazy_tabs: LazyTabs
    tabs: QTabWidget

    def tab_widgets(self) -> list[QWidget]:
        """Every dossier tab, building those not shown yet (``built_tabs`` costs nothing)."""
        return [self.lazy_tabs.ensure_built(i) for i in range(self.tabs.count())]

    def built_tabs(self) -> list[QWidget]:
        """The dossier tabs built so far: only these can hold a client or pending input."""
        return self.lazy_tabs.built()

    def tab_widget(self, key: str, build: bool = True) -> QWidget | None:
        """The tab with this key, built now if needed (``build=False``: None when not built)."""
        return self.lazy_tabs.tab(key, build)

    def release_unsaved(self) -> dict[str, KeptInput]:
        """The window is going away (an automatic lock): each built tab's input the file lacks."""
        kept: dict[str, KeptInput] = {}
        for widget in self.built_tabs():
            item = widget.release_unsaved()
            if item is not None:
                kept[widget.property("tab_key")] = item
        return kept
