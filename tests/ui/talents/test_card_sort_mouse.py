"""Sorting talent cards with real mouse drags: into piles and back, undo and redo, three focus
talents and a refused fourth, who named it and an example; all there again after reopening."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from talent_steps import (
    LEFT,
    NONE,
    click_card,
    drag,
    keys_in,
    make_client,
    open_tab,
)

from resokit_desktop.domain.talents import NamedBy, Pile
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.storage import talents_repo


def _box_point(details) -> QPoint:
    """The check box's square, where a person clicks."""
    return QPoint(8, details.focus_box.height() // 2)


def test_drag_cards_into_piles_and_back_undo_focus_and_reopen(qtbot, db_path):
    dossier = DossierFile.open(db_path)
    client_id, rita = make_client(dossier)
    tab = open_tab(qtbot, dossier, client_id)
    board = tab.board
    for key, pile in (("cooking", Pile.CAN), ("listening", Pile.LIKE), ("repair", Pile.LEARN),
                      ("humour", Pile.CAN), ("gardening", Pile.NOT_NOW), ("sewing", Pile.LIKE)):
        drag(board, key, board.piles[pile])
    assert keys_in(board, Pile.CAN) == ["cooking", "humour"]
    assert keys_in(board, Pile.LIKE) == ["listening", "sewing"]
    assert keys_in(board, Pile.NOT_NOW) == ["gardening"]
    assert "cooking" not in keys_in(board, None)

    # From one pile to another, and back into the deck.
    drag(board, "sewing", board.piles[Pile.LEARN])
    drag(board, "humour", board.deck_list)
    assert keys_in(board, Pile.LEARN) == ["repair", "sewing"]
    assert "humour" in keys_in(board, None) and keys_in(board, Pile.CAN) == ["cooking"]

    stack = tab.undo_stack()
    stack.undo()
    assert keys_in(board, Pile.CAN) == ["cooking", "humour"]
    stack.redo()
    assert keys_in(board, Pile.CAN) == ["cooking"]
    stack.undo()
    assert keys_in(board, Pile.CAN) == ["cooking", "humour"]

    # Who named it and an example, typed in the details of the dragged card.
    click_card(board, "cooking")
    details = tab.details
    assert details.key == "cooking"
    details.named_by.setCurrentIndex(details.named_by.findData(str(NamedBy.NETWORK)))
    details.contact.setCurrentIndex(details.contact.findData(rita))
    details.example.setFocus()
    qtbot.keyClicks(details.example, "soep voor de hele gang")
    details.energy.setCurrentIndex(details.energy.findData("yes"))

    # Three focus talents; a fourth is refused with a message.
    for key in ("cooking", "listening", "repair"):
        click_card(board, key)
        QTest.mouseClick(details.focus_box, LEFT, NONE, _box_point(details))
    assert tab.model.focus_keys() == ["cooking", "listening", "repair"]
    click_card(board, "humour")
    QTest.mouseClick(details.focus_box, LEFT, NONE, _box_point(details))
    assert tab.model.focus_keys() == ["cooking", "listening", "repair"]
    assert not details.focus_box.isChecked()
    assert board.message.isVisible()
    assert "drie focustalenten" in board.message.text()
    assert board.piles[Pile.CAN].item_for("cooking").data(Qt.ItemDataRole.UserRole + 2) \
        .startswith("★1")

    assert tab.flush()
    dossier.close()

    reopened = DossierFile.open(db_path)
    sort = talents_repo.load_card_sort(reopened.db, client_id)
    assert {t.card_key: t.pile for t in sort.talents} == {
        "cooking": Pile.CAN, "listening": Pile.LIKE, "repair": Pile.LEARN, "humour": Pile.CAN,
        "gardening": Pile.NOT_NOW, "sewing": Pile.LEARN}
    tab2 = open_tab(qtbot, reopened, client_id)
    assert keys_in(tab2.board, Pile.CAN) == ["cooking", "humour"]
    assert tab2.model.focus_keys() == ["cooking", "listening", "repair"]
    click_card(tab2.board, "cooking")
    assert tab2.details.example.toPlainText() == "soep voor de hele gang"
    assert tab2.details.contact.currentText() == "buurvrouw Rita"
    assert tab2.details.energy.currentData() == "yes"
    tab2.set_client(None)
    reopened.close()


def test_dragging_a_card_onto_its_own_pile_changes_nothing(qtbot, db_path):
    dossier = DossierFile.open(db_path)
    client_id, _ = make_client(dossier)
    tab = open_tab(qtbot, dossier, client_id)
    drag(tab.board, "baking", tab.board.piles[Pile.CAN])
    drag(tab.board, "baking", tab.board.piles[Pile.CAN])
    assert tab.undo_stack().count() == 1
    tab.set_client(None)
    dossier.close()
