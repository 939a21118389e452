"""A card the organisation or the client adds has a label (and a question) in Dutch, French and
English; the card sort shows it in the window's language, and in Dutch where a language is empty."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from talent_steps import click_card, keys_in, make_client, open_tab

from resokit_desktop import i18n
from resokit_desktop.services import talent_service
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.ui.settings.settings_dialog import SettingsDialog
from resokit_desktop.ui.talents.own_card_dialog import OwnCardDialog


@pytest.fixture
def language(qapp):
    yield lambda lang: i18n.install_language(qapp, lang)
    i18n.install_language(qapp, "nl")


def _type(widget, text: str) -> None:
    """Type text key by key, accents too (QTest.keyClicks only knows ASCII)."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def _deck_text(tab, key: str) -> str:
    return tab.board.deck_list.item_for(key).text()


def test_an_organisation_card_with_a_french_label_shows_in_french(qtbot, db_path, language):
    dossier = DossierFile.open(db_path)
    client_id, _ = make_client(dossier)
    dialog = SettingsDialog(dossier)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    page = dialog.show_page("talent_cards")
    fields = page.fields
    _type(fields.label_fields["nl"], "Soep koken voor de buurt")
    _type(fields.label_fields["fr"], "Faire de la soupe pour le quartier")
    _type(fields.prompt_fields["fr"], "Pour qui as-tu cuisiné ?")
    page.add_button.click()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    [card] = talent_service.organisation_cards(dossier.db)

    language("fr")
    tab = open_tab(qtbot, dossier, client_id)
    assert _deck_text(tab, card.key) == "Faire de la soupe pour le quartier"
    click_card(tab.board, card.key)
    qtbot.waitUntil(lambda: tab.details.prompt.text() == "Pour qui as-tu cuisiné ?")
    language("en")  # no English label: the Dutch one
    tab.set_client(client_id)
    assert _deck_text(tab, card.key) == "Soep koken voor de buurt"
    language("nl")
    tab.set_client(client_id)
    assert _deck_text(tab, card.key) == "Soep koken voor de buurt"
    tab.set_client(None)
    dossier.close()


def test_an_own_card_in_three_languages_and_a_too_long_english_label(qtbot, db_path, language):
    dossier = DossierFile.open(db_path)
    client_id, _ = make_client(dossier)
    dialog = OwnCardDialog(dossier.db, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    fields = dialog.fields
    _type(fields.label_fields["nl"], "Zorgen voor de duiven")
    _type(fields.label_fields["fr"], "Soigner les pigeons")
    _type(fields.label_fields["en"], "Looking after the pigeons " * 4)
    assert fields.label_message.isVisible()
    dialog.accept()
    assert dialog.card is None and dialog.isVisible()  # refused: nothing stored
    fields.label_fields["en"].clear()
    _type(fields.label_fields["en"], "Looking after the pigeons")
    dialog.accept()
    assert dialog.card is not None
    key = dialog.card.key

    for lang, shown in (("fr", "Soigner les pigeons"), ("en", "Looking after the pigeons"),
                        ("nl", "Zorgen voor de duiven")):
        language(lang)
        tab = open_tab(qtbot, dossier, client_id)
        assert key in keys_in(tab.board, None)
        assert _deck_text(tab, key) == shown, lang
        tab.set_client(None)
    dossier.close()


def test_a_card_needs_a_label_in_at_least_one_language(qtbot, db_path):
    dossier = DossierFile.open(db_path)
    client_id, _ = make_client(dossier)
    dialog = OwnCardDialog(dossier.db, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    _type(dialog.fields.prompt_fields["nl"], "Wanneer deed je dit?")
    dialog.accept()
    assert dialog.card is None
    assert "korte naam" in dialog.fields.label_message.text()
    _type(dialog.fields.label_fields["fr"], "Réparer des vélos")
    dialog.accept()
    assert dialog.card is not None
    assert dialog.card.labels == {"fr": "Réparer des vélos"}
    dossier.close()
