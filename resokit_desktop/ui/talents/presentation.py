"""Presentation mode of the card sort: the board alone, full screen, with large cards for a finger.

A second board on the same model and undo stack, so every move is the same undoable edit. No
client name, no details panel, no notes. Esc or F11 goes back; Ctrl+Z undoes here as well.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from resokit_desktop.domain.talents import TalentDeck
from resokit_desktop.translation import translator
from resokit_desktop.ui.talents.sort_board import SortBoard
from resokit_desktop.ui.talents.sort_model import CardSortModel

CARD_SCALE = 1.7  # cards and their text this much larger than at the desk


_tr = translator("TalentsPresentation")


class TalentsPresentation(QWidget):
    """A frameless full-screen window with the board; built by the tab, closed by Esc."""

    closed = Signal()

    def __init__(self, model: CardSortModel, deck: TalentDeck, undo_stack=None) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("talents_presentation")
        self.setWindowTitle(_tr("Talentenkaart"))  # never a client's name
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.undo_stack = undo_stack
        self.board = SortBoard(model, deck, CARD_SCALE, self)
        self.board.hint.hide()
        # Scroll bars a fingertip wide (about 9 mm on a usual touch screen).
        self.board.setStyleSheet("QScrollBar:vertical { width: 34px; }")
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.board.message.setFont(font)
        self.hint = QLabel(_tr("Sleep een kaart met je vinger of de muis naar een stapel   ·   "
                               "1–4: naar een stapel, 0: terug   ·   F: focustalent   ·   "
                               "Esc: terug"), self)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)  # a small screen: two lines, never wider than the screen
        self.hint.setFont(font)
        self.hint.setAccessibleName(_tr("Sneltoetsen"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addWidget(self.board, 1)
        layout.addWidget(self.hint)
        self.board.rebuild()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F11):
            self.close()
            event.accept()
            return
        if self.undo_stack is not None:
            if event.matches(QKeySequence.StandardKey.Undo):
                self.undo_stack.undo()
                return
            if event.matches(QKeySequence.StandardKey.Redo):
                self.undo_stack.redo()
                return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802
        super().closeEvent(event)
        self.closed.emit()
