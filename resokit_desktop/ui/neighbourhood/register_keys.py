"""The keyboard shortcuts of the neighbourhood register window."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut

from resokit_desktop.ui.help.help_actions import install_help_key

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog as RegisterWindow  # the window that owns the keys


def install_register_keys(window: RegisterWindow) -> None:
    """The register window's own keys (they act inside it, not in the main window)."""
    keys: list[tuple[object, Callable[[], object]]] = [
        (QKeySequence.StandardKey.New, window.new_entry),
        (QKeySequence.StandardKey.Find, window.focus_search),
        (QKeySequence.StandardKey.Save, window.save_now),
        (QKeySequence.StandardKey.Undo, lambda: window.org_map.undo_stack.undo()
         if window.tabs.currentWidget() is window.org_map else window.undo_delete()),
        ("Ctrl+E", window.export_register),
        ("Ctrl+I", window.import_register),
        ("Ctrl+1", lambda: window.tabs.setCurrentIndex(0)),
        ("Ctrl+2", lambda: window.tabs.setCurrentIndex(1)),
        ("Ctrl+3", lambda: window.tabs.setCurrentIndex(2)),
        (QKeySequence.StandardKey.Close, window.close),
    ]
    for key, handler in keys:
        QShortcut(QKeySequence(key), window, handler)
    # Del deletes an entry only from the list, so it still deletes text in the fields.
    delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), window.table,
                       window.delete_entry)
    delete.setContext(Qt.ShortcutContext.WidgetShortcut)
    install_help_key(window, "register")  # F1: the register's help page
