"""Registry of settings pages: each page is a widget with load() and save() over the dossier file.

A feature adds a page by appending its module to PAGE_MODULES; that module calls, at import time,
``register_page(key, order, title, factory)`` where factory(dossier, parent) returns a widget with
``load() -> None``, ``validate() -> list[str]`` (messages; empty when fine) and ``save() -> None``.
Built-in: "general" 10 (organisation and worker), "logo" 20.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

PAGE_MODULES: list[str] = [
    "resokit_desktop.ui.settings.general_page",
    "resokit_desktop.ui.security.security_settings_page",
    "resokit_desktop.ui.inclusion_web.domain_set_page",
    "resokit_desktop.ui.talents.card_settings_page",
]


@dataclass(frozen=True)
class PageSpec:
    key: str
    order: int
    title: Callable[[], str]
    factory: Callable


_PAGES: dict[str, PageSpec] = {}


def register_page(key: str, order: int, title: Callable[[], str], factory: Callable) -> None:
    _PAGES[key] = PageSpec(key, order, title, factory)


def registered_pages() -> list[PageSpec]:
    for name in PAGE_MODULES:
        importlib.import_module(name)
    return sorted(_PAGES.values(), key=lambda p: (p.order, p.key))
