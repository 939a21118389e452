"""The same card sort with keys only: cards onto piles with 1-4, back with 0, three focus
talents with F and a fourth refused, Ctrl+Z / Ctrl+Shift+Z; all there after reopening."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication
from talent_steps import keys_in, make_client

from resokit_desktop.domain.talents import Pile
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.storage import talents_repo
from resokit_desktop.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
MOUSE_EVENTS = {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
                QEvent.Type.MouseButtonDblClick, QEvent.Type.TouchBegin}


class NoMouse(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in MOUSE_EVENTS:
            self.seen.append(event.type().name)
        return False


def _key(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_card_sort_with_keys_only(qtbot, db_path):
    dossier = DossierFile.open(db_path)
    client_id, _ = make_client(dossier)
    window = MainWindow(dossier)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.refresh_clients()
    window.open_client(client_id)
    watcher = NoMouse()
    QApplication.instance().installEventFilter(watcher)
    try:
        window.client_list.table.setFocus()
        while window.tabs.currentWidget().property("tab_key") != "talents":
            _key(qtbot, Qt.Key.Key_PageDown, CTRL)
        tab = window.tab_widget("talents")
        board = tab.board
        board.deck_list.setFocus()  # where Tab lands first in the tab
        qtbot.waitUntil(lambda: board.deck_list.hasFocus())
        assert board.deck_list.current_key() == "repair"  # the first card, not a group title
        # repair -> 1, woodwork -> 2, cooking -> 3, baking -> 1, gardening -> 4
        for number in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_1, Qt.Key.Key_4):
            _key(qtbot, number)
        assert keys_in(board, Pile.CAN) == ["repair", "baking"]
        assert keys_in(board, Pile.LIKE) == ["woodwork"]
        assert keys_in(board, Pile.LEARN) == ["cooking"]
        assert keys_in(board, Pile.NOT_NOW) == ["gardening"]
        assert board.deck_list.hasFocus() and board.deck_list.current_key() == "sewing"

        # Tab to the first pile; back into the deck with 0, then Ctrl+Z and Ctrl+Shift+Z.
        _key(qtbot, Qt.Key.Key_Tab)
        assert board.piles[Pile.CAN].hasFocus()
        assert board.piles[Pile.CAN].current_key() == "repair"
        _key(qtbot, Qt.Key.Key_0)
        assert keys_in(board, Pile.CAN) == ["baking"] and "repair" in keys_in(board, None)
        _key(qtbot, Qt.Key.Key_Z, CTRL)
        assert keys_in(board, Pile.CAN) == ["repair", "baking"]
        _key(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
        assert keys_in(board, Pile.CAN) == ["baking"]
        _key(qtbot, Qt.Key.Key_Z, CTRL)
        assert keys_in(board, Pile.CAN) == ["repair", "baking"]
        _key(qtbot, Qt.Key.Key_Delete)  # Del does what 0 does
        assert keys_in(board, Pile.CAN) == ["baking"]
        _key(qtbot, Qt.Key.Key_Z, CTRL)
        assert keys_in(board, Pile.CAN) == ["repair", "baking"]

        # Focus talents with F: three are fine, a fourth is refused with a message.
        can = board.piles[Pile.CAN]
        can.setFocus()
        can.setCurrentRow(0)
        _key(qtbot, Qt.Key.Key_F)
        _key(qtbot, Qt.Key.Key_Down)
        _key(qtbot, Qt.Key.Key_F)
        _key(qtbot, Qt.Key.Key_Tab)  # the "I like doing this" pile
        assert board.piles[Pile.LIKE].hasFocus()
        _key(qtbot, Qt.Key.Key_F)
        assert tab.model.focus_keys() == ["repair", "baking", "woodwork"]
        _key(qtbot, Qt.Key.Key_Tab)  # "I want to learn this"
        _key(qtbot, Qt.Key.Key_F)
        assert tab.model.focus_keys() == ["repair", "baking", "woodwork"]
        assert "drie focustalenten" in board.message.text() and board.message.isVisible()
        assert window.flush_pending()
    finally:
        QApplication.instance().removeEventFilter(watcher)
    assert watcher.seen == []
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    dossier.close()

    reopened = DossierFile.open(db_path)
    sort = talents_repo.load_card_sort(reopened.db, client_id)
    assert [t.card_key for t in sort.in_pile(Pile.CAN)] == ["repair", "baking"]
    assert [t.card_key for t in sort.focus()] == ["repair", "baking", "woodwork"]
    reopened.close()


def test_f11_shows_the_card_sort_full_screen_and_esc_comes_back(qtbot, db_path):
    dossier = DossierFile.open(db_path)
    client_id, _ = make_client(dossier)
    window = MainWindow(dossier)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.refresh_clients()
    window.open_client(client_id)
    tab = window.tab_widget("talents")
    window.tabs.setCurrentWidget(tab)
    tab.board.deck_list.setFocus()
    qtbot.waitUntil(lambda: tab.board.deck_list.hasFocus())
    _key(qtbot, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: tab.presentation is not None and tab.presentation.isVisible())
    presentation = tab.presentation
    qtbot.waitUntil(lambda: presentation.board.deck_list.hasFocus())
    _key(qtbot, Qt.Key.Key_2)  # sorting goes on with keys in presentation mode
    assert keys_in(tab.board, Pile.LIKE) == ["repair"]
    _key(qtbot, Qt.Key.Key_Z, CTRL)
    assert keys_in(tab.board, Pile.LIKE) == []
    _key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: tab.presentation is None)
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    dossier.close()


def test_the_menu_key_offers_move_to_with_every_pile(qtbot, db_path):
    from PySide6.QtCore import QTimer
    from talent_steps import open_tab

    dossier = DossierFile.open(db_path)
    client_id, _ = make_client(dossier)
    tab = open_tab(qtbot, dossier, client_id)
    deck = tab.board.deck_list
    deck.setFocus()
    qtbot.waitUntil(deck.hasFocus)
    seen: list[list[str]] = []

    def choose_third_pile() -> None:
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(20, choose_third_pile)
            return
        seen.append([action.text() for action in menu.actions()])
        qtbot.keyClick(menu, Qt.Key.Key_3)  # "&3  Dit wil ik leren"

    QTimer.singleShot(0, choose_third_pile)
    qtbot.keyClick(deck, Qt.Key.Key_Menu)
    qtbot.waitUntil(lambda: keys_in(tab.board, Pile.LEARN) == ["repair"])
    assert seen and any("Dit wil ik leren" in text for text in seen[0])
    tab.set_client(None)
    dossier.close()
