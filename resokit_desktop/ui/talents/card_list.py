"""One column of talent cards (the deck or a pile), drawn as cards; keys 0-4 and F, a context menu.

Mouse drags are not Qt's drag-and-drop: the list reports press, move and release to the board's
``CardDrag`` (sort_board.py), which works the same with a finger (Qt turns touch into mouse).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPen, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from resokit_desktop.domain.talents import Pile
from resokit_desktop.translation import translator
from resokit_desktop.ui.talents.talent_texts import deck_title, pile_title

KEY_ROLE = Qt.ItemDataRole.UserRole          # the card's key; None for a group title
PROMPT_ROLE = Qt.ItemDataRole.UserRole + 1   # the prompt question under the label
MARK_ROLE = Qt.ItemDataRole.UserRole + 2     # "★ 1", "⚡": focus and energy marks
PILE_KEYS = {Qt.Key.Key_1: Pile.CAN, Qt.Key.Key_2: Pile.LIKE, Qt.Key.Key_3: Pile.LEARN,
             Qt.Key.Key_4: Pile.NOT_NOW}
PILES = tuple(Pile)
CARD_FILL = QColor("#fbf8ef")
FOCUS_FILL = QColor("#fff1c9")
EDGE = QColor("#8c8271")
ACCENT = QColor("#265c62")


_tr = translator("CardList")


def _wrapping() -> QTextOption:
    # Between words where it can, inside a long word where it must: never a clipped word.
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    return option


def text_height(font: QFont, text: str, width: int) -> int:
    """How tall ``text`` is when wrapped to ``width`` (as ``paint`` draws it)."""
    if not text:
        return 0
    layout = QTextLayout(text, font)
    layout.setTextOption(_wrapping())
    height = 0.0
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        height += line.height()
    layout.endLayout()
    return math.ceil(height)


class CardDelegate(QStyledItemDelegate):
    """Draws a card: a rounded frame, the label in bold, the prompt question below it."""

    def __init__(self, scale: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scale = scale

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        label = QFont(option.font)
        label.setPointSizeF(label.pointSizeF() * 1.15 * self.scale)
        label.setBold(True)
        prompt = QFont(option.font)
        prompt.setPointSizeF(prompt.pointSizeF() * 0.95 * self.scale)
        return label, prompt

    def _text_width(self) -> int:
        """The width the text gets inside a card: the list's width less frame and padding."""
        view = self.parent()
        total = view.viewport().width() - 2 * view.spacing() if view is not None else 200
        return max(60, total - 8 - int(20 * self.scale))

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802
        label_font, prompt_font = self._fonts(option)
        width = self._text_width()
        if index.data(KEY_ROLE) is None:  # a group title, on two lines if it must
            height = text_height(label_font, str(index.data()), width)
            return QSize(width, height + int(14 * self.scale))
        label_h = text_height(label_font, self._label(index), width)
        prompt_h = text_height(prompt_font, index.data(PROMPT_ROLE) or "", width)
        return QSize(width, label_h + prompt_h + 3 + int(13 * self.scale) + 6)

    @staticmethod
    def _label(index) -> str:
        mark = index.data(MARK_ROLE) or ""
        return f"{mark}  {index.data()}" if mark else str(index.data())

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        label_font, prompt_font = self._fonts(option)
        rect = option.rect.adjusted(4, 3, -4, -3)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if index.data(KEY_ROLE) is None:
            painter.setFont(label_font)
            painter.setPen(ACCENT)
            text = str(index.data())
            height = text_height(label_font, text, self._text_width())
            area = QRectF(rect.x() + 4, rect.bottom() - height, self._text_width(), height)
            painter.drawText(area, text, _wrapping())
            painter.restore()
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        fill = FOCUS_FILL if (index.data(MARK_ROLE) or "").startswith("★") else CARD_FILL
        painter.setBrush(fill)
        painter.setPen(QPen(ACCENT if selected else EDGE, 3 if selected else 1))
        painter.drawRoundedRect(rect, 8, 8)
        inner = rect.adjusted(int(10 * self.scale), int(7 * self.scale),
                              -int(10 * self.scale), -int(6 * self.scale))
        inner.setWidth(self._text_width())  # the width sizeHint() measured with
        painter.setFont(label_font)
        painter.setPen(QColor("#1e1e1e"))
        label = self._label(index)
        used = text_height(label_font, label, inner.width())
        painter.drawText(QRectF(inner), label, _wrapping())
        prompt = index.data(PROMPT_ROLE) or ""
        if prompt:
            painter.setFont(prompt_font)
            painter.setPen(QColor("#4a4a4a"))
            painter.drawText(QRectF(inner.adjusted(0, used + 3, 0, 0)), prompt, _wrapping())
        painter.restore()


