"""The card sort on screen: the deck by group beside four piles; cards move by drag, key or menu.

The board only asks for moves (``move_requested``, ``focus_requested``); the tab turns them into
undo commands, the model changes, and the board redraws from the model's ``changed`` signal.
The tab and the presentation window each show a board on the same model.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import QApplication, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from resokit_desktop.domain.talents import Pile, TalentDeck
from resokit_desktop.translation import translator
from resokit_desktop.ui.talents.card_list import CardList
from resokit_desktop.ui.talents.sort_model import CardSortModel
from resokit_desktop.ui.talents.talent_texts import deck_title, pile_title, ui_language

_tr = translator("SortBoard")


class CardDrag(QObject):
    """One mouse (or finger) drag of a card from one list onto another, shown as a floating card."""

    def __init__(self, board: SortBoard) -> None:
        super().__init__(board)
        self.board = board
        self.source: CardList | None = None
        self.key: str | None = None
        self.start = QPoint()
        self.active = False
        self.ghost = QLabel(board)
        self.ghost.setObjectName("drag_ghost")
        self.ghost.setStyleSheet("background: #fff1c9; border: 2px solid #265c62; "
                                 "border-radius: 8px; padding: 8px; font-weight: bold;")
        self.ghost.hide()

    def press(self, source: CardList, key: str | None, global_pos: QPoint) -> None:
        self.source, self.key, self.start, self.active = source, key, global_pos, False

    def move(self, global_pos: QPoint) -> bool:
        if self.key is None or self.source is None:
            return False
        if not self.active:
            distance = (global_pos - self.start).manhattanLength()
            if distance < QApplication.startDragDistance():
                return False
            self.active = True
            item = self.source.item_for(self.key)
            self.ghost.setText(item.text() if item is not None else "")
            self.ghost.adjustSize()
            self.ghost.show()
            self.ghost.raise_()
        self.ghost.move(self.board.mapFromGlobal(global_pos) + QPoint(12, 8))
        self.board.highlight(self.board.list_at(global_pos))
        return True

    def release(self, global_pos: QPoint) -> bool:
        was_active, key, source = self.active, self.key, self.source
        self.cancel()
        if not was_active or key is None or source is None:
            return False
        target = self.board.list_at(global_pos)
        if target is not None and target.pile is not source.pile:
            self.board.request_move(key, target.pile, by_drag=True)
        return True

    def cancel(self) -> None:
        self.active, self.key, self.source = False, None, None
        self.ghost.hide()
        self.board.highlight(None)


class SortBoard(QWidget):
    """The deck on the left, the four piles in a square on the right, a message line below."""

    move_requested = Signal(str, object)   # card key, Pile or None (the deck)
    focus_requested = Signal(str)
    card_selected = Signal(object)         # card key or None

    def __init__(self, model: CardSortModel, deck: TalentDeck, scale: float = 1.0,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sort_board")
        self.model = model
        self.deck_info = deck
        self.scale = scale
        self.drag = CardDrag(self)
        self._keep: tuple[str, object] | None = None
        self._last_selected: str | None = None
        self.deck_list = self._list(None)
        self.piles: dict[Pile, CardList] = {pile: self._list(pile) for pile in Pile}
        self.titles: dict[Pile | None, QLabel] = {}
        title_style = f"font-weight: bold; font-size: {round(11 * scale)}pt; color: #265c62;"
        deck_box = QVBoxLayout()
        deck_box.addWidget(self._title(None, title_style))
        deck_box.addWidget(self.deck_list, 1)
        self.deck_box = deck_box  # the tab adds its "own card" button under the deck
        grid = QGridLayout()
        grid.setSpacing(8)
        for index, pile in enumerate(Pile):
            box = QVBoxLayout()
            box.addWidget(self._title(pile, title_style))
            box.addWidget(self.piles[pile], 1)
            grid.addLayout(box, index // 2, index % 2)
        row = QHBoxLayout()
        row.addLayout(deck_box, 3)
        row.addLayout(grid, 7)
        self.message = QLabel(self)
        self.message.setObjectName("talent_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #8a1c1c; font-weight: bold;")
        self.message.setAccessibleName(_tr("Melding"))
        self.hint = QLabel(_tr("Sleep een kaart naar een stapel, of kies ze en druk 1–4 "
                               "(0: terug naar de stapel kaarten, F: focustalent, "
                               "rechtermuisknop of menutoets: verplaatsen naar…)."), self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.hint)
        model.changed.connect(self.rebuild)
        model.card_moved.connect(self._select_after_move)

    def _list(self, pile: Pile | None) -> CardList:
        card_list = CardList(pile, self.scale, self)
        card_list.drag = self.drag
        card_list.move_requested.connect(lambda key, p: self.request_move(key, p))
        card_list.focus_requested.connect(self.focus_requested)
        card_list.currentItemChanged.connect(lambda *_a, cl=card_list: self._current(cl))
        return card_list

    def _title(self, pile: Pile | None, style: str) -> QLabel:
        label = QLabel(self)
        label.setStyleSheet(style)
        label.setWordWrap(True)  # on a narrow screen a title takes two lines, never the width
        self.titles[pile] = label
        return label

    def lists(self) -> list[CardList]:
        return [self.deck_list, *self.piles.values()]

    def list_for(self, pile: Pile | None) -> CardList:
        return self.deck_list if pile is None else self.piles[pile]

    def list_at(self, global_pos: QPoint) -> CardList | None:
        """The list whose visible area holds this screen point (the drop target)."""
        for card_list in self.lists():
            viewport = card_list.viewport()
            inside = viewport.rect().contains(viewport.mapFromGlobal(global_pos))
            if viewport.isVisible() and inside:
                return card_list
        return None

    def highlight(self, target: CardList | None) -> None:
        for card_list in self.lists():
            card_list.setStyleSheet("QListWidget { border: 3px solid #265c62; }"
                                    if card_list is target else "")

    # -- moves ---------------------------------------------------------------------------------
    def request_move(self, key: str, pile: Pile | None, by_drag: bool = False) -> None:
        """Ask for the move; then keep the keyboard where it was (or follow a dragged card)."""
        source = self.list_for(self.model.pile_of(key))
        if by_drag or not source.hasFocus():
            self._keep = ("key", key)
        else:
            self._keep = ("row", (source, source.currentRow()))
        self.show_message("")
        self.move_requested.emit(key, pile)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- drawing from the model ----------------------------------------------------------------
    def rebuild(self) -> None:
        lang = ui_language()
        focus = self.model.focus_keys()
        current = self.current_key()
        for card_list in self.lists():
            card_list.blockSignals(True)
            card_list.clear()
        groups = self.deck_info.groups
        unsorted = self.model.unsorted_cards()
        for group in groups:
            cards = [c for c in unsorted if c.group is group]
            if cards:
                self.deck_list.add_group_title(self.deck_info.group_label(group, lang))
            for card in cards:
                self.deck_list.add_card(card.key, card.label(lang), card.prompt(lang))
        for pile, card_list in self.piles.items():
            for talent in self.model.in_pile(pile):
                mark = ""
                if talent.card_key in focus:
                    mark = f"★{focus.index(talent.card_key) + 1}"
                if talent.gives_energy:
                    mark = (mark + " ⚡").strip()
                prompt = talent.card.prompt(lang) if talent.card is not None else ""
                card_list.add_card(talent.card_key, talent.display_label(lang), prompt, mark)
        for card_list in self.lists():
            card_list.blockSignals(False)
        self.titles[None].setText(f"{deck_title()} ({len(unsorted)})")
        for pile in Pile:
            self.titles[pile].setText(f"{pile_title(pile)} ({len(self.model.in_pile(pile))})")
        if current is not None and self._keep is None:
            self.select(current, focus_list=False)

    def _select_after_move(self, key: str) -> None:
        keep, self._keep = self._keep, None
        if keep is not None and keep[0] == "row":
            source, row = keep[1]
            if source.count():
                source.setCurrentRow(min(row, source.count() - 1))
                if source.currentItem() is not None and source.current_key() is None:
                    source.setCurrentRow(min(row + 1, source.count() - 1))
            self._current(source)
            return
        self.select(key, focus_list=keep is not None)

    def select(self, key: str, focus_list: bool = True) -> None:
        for card_list in self.lists():
            item = card_list.item_for(key)
            if item is not None:
                card_list.setCurrentItem(item)
                card_list.scrollToItem(item)
                if focus_list:
                    card_list.setFocus(Qt.FocusReason.OtherFocusReason)
                self.card_selected.emit(key)
                return
        self.card_selected.emit(None)

    def current_key(self) -> str | None:
        for card_list in self.lists():
            if card_list.hasFocus() and card_list.current_key() is not None:
                return card_list.current_key()
        return self._last_selected

    def _current(self, card_list: CardList) -> None:
        key = card_list.current_key()
        if key is not None:
            self._last_selected = key
            for other in self.lists():
                if other is not card_list:
                    other.blockSignals(True)
                    other.clearSelection()
                    other.setCurrentItem(None)
                    other.blockSignals(False)
            self.card_selected.emit(key)
