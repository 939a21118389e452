"""Undo commands of the Rollen tab: one stored change of a role plan."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QUndoCommand

from resokit_desktop.domain.roles import RolePlan
from resokit_desktop.ui.roles.role_texts import _tr


class PlanView(Protocol):
    """What an undo step needs of the Rollen tab: show and store a version of the plan."""

    def apply_version(self, plan: RolePlan) -> None: ...


class PlanEditCommand(QUndoCommand):
    """One stored change of a plan; undo and redo store the other version (status excepted:
    the status path is not walked backwards by undo)."""

    def __init__(self, tab: PlanView, before: RolePlan, after: RolePlan) -> None:
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
