"""Help menu entries and the F1 key: the help page of the screen in front, the team checklist."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from resokit_desktop.services import help_service
from resokit_desktop.translation import translator

_tr = translator("Actions")

HELP_KEY = "F1"


def open_help(parent: QWidget, page_key: str | None = None, window=None) -> QWidget:
    """Show the help window of ``parent`` (one per parent) at a page; returns the window."""
    # lazy: the help window and its pages load when help is first asked for
    from resokit_desktop.ui.help.help_window import HelpWindow

    shown = next((child for child in parent.findChildren(HelpWindow)
                  if child.parentWidget() is parent), None)
    if shown is None:
        shown = HelpWindow(parent)
        if window is not None:
            help_window = shown
            shown.open_checklist = lambda: open_checklist(window, help_window)
    shown.show_page(page_key or help_service.START_PAGE)
    shown.show()
    shown.raise_()
    shown.activateWindow()
    return shown


def screen_key(window) -> str | None:
    """The dossier tab in front of the main window, or None when no client is shown."""
    if window.stack.currentWidget() is not window.tabs:
        return None
    current = window.tabs.currentWidget()
    return None if current is None else current.property("tab_key")


def open_checklist(window, parent: QWidget | None = None) -> None:
    # lazy: the checklist dialog loads when first asked for
    from resokit_desktop.services.reflection_service import ReflectionService
    from resokit_desktop.ui.help.reflection_dialog import open_reflection

    open_reflection(ReflectionService(window.dossier.db), parent or window)


def install_help_key(widget: QWidget, page_key: str) -> QShortcut:
    """F1 inside a window of its own (the register, the settings) opens that screen's page."""
    return QShortcut(QKeySequence(HELP_KEY), widget, lambda: open_help(widget, page_key))


def add_actions(registry, window) -> None:
    registry.add("help_contents", _tr("&Help"), HELP_KEY, "help",
                 lambda: open_help(window, help_service.page_for_screen(screen_key(window)),
                                   window), order=100)
    registry.add("reflection_checklist", _tr("&Reflectielijst voor het team…"), None, "help",
                 lambda: open_checklist(window), order=200)
