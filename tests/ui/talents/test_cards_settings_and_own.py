"""The organisation adds and retires cards (a card in a client's sort is retired after asking,
and the sort keeps it); a client gets an own card; a label over 80 characters is refused."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from talent_steps import drag, keys_in, make_client, open_tab

from resokit_desktop.domain.talents import Pile
from resokit_desktop.services import talent_service
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.ui.settings.settings_dialog import SettingsDialog
from resokit_desktop.ui.talents.own_card_dialog import OwnCardDialog


def _answer_yes_when_asked(qtbot, seen: list[str]) -> QTimer:
    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.button(QMessageBox.StandardButton.Yes).click()

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(50)
    return timer


def _settings(qtbot, dossier) -> SettingsDialog:
    dialog = SettingsDialog(dossier)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_organisation_card_added_sorted_then_retired_keeps_the_clients_sort(qtbot, db_path):
    dossier = DossierFile.open(db_path)
    client_id, _ = make_client(dossier)
    dialog = _settings(qtbot, dossier)
    page = dialog.show_page("talent_cards")
    qtbot.keyClicks(page.fields.label_field, "x" * 81)
    assert page.fields.label_message.isVisible()
    assert "hoogstens 80 tekens" in page.fields.label_message.text()
    page.add_button.click()
    assert page.card_list.count() == 0  # refused at the field
    page.fields.label_field.clear()
    qtbot.keyClicks(page.fields.label_field, "Soep koken voor de buurt")
    page.add_button.click()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    [card] = talent_service.organisation_cards(dossier.db)

    tab = open_tab(qtbot, dossier, client_id)
    assert card.key in keys_in(tab.board, None)
    drag(tab.board, card.key, tab.board.piles[Pile.LIKE])
    assert tab.flush()

    dialog = _settings(qtbot, dossier)
    page = dialog.show_page("talent_cards")
    page.card_list.setCurrentRow(0)
    asked: list[str] = []
    timer = _answer_yes_when_asked(qtbot, asked)
    page.remove_button.click()
    timer.stop()
    assert asked and "1 cliënt" in asked[0]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    [kept] = talent_service.organisation_cards(dossier.db)
    assert kept.retired

    tab.set_client(client_id)  # as when the dossier is opened again
    assert card.key not in keys_in(tab.board, None)
    assert keys_in(tab.board, Pile.LIKE) == [card.key]
    assert tab.board.piles[Pile.LIKE].item_for(card.key).text() == "Soep koken voor de buurt"

    # Brought back into use: in the deck again for every client.
    dialog = _settings(qtbot, dossier)
    page = dialog.show_page("talent_cards")
    page.card_list.setCurrentRow(0)
    assert page.restore_button.isEnabled() and not page.remove_button.isEnabled()
    page.restore_button.click()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not talent_service.organisation_cards(dossier.db)[0].retired
    other_id, _ = make_client(dossier)
    tab.set_client(other_id)
    assert card.key in keys_in(tab.board, None)
    tab.set_client(None)
    dossier.close()


def test_an_unused_card_is_deleted_and_cancel_changes_nothing(qtbot, db_path):
    dossier = DossierFile.open(db_path)
    dialog = _settings(qtbot, dossier)
    page = dialog.show_page("talent_cards")
    qtbot.keyClicks(page.fields.label_field, "Fietsen herstellen met kinderen")
    page.add_button.click()
    dialog.reject()
    assert talent_service.organisation_cards(dossier.db) == []
    dialog = _settings(qtbot, dossier)
    page = dialog.show_page("talent_cards")
    qtbot.keyClicks(page.fields.label_field, "Fietsen herstellen met kinderen")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # typed, not yet added
    assert len(talent_service.organisation_cards(dossier.db)) == 1
    dialog = _settings(qtbot, dossier)
    page = dialog.show_page("talent_cards")
    page.card_list.setCurrentRow(0)
    timer = _answer_yes_when_asked(qtbot, [])
    page.remove_button.click()
    timer.stop()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert talent_service.organisation_cards(dossier.db) == []
    dossier.close()


def test_own_card_for_one_client_and_a_too_long_label_is_refused(qtbot, db_path):
    dossier = DossierFile.open(db_path)
    client_id, _ = make_client(dossier)
    other_id, _ = make_client(dossier)
    dialog = OwnCardDialog(dossier.db, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.fields.label_field, "Zorgen voor de duiven van de buurman " * 3)
    dialog.accept()
    assert dialog.card is None and dialog.isVisible()
    assert "hoogstens 80 tekens" in dialog.fields.label_message.text()
    dialog.fields.label_field.clear()
    qtbot.keyClicks(dialog.fields.label_field, "Zorgen voor de duiven")
    dialog.accept()
    assert dialog.card is not None
    tab = open_tab(qtbot, dossier, client_id)
    assert dialog.card.key in keys_in(tab.board, None)
    tab.set_client(other_id)
    assert dialog.card.key not in keys_in(tab.board, None)
    tab.set_client(None)
    dossier.close()
