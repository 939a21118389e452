"""The card sort being edited: the deck and one dated sort, with a signal whenever either changes.

Undo commands (sort_commands.py) change this model only; every view redraws from ``changed``.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QObject, Signal

from resokit_desktop.domain.talents import (
    MAX_FOCUS,
    CardSort,
    Pile,
    SortedTalent,
    TalentCard,
    place_card,
    remove_card,
    set_focus,
)


class CardSortModel(QObject):
    """Holds the deck and the sort; ``changed`` after every change that must be saved."""

    changed = Signal()
    #: Anything to save changed (a move, focus, or what was typed about a card).
    edited = Signal()
    #: A card moved or its focus changed; argument: the card's key (to keep it selected).
    card_moved = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.deck: list[TalentCard] = []
        self.sort: CardSort | None = None

    def load(self, deck: list[TalentCard], sort: CardSort | None) -> None:
        self.deck = deck
        self.sort = sort
        self.changed.emit()

    # -- reading -------------------------------------------------------------------------------
    def card(self, key: str) -> TalentCard | None:
        for card in self.deck:
            if card.key == key:
                return card
        talent = self.talent(key)
        return talent.card if talent is not None else None

    def talent(self, key: str) -> SortedTalent | None:
        if self.sort is None:
            return None
        return next((t for t in self.sort.talents if t.card_key == key), None)

    def pile_of(self, key: str) -> Pile | None:
        talent = self.talent(key)
        return talent.pile if talent is not None else None

    def unsorted_cards(self) -> list[TalentCard]:
        """Deck cards not yet on a pile (retired cards are not in the deck)."""
        placed = {t.card_key for t in self.sort.talents} if self.sort is not None else set()
        return [card for card in self.deck if card.key not in placed and not card.retired]

    def in_pile(self, pile: Pile) -> list[SortedTalent]:
        return self.sort.in_pile(pile) if self.sort is not None else []

    def focus_keys(self) -> list[str]:
        return [t.card_key for t in self.sort.focus()] if self.sort is not None else []

    def ranks(self) -> dict[str, int | None]:
        return {t.card_key: t.focus_rank for t in self.sort.talents} if self.sort else {}

    # -- changing (called by undo commands) ----------------------------------------------------
    def snapshot(self, key: str) -> tuple[int, SortedTalent] | None:
        """Where the card sits in the sort and a copy of it, to put it back on undo."""
        if self.sort is None:
            return None
        for index, talent in enumerate(self.sort.talents):
            if talent.card_key == key:
                return index, copy.copy(talent)
        return None

    def restore(self, key: str, saved: tuple[int, SortedTalent] | None,
                ranks: dict[str, int | None]) -> None:
        if self.sort is None:
            return
        self.sort.talents = [t for t in self.sort.talents if t.card_key != key]
        if saved is not None:
            index, talent = saved
            self.sort.talents.insert(min(index, len(self.sort.talents)), copy.copy(talent))
        self._set_ranks(ranks)
        self._moved(key)

    def move(self, key: str, pile: Pile | None) -> None:
        """Put the card on a pile (None: back into the deck)."""
        if self.sort is None:
            return
        if pile is None:
            remove_card(self.sort, key)
        else:
            card = self.card(key)
            if card is None:
                return
            talent = self.talent(key)
            if talent is not None and talent.pile is not pile:
                # A card moved to another pile goes to the end of that pile.
                self.sort.talents.remove(talent)
                self.sort.talents.append(talent)
            place_card(self.sort, card, pile)
        self._moved(key)

    def can_add_focus(self) -> bool:
        return len(self.focus_keys()) < MAX_FOCUS

    def toggle_focus(self, key: str) -> None:
        keys = self.focus_keys()
        keys = [k for k in keys if k != key] if key in keys else [*keys, key]
        set_focus(self.sort, keys)  # the caller checked the maximum and the pile
        self._moved(key)

    def set_ranks(self, ranks: dict[str, int | None], key: str) -> None:
        self._set_ranks(ranks)
        self._moved(key)

    def _set_ranks(self, ranks: dict[str, int | None]) -> None:
        for talent in self.sort.talents if self.sort is not None else []:
            talent.focus_rank = ranks.get(talent.card_key)

    def _moved(self, key: str) -> None:
        self.changed.emit()
        self.card_moved.emit(key)
        self.edited.emit()

    def details_edited(self, redraw: bool = False) -> None:
        """Who named it, the example or the energy changed (the caller set them on the talent)."""
        if redraw:  # the card shows it (the energy mark)
            self.changed.emit()
        self.edited.emit()
