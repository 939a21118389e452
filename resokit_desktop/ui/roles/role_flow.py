"""Ways into the Rollen tab from elsewhere: a web member's context menu, "Rollen voorstellen"
from the talent card sort, and the tab itself found from any widget of the window."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QGraphicsView, QMenu, QTabWidget, QWidget

from resokit_desktop.domain.roles import RolePlan
from resokit_desktop.rendering.web_items import MemberItem
from resokit_desktop.ui.roles.role_texts import _tr
from resokit_desktop.ui.roles.roles_tab import RolesTab


def show_roles_tab(widget: QWidget) -> RolesTab | None:
    """Bring the window's Rollen tab to the front; None when the window has none."""
    window = widget.window()
    # The main window builds its tabs when first shown: ask it, so an unbuilt Rollen tab is made.
    tab = window.tab_widget("roles") if hasattr(window, "tab_widget") else None
    tab = tab if isinstance(tab, RolesTab) else window.findChild(RolesTab)
    if tab is None:
        return None
    parent = tab.parentWidget()
    while parent is not None and not isinstance(parent, QTabWidget):
        parent = parent.parentWidget()
    if parent is not None:
        parent.setCurrentWidget(tab)
    return tab


def start_role_with_contact(widget: QWidget, contact_id: int) -> RolePlan | None:
    """Open the Rollen tab with a new plan that has this registry entry as key person/place."""
    tab = show_roles_tab(widget)
    return tab.start_plan_with_contact(contact_id) if tab is not None else None


def suggest_roles_from(widget: QWidget) -> RolePlan | None:
    """For the talent card sort's "Rollen voorstellen": open the Rollen tab and its suggestions;
    the idea taken becomes a plan with the focus talents it fits linked."""
    tab = show_roles_tab(widget)
    return tab.suggest_roles() if tab is not None else None


def _member_at(view: QGraphicsView, pos: QPoint) -> MemberItem | None:
    for item in view.items(pos):
        while item is not None and not isinstance(item, MemberItem):
            item = item.parentItem()
        if item is not None:
            return item
    return None


def add_role_menu(view: QGraphicsView) -> None:
    """Right-click (or the menu key) on a web member offers "Rol starten met <name>"."""
    def show_menu(pos: QPoint) -> None:
        # A right click on the viewport arrives here in viewport coordinates; the menu key
        # gives a point in the middle of the view: then the selected member counts.
        member = _member_at(view, pos)
        if member is None:
            selected = [i for i in view.scene().selectedItems() if isinstance(i, MemberItem)]
            member = selected[0] if selected else None
        if member is None:
            return
        menu = QMenu(view)
        menu.setObjectName("web_member_menu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        action = menu.addAction(_tr("Rol starten met %1…").replace("%1", member.member.name))
        action.setObjectName("start_role_action")
        action.triggered.connect(lambda: start_role_with_contact(view, member.entry_id))
        menu.popup(view.viewport().mapToGlobal(pos))

    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    view.customContextMenuRequested.connect(show_menu)
