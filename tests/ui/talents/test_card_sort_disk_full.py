"""A full disk while sorting: the tab says the sort is not stored, keeps the board as it is,
the file keeps what was stored before, and a retry stores it once there is room again."""

from __future__ import annotations

from talent_steps import click_card, drag, keys_in, make_client, open_tab

from resokit_desktop.domain.talents import Pile
from resokit_desktop.services import talent_service
from resokit_desktop.services.dossier_file import DossierFile

EXAMPLE = "Ik kook elke vrijdag voor de hele gang, ook voor de buren van hiernaast. " * 50


def test_full_disk_keeps_the_board_and_retry_stores_it(qtbot, db_path):
    dossier = DossierFile.open(db_path)
    client_id, _ = make_client(dossier)
    tab = open_tab(qtbot, dossier, client_id)
    drag(tab.board, "cooking", tab.board.piles[Pile.CAN])
    assert tab.flush()

    # The disk is full: not one more page may be added to the file (SQLite's own limit).
    pages = dossier.db.execute("PRAGMA page_count").fetchone()[0]
    dossier.db.execute(f"PRAGMA max_page_count = {pages}")
    for key in ("sewing", "repair", "baking", "humour", "listening"):
        drag(tab.board, key, tab.board.piles[Pile.LIKE])
    for key in ("cooking", "sewing", "repair", "baking", "humour", "listening"):
        click_card(tab.board, key)
        tab.details.example.setPlainText(EXAMPLE)  # together far more than one page
    assert not tab.save_now()
    assert tab.status.state == "failed"
    assert "Niet bewaard" in tab.status.label.text()
    # What the person sorted stays in view.
    assert keys_in(tab.board, Pile.LIKE) == ["sewing", "repair", "baking", "humour", "listening"]
    stored = talent_service.load_sort(dossier.db, client_id)
    assert [t.card_key for t in stored.talents] == ["cooking"]  # the earlier save is intact
    assert stored.talents[0].example == ""

    dossier.db.execute("PRAGMA max_page_count = 1073741823")
    tab.status.retry_button.click()
    qtbot.waitUntil(lambda: tab.status.state == "saved")
    stored = talent_service.load_sort(dossier.db, client_id)
    assert [t.card_key for t in stored.talents] == [
        "cooking", "sewing", "repair", "baking", "humour", "listening"]
    assert all(t.example == EXAMPLE for t in stored.talents)
    tab.set_client(None)
    dossier.close()


def test_a_too_long_example_is_refused_at_the_field_and_nothing_stored_is_lost(qtbot, db_path):
    dossier = DossierFile.open(db_path)
    client_id, _ = make_client(dossier)
    tab = open_tab(qtbot, dossier, client_id)
    drag(tab.board, "cooking", tab.board.piles[Pile.CAN])
    click_card(tab.board, "cooking")
    tab.details.example.setPlainText("soep voor de gang")
    assert tab.flush()
    drag(tab.board, "sewing", tab.board.piles[Pile.LIKE])
    click_card(tab.board, "cooking")
    tab.details.example.setPlainText("x" * 4001)
    assert tab.details.example_message.isVisible()
    assert "hoogstens 4000 tekens (nu 4001)" in tab.details.example_message.text()
    assert not tab.save_now()
    assert tab.status.state == "invalid"
    stored = talent_service.load_sort(dossier.db, client_id)
    assert [(t.card_key, t.example) for t in stored.talents] == [("cooking", "soep voor de gang")]
    tab.details.example.setPlainText("soep voor de hele gang")
    assert not tab.details.example_message.isVisible()
    assert tab.save_now()
    stored = talent_service.load_sort(dossier.db, client_id)
    assert [t.card_key for t in stored.talents] == ["cooking", "sewing"]
    tab.set_client(None)
    dossier.close()


def test_a_sort_the_full_disk_refused_is_kept_over_a_lock_and_stored_after(qtbot, db_path):
    dossier = DossierFile.open(db_path)
    client_id, _ = make_client(dossier)
    tab = open_tab(qtbot, dossier, client_id)
    drag(tab.board, "cooking", tab.board.piles[Pile.CAN])
    assert tab.flush()
    pages = dossier.db.execute("PRAGMA page_count").fetchone()[0]
    dossier.db.execute(f"PRAGMA max_page_count = {pages}")  # full: not one page more
    for key in ("sewing", "repair", "baking"):
        drag(tab.board, key, tab.board.piles[Pile.LIKE])
    for key in ("cooking", "sewing", "repair", "baking"):
        click_card(tab.board, key)
        tab.details.example.setPlainText(EXAMPLE)  # together far more than one page
    assert not tab.save_now()
    kept = tab.release_unsaved()  # what an automatic lock does before the window goes
    assert kept is not None and kept.client_id == client_id
    assert "vrijdag" not in repr(kept)  # client data never in a repr or a log
    tab.close()

    dossier.db.execute("PRAGMA max_page_count = 1073741823")  # room again
    again = open_tab(qtbot, dossier, client_id)
    again.restore_kept(kept)
    assert keys_in(again.board, Pile.LIKE) == ["sewing", "repair", "baking"]
    assert "Niet bewaard" in again.status.label.text()
    again.status.retry_button.click()
    qtbot.waitUntil(lambda: again.status.state == "saved")
    stored = talent_service.load_sort(dossier.db, client_id)
    assert [t.card_key for t in stored.talents] == ["cooking", "sewing", "repair", "baking"]
    assert all(t.example == EXAMPLE for t in stored.talents)
    again.set_client(None)
    dossier.close()
