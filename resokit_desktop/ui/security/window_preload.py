"""Import the main window's modules on the unlock thread, so the window builds without waiting."""

from __future__ import annotations

import importlib


def preload_window_modules() -> None:
    """Import the main window and its tab modules (no widget is made): called on the unlock
    thread once the file opened, so building the window after Enter does not wait for imports."""
    # lazy: this is the preloading itself, run on the unlock thread
    from resokit_desktop.ui.dossier_tabs import load_tab_modules

    importlib.import_module("resokit_desktop.ui.main_window")
    load_tab_modules()
