"""Undo commands of the Rollen tab: one stored change of a role plan."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from resokit_desktop.domain.roles import RolePlan
from resokit_desktop.ui.roles.role_texts import _tr

if TYPE_CHECKING:
    from resokit_desktop.ui.roles.roles_tab import RolesTab


class PlanEditCommand(QUndoCommand):
    """One stored change of a plan; undo and redo store the other version (status excepted:
    the status path is not walked backwards by undo)."""

    def __init__(self, tab: RolesTab, before: RolePlan, after: RolePlan) -> None:
        super().__init__(_tr("Rolplan wijzigen"))
        self._tab, self._before, self._after = tab, before, after
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._tab.apply_version(self._after)

    def undo(self) -> None:
        self._tab.apply_version(self._before)
