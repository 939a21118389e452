"""A second dated sort next to the first; presentation mode with large cards and a finger drag;
the "Mijn talenten" print from the tab, saved as a PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtTest import QTest
from talent_steps import drag, keys_in, make_client, open_tab

from resokit_desktop.domain.talents import Pile
from resokit_desktop.services import talent_service
from resokit_desktop.services.dossier_file import DossierFile


def test_a_new_sort_starts_from_the_previous_one_and_both_can_be_seen(qtbot, db_path):
    dossier = DossierFile.open(db_path)
    client_id, _ = make_client(dossier)
    tab = open_tab(qtbot, dossier, client_id)
    assert tab.sort_combo.currentText().startswith("nieuw")
    drag(tab.board, "cooking", tab.board.piles[Pile.CAN])
    drag(tab.board, "sewing", tab.board.piles[Pile.LEARN])
    assert tab.flush()
    assert tab.sort_combo.count() == 1 and "2 kaarten" in tab.sort_combo.currentText()
    first_id = tab.model.sort.sort_id

    tab.start_new_sort(copy_previous=True)
    assert tab.sort_combo.count() == 2
    assert tab.model.sort.sort_id != first_id
    assert keys_in(tab.board, Pile.LEARN) == ["sewing"]  # started from the previous sort
    drag(tab.board, "sewing", tab.board.piles[Pile.CAN])  # months later: learned it
    assert tab.flush()

    tab.sort_combo.setCurrentIndex(tab.sort_combo.findData(first_id))
    tab.sort_combo.activated.emit(tab.sort_combo.currentIndex())
    assert tab.model.sort.sort_id == first_id
    assert keys_in(tab.board, Pile.LEARN) == ["sewing"]
    assert tab.undo_stack().count() == 0  # another sort: its own history
    sorts = talent_service.sorts(dossier.db, client_id)
    later = talent_service.load_sort(dossier.db, client_id, sorts[-1].id)
    assert [t.card_key for t in later.in_pile(Pile.CAN)] == ["cooking", "sewing"]

    tab.start_new_sort(copy_previous=False)
    assert tab.board.list_for(Pile.CAN).count() == 0
    tab.set_client(None)
    dossier.close()


def test_presentation_mode_has_large_cards_and_a_finger_drag_sorts_a_card(qtbot, db_path):
    dossier = DossierFile.open(db_path)
    client_id, _ = make_client(dossier)
    tab = open_tab(qtbot, dossier, client_id)
    window = tab.enter_presentation()
    qtbot.waitExposed(window)
    try:
        board = window.board
        desk_card = tab.board.deck_list.visualItemRect(tab.board.deck_list.item(1)).height()
        big_card = board.deck_list.visualItemRect(board.deck_list.item(1)).height()
        assert big_card > desk_card * 1.3
        assert window.windowTitle() == "Talentenkaart"  # never the client's name
        # Nothing sticks out of a small screen (the offscreen screen is 800 px wide).
        assert window.minimumSizeHint().width() <= window.screen().geometry().width()

        # A finger: touch press, move and release on the deck (Qt turns them into a mouse drag).
        source = board.deck_list
        start = source.point_of("repair")  # the first card: in view without scrolling
        target = board.piles[Pile.LIKE].viewport()
        end = source.viewport().mapFromGlobal(target.mapToGlobal(target.rect().center()))
        device = QTest.createTouchDevice()
        viewport = source.viewport()
        QTest.touchEvent(viewport, device).press(0, start, viewport)
        QTest.touchEvent(viewport, device).move(0, start + QPoint(15, 10), viewport)
        QTest.touchEvent(viewport, device).move(0, end, viewport)
        QTest.touchEvent(viewport, device).release(0, end, viewport)
        qtbot.waitUntil(lambda: keys_in(board, Pile.LIKE) == ["repair"])
        # The tab's board shows the same sort, and the move is one undo step there.
        assert keys_in(tab.board, Pile.LIKE) == ["repair"]
        drag(board, "woodwork", board.piles[Pile.CAN])
        assert keys_in(tab.board, Pile.CAN) == ["woodwork"]
        tab.undo_stack().undo()
        assert keys_in(board, Pile.CAN) == []
    finally:
        window.close()
    assert tab.presentation is None
    assert tab.flush()
    assert [t.card_key for t in talent_service.load_sort(dossier.db, client_id).talents] == [
        "repair"]
    tab.set_client(None)
    dossier.close()


def test_mijn_talenten_prints_from_the_tab_in_the_clients_language(qtbot, db_path,
                                                                   tmp_path: Path):
    from pypdf import PdfReader

    from resokit_desktop.domain.client import Client
    from resokit_desktop.storage import clients_repo
    from resokit_desktop.ui.printing.talents_preview import TalentsPreviewDialog

    dossier = DossierFile.open(db_path)
    client_id = clients_repo.save_client(dossier.db, Client(name="Jo", languages="English"))
    tab = open_tab(qtbot, dossier, client_id)
    drag(tab.board, "cooking", tab.board.piles[Pile.CAN])
    assert tab.flush()
    dialog = TalentsPreviewDialog(dossier.db, client_id, tab.model.sort.sort_id, tab)
    qtbot.addWidget(dialog)
    dialog.show()  # (a dialog never shown frees itself once saved)
    assert dialog.lang == "en"
    target = tmp_path / "my-talents.pdf"
    dialog.save_to(target)
    qtbot.waitUntil(lambda: dialog.last_saved == target, timeout=20000)
    text = " ".join((page.extract_text() or "") for page in PdfReader(target).pages)
    assert "My talents" in text and "I can do this" in text and "Cooking" in text
    tab.set_client(None)
    dossier.close()