class CardList(QListWidget):
    """The deck (``pile`` None) or one pile; reports drags to ``drag`` and key moves as signals."""

    #: (card key, pile or None for the deck) asked by a key or the context menu.
    move_requested = Signal(str, object)
    focus_requested = Signal(str)

    def __init__(self, pile: Pile | None, scale: float = 1.0,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pile = pile
        self.drag = None  # set by the board
        self.setObjectName("talent_deck" if pile is None else f"talent_pile_{pile}")
        self.setAccessibleName(deck_title() if pile is None else pile_title(pile))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        self.setSpacing(2)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setItemDelegate(CardDelegate(scale, self))

    # -- content -------------------------------------------------------------------------------
    def add_group_title(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setData(KEY_ROLE, None)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.addItem(item)

    def add_card(self, key: str, label: str, prompt: str, mark: str = "") -> QListWidgetItem:
        item = QListWidgetItem(label)
        item.setData(KEY_ROLE, key)
        item.setData(PROMPT_ROLE, prompt)
        item.setData(MARK_ROLE, mark)
        item.setToolTip(prompt)
        accessible = f"{mark} {label}. {prompt}".strip() if mark else f"{label}. {prompt}"
        item.setData(Qt.ItemDataRole.AccessibleTextRole, accessible)
        self.addItem(item)
        return item

    def keys(self) -> list[str]:
        return [k for i in range(self.count()) if (k := self.item(i).data(KEY_ROLE))]

    def item_for(self, key: str) -> QListWidgetItem | None:
        for row in range(self.count()):
            if self.item(row).data(KEY_ROLE) == key:
                return self.item(row)
        return None

    def current_key(self) -> str | None:
        item = self.currentItem()
        return item.data(KEY_ROLE) if item is not None else None

    def point_of(self, key: str) -> QPoint:
        """The middle of a card, in viewport coordinates (for tests and the presentation)."""
        item = self.item_for(key)
        return self.visualItemRect(item).center() if item is not None else QPoint()

    # -- mouse: handed to the board's drag -----------------------------------------------------
    def mousePressEvent(self, event) -> None:  # noqa: N802
        super().mousePressEvent(event)
        if self.drag is not None and event.button() == Qt.MouseButton.LeftButton:
            item = self.itemAt(event.position().toPoint())
            key = item.data(KEY_ROLE) if item is not None else None
            self.drag.press(self, key, event.globalPosition().toPoint())

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if self.drag is not None and self.drag.move(event.globalPosition().toPoint()):
            return  # a card is being dragged: no rubber-band selection underneath
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        # The view always hears the release too, so it never stays in a "pressed" state.
        super().mouseReleaseEvent(event)
        if self.drag is not None:
            self.drag.release(event.globalPosition().toPoint())

    # -- keys and the context menu -------------------------------------------------------------
    def focusInEvent(self, event) -> None:  # noqa: N802
        super().focusInEvent(event)
        if self.current_key() is None:  # a keyboard user lands on a card, not a group title
            for row in range(self.count()):
                if self.item(row).data(KEY_ROLE):
                    self.setCurrentRow(row)
                    break

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = self.current_key()
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        menu_key = (event.key() == Qt.Key.Key_Menu or (
            event.key() == Qt.Key.Key_F10
            and event.modifiers() == Qt.KeyboardModifier.ShiftModifier))
        if key is not None and menu_key:  # the menu key opens "Verplaatsen naar" at the card
            self._open_menu(key, self.viewport().mapToGlobal(self.point_of(key)))
            return
        if key is not None and plain:
            if event.key() in PILE_KEYS:
                self.move_requested.emit(key, PILE_KEYS[event.key()])
                return
            if event.key() in (Qt.Key.Key_0, Qt.Key.Key_Backspace) and self.pile is not None:
                self.move_requested.emit(key, None)
                return
            if event.key() == Qt.Key.Key_F and self.pile is not None:
                self.focus_requested.emit(key)
                return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        key = self.current_key()
        if key is None:
            return
        self._open_menu(key, event.globalPos())

    def _open_menu(self, key: str, where: QPoint) -> None:
        menu = self.move_menu(key)
        menu.exec(where)
        menu.deleteLater()

    def move_menu(self, key: str) -> QMenu:
        """'Verplaatsen naar…' with the four piles (1-4), the deck (0) and focus (F)."""
        menu = QMenu(_tr("Verplaatsen naar"), self)
        menu.setObjectName("card_move_menu")
        for number, pile in enumerate(PILES, start=1):
            action = menu.addAction(f"&{number}  {pile_title(pile)}")
            action.setEnabled(pile is not self.pile)
            action.triggered.connect(lambda _c=False, p=pile: self.move_requested.emit(key, p))
        if self.pile is not None:
            back = menu.addAction("&0  " + _tr("Terug naar de stapel"))
            back.triggered.connect(lambda _c=False: self.move_requested.emit(key, None))
            menu.addSeparator()
            focus = menu.addAction(_tr("&Focustalent aan of uit"))
            focus.triggered.connect(lambda _c=False: self.focus_requested.emit(key))
        return menu
