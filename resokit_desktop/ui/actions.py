"""One registry of the main window's QActions: their texts, standard shortcuts and menu places.

How a feature adds an action
----------------------------
1. Append your module's dotted name to ``ACTION_MODULES`` below (one surgical edit).
2. In that module define ``add_actions(registry, window)``; the main window calls it once, after
   its own actions exist and before the menus are built::

       def add_actions(registry: ActionRegistry, window) -> None:
           registry.add(
               "print_summary",
               QCoreApplication.translate("Actions", "Samenvatting afdrukken…"),
               "Ctrl+P", "file", lambda: print_summary(window), order=300, needs_client=True,
           )

``registry.add(key, text, shortcut, menu, handler, *, order=500, needs_client=False,
checkable=False)`` returns the QAction. ``shortcut`` is a string ("Ctrl+P"), a
QKeySequence.StandardKey, a list of those, or None. ``menu`` is one of MENU_KEYS ("file", "edit",
"dossier", "view", "help") or None (shortcut only). ``handler`` is called with no arguments.
Within a menu, entries are sorted by ``order``; a separator appears where the hundreds digit
changes. ``needs_client=True`` disables the action while no client is selected.
Standard actions (the keys of STANDARD_SHORTCUTS: undo, redo, delete, search, print, quit, zoom,
…) answer to the platform's own keys as well (QKeySequence.StandardKey: Ctrl+Y redoes on Windows,
Cmd+Shift+Z on macOS); the registry adds them to whatever shortcut the caller passes.
Reserved shortcuts (RESERVED_SHORTCUTS) may only be taken by the key they are reserved for; any
other duplicate shortcut raises ValueError, so clashes show up in the first test run.

What ``window`` (the MainWindow) offers to handlers:
``window.dossier`` (the open DossierFile), ``window.current_client_id() -> int | None``,
``window.flush_pending() -> bool`` (save every tab's edits; False: the user must fix input first),
``window.refresh_clients()`` (reload the client list), ``window.undo_group`` (QUndoGroup),
``window.action_registry`` (this registry), ``window.tab_widget(key)`` (a dossier tab).

Built-in keys and orders: file: settings 800, quit 900; edit: undo 100, redo 110, delete 200,
search 300; dossier: new_client 100, close_client 200, archive_client 210, delete_client 300,
delete_session 310 (ui/sessions/session_actions.py);
view: toggle_client_list 100 (F9), next_tab 150 (Ctrl+Tab, Ctrl+PgDn), previous_tab 160
(Ctrl+Shift+Tab, Ctrl+PgUp), text_larger 200 (Ctrl++), text_smaller 210 (Ctrl+-),
text_normal 220 (Ctrl+0); help: help_contents 100 (F1), reflection_checklist 200
(ui/help/help_actions.py), about 900.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

# Modules whose add_actions(registry, window) the main window calls.
ACTION_MODULES: list[str] = [
    "resokit_desktop.ui.printing.print_actions",
    "resokit_desktop.ui.security.security_actions",
    "resokit_desktop.ui.security.privacy_actions",
    "resokit_desktop.ui.inclusion_web.web_actions",
    "resokit_desktop.ui.sessions.session_actions",
    "resokit_desktop.ui.neighbourhood.register_actions",
    "resokit_desktop.ui.charts.chart_actions",
    "resokit_desktop.ui.help.help_actions",
    "resokit_desktop.ui.buurtkaart.map_actions",
]

MENU_KEYS = ("file", "edit", "dossier", "view", "help")

RESERVED_SHORTCUTS = {
    "Ctrl+P": "print_summary",
    "Ctrl+L": "lock",
    "Ctrl+S": "save_web_version",
}

ShortcutSpec = str | QKeySequence | QKeySequence.StandardKey | Sequence | None

_Std = QKeySequence.StandardKey

# Action key -> the keys every platform gives that action. Where a platform's list lacks an
# everyday key (Qt gives no Quit key on Windows; some Linux themes leave Ctrl+Y out of Redo), the
# key is named too, so the same keys work everywhere.
STANDARD_SHORTCUTS: dict[str, ShortcutSpec] = {
    "undo": _Std.Undo,
    "redo": [_Std.Redo, "Ctrl+Y", "Ctrl+Shift+Z"],
    "delete": _Std.Delete,
    "search": _Std.Find,
    "print_summary": _Std.Print,
    "save_web_version": _Std.Save,
    "new_client": _Std.New,
    "quit": [_Std.Quit, "Ctrl+Q"],
    "text_larger": [_Std.ZoomIn, "Ctrl+="],
    "text_smaller": _Std.ZoomOut,
    "next_tab": [_Std.NextChild, "Ctrl+PgDown"],
    "previous_tab": [_Std.PreviousChild, "Ctrl+Shift+Tab", "Ctrl+PgUp"],
}


def menu_title(key: str) -> str:
    titles = {
        "file": QCoreApplication.translate("Actions", "&Bestand"),
        "edit": QCoreApplication.translate("Actions", "Be&werken"),
        "dossier": QCoreApplication.translate("Actions", "&Dossier"),
        "view": QCoreApplication.translate("Actions", "Bee&ld"),
        "help": QCoreApplication.translate("Actions", "&Help"),
    }
    return titles[key]


def _sequences(shortcut: ShortcutSpec) -> list[QKeySequence]:
    """The key sequences of a spec, in order, each once (platform lists often repeat ours)."""
    if shortcut is None:
        return []
    if isinstance(shortcut, (str, QKeySequence, QKeySequence.StandardKey)):
        shortcut = [shortcut]
    sequences: list[QKeySequence] = []
    for item in shortcut:
        if isinstance(item, QKeySequence.StandardKey):
            sequences.extend(QKeySequence.keyBindings(item))
        else:
            sequences.append(QKeySequence(item))
    unique: dict[str, QKeySequence] = {}
    for sequence in sequences:
        text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
        if not sequence.isEmpty() and text not in unique:
            unique[text] = sequence
    return list(unique.values())


@dataclass
class _Entry:
    key: str
    action: QAction
    menu: str | None
    order: int
    needs_client: bool


class ActionRegistry:
    """Holds every QAction of one main window, keyed by a stable string."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent
        self._entries: dict[str, _Entry] = {}
        self._shortcut_owner: dict[str, str] = {}
        self._client_selected = False

    def add(
        self,
        key: str,
        text: str,
        shortcut: ShortcutSpec = None,
        menu: str | None = None,
        handler: Callable[[], object] | None = None,
        *,
        order: int = 500,
        needs_client: bool = False,
        checkable: bool = False,
    ) -> QAction:
        action = QAction(text, self._parent)
        action.setCheckable(checkable)
        if handler is not None:
            if checkable:
                action.toggled.connect(lambda _checked: handler())
            else:
                action.triggered.connect(lambda _checked=False: handler())
        return self.add_action(key, action, shortcut, menu, order=order, needs_client=needs_client)

    def add_action(
        self,
        key: str,
        action: QAction,
        shortcut: ShortcutSpec = None,
        menu: str | None = None,
        *,
        order: int = 500,
        needs_client: bool = False,
    ) -> QAction:
        """Register an existing QAction (e.g. one made by QUndoGroup.createUndoAction)."""
        if key in self._entries:
            raise ValueError(f"action {key!r} already registered")
        if menu is not None and menu not in MENU_KEYS:
            raise ValueError(f"unknown menu {menu!r}; use one of {MENU_KEYS}")
        standard = STANDARD_SHORTCUTS.get(key)
        if standard is not None:
            given = [] if shortcut is None else (
                [shortcut] if isinstance(shortcut, (str, QKeySequence, QKeySequence.StandardKey))
                else list(shortcut))
            standard_list = [standard] if not isinstance(standard, list) else standard
            shortcut = [*given, *standard_list]
        sequences = _sequences(shortcut)
        for sequence in sequences:
            text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            reserved_for = RESERVED_SHORTCUTS.get(text)
            if reserved_for is not None and reserved_for != key:
                raise ValueError(f"shortcut {text} is reserved for {reserved_for!r}")
            if text in self._shortcut_owner:
                raise ValueError(f"shortcut {text} already used by {self._shortcut_owner[text]!r}")
        for sequence in sequences:
            self._shortcut_owner[sequence.toString(QKeySequence.SequenceFormat.PortableText)] = key
        if sequences:
            action.setShortcuts(sequences)
        action.setObjectName(f"action_{key}")
        self._parent.addAction(action)
        self._entries[key] = _Entry(key, action, menu, order, needs_client)
        if needs_client:
            action.setEnabled(self._client_selected)
        return action

    def get(self, key: str) -> QAction:
        return self._entries[key].action

    def __contains__(self, key: object) -> bool:
        return key in self._entries

    def keys(self) -> list[str]:
        return list(self._entries)

    def shortcut_owner(self, shortcut: str) -> str | None:
        """Which action key holds the shortcut (portable text, e.g. "Ctrl+N")."""
        return self._shortcut_owner.get(QKeySequence(shortcut).toString(
            QKeySequence.SequenceFormat.PortableText))

    def set_client_selected(self, selected: bool) -> None:
        """Enable or disable the actions that only make sense with a client open."""
        self._client_selected = selected
        for entry in self._entries.values():
            if entry.needs_client:
                entry.action.setEnabled(selected)

    def actions(self) -> list[QAction]:
        """Every registered action (to retire them all when the menus are rebuilt)."""
        return [entry.action for entry in self._entries.values()]

    def build_menus(self, menubar: QMenuBar) -> dict[str, QMenu]:
        """Fill the menu bar: one menu per MENU_KEYS entry that has actions, sorted by order."""
        menus: dict[str, QMenu] = {}
        for menu_key in MENU_KEYS:
            entries = sorted(
                (e for e in self._entries.values() if e.menu == menu_key),
                key=lambda e: e.order,
            )
            if not entries:
                continue
            menu = menubar.addMenu(menu_title(menu_key))
            menu.setObjectName(f"menu_{menu_key}")
            previous_group: int | None = None
            for entry in entries:
                group = entry.order // 100
                if previous_group is not None and group != previous_group:
                    menu.addSeparator()
                menu.addAction(entry.action)
                previous_group = group
            menus[menu_key] = menu
        return menus


def add_contributed_actions(registry: ActionRegistry, window: object) -> None:
    """Let every module in ACTION_MODULES add its actions."""
    for name in ACTION_MODULES:
        importlib.import_module(name).add_actions(registry, window)
