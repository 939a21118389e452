"""Undo commands of the card sort: each changes the model only; the views follow its signals."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from resokit_desktop.domain.talents import Pile
from resokit_desktop.translation import translator
from resokit_desktop.ui.talents.sort_model import CardSortModel
from resokit_desktop.ui.talents.talent_texts import deck_title, pile_title

_tr = translator("SortCommands")


class MoveCardCommand(QUndoCommand):
    """A card from the deck or a pile onto a pile or back into the deck (one drag, one step)."""

    def __init__(self, model: CardSortModel, key: str, pile: Pile | None) -> None:
        target = deck_title() if pile is None else pile_title(pile)
        super().__init__(_tr("Kaart naar ‘%1’").replace("%1", target))
        self.model = model
        self.key = key
        self.pile = pile
        self.before = model.snapshot(key)
        self.ranks = model.ranks()
        self.after: tuple | None = None

    def redo(self) -> None:
        if self.after is None:
            self.model.move(self.key, self.pile)
        else:  # redo puts back what undo took, with what was typed on the card meanwhile
            self.model.restore(self.key, *self.after)

    def undo(self) -> None:
        self.after = (self.model.snapshot(self.key), self.model.ranks())
        self.model.restore(self.key, self.before, self.ranks)


class ToggleFocusCommand(QUndoCommand):
    """Mark a card as a focus talent, or no longer."""

    def __init__(self, model: CardSortModel, key: str) -> None:
        super().__init__(_tr("Focustalent aan of uit"))
        self.model = model
        self.key = key
        self.ranks = model.ranks()

    def redo(self) -> None:
        self.model.toggle_focus(self.key)

    def undo(self) -> None:
        self.model.set_ranks(self.ranks, self.key)
