"""F1 opens the help page of the screen in front; the help's search filters pages by their words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from resokit_desktop.domain.client import Client
from resokit_desktop.services import help_service
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.storage import clients_repo
from resokit_desktop.ui.help.help_window import HelpWindow
from resokit_desktop.ui.main_window import MainWindow

TAB_KEYS = ("overview", "sessions", "inclusion_web", "talents", "roles", "buurtkaart", "charts")


@pytest.fixture
def window(qtbot, db_path):
    dossier = DossierFile.open(db_path)
    client_id = clients_repo.save_client(dossier.db, Client(name="Hanne Help"))
    main = MainWindow(dossier)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    main.refresh_clients()
    main.open_client(client_id)
    yield main
    for shown in QApplication.topLevelWidgets():
        if isinstance(shown, HelpWindow) or shown.objectName() == "settings_dialog":
            shown.close()
    main.close()
    main.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    dossier.close()


def _help_window(parent) -> HelpWindow:
    found = [child for child in parent.findChildren(HelpWindow) if child.isVisible()]
    assert len(found) == 1, found
    return found[0]


def _press_f1(qtbot, target) -> None:
    target.activateWindow()
    qtbot.waitUntil(target.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget() or target, Qt.Key.Key_F1)


def _shown_title(help_window: HelpWindow) -> str:
    return help_window.browser.toPlainText().splitlines()[0]


@pytest.mark.parametrize("tab_key", TAB_KEYS)
def test_f1_on_each_dossier_tab_opens_that_screens_page(qtbot, window, tab_key) -> None:
    window.tabs.setCurrentWidget(window.tab_widget(tab_key))
    _press_f1(qtbot, window)
    shown = _help_window(window)
    assert shown.current_key() == tab_key
    title = dict(help_service.titles("nl"))[tab_key]
    assert _shown_title(shown) == title
    assert title.startswith("Scherm:")


def test_f1_after_switching_tabs_follows_the_new_tab(qtbot, window) -> None:
    _press_f1(qtbot, window)
    assert _help_window(window).current_key() == "overview"
    window.tabs.setCurrentWidget(window.tab_widget("talents"))
    _press_f1(qtbot, window)
    assert _help_window(window).current_key() == "talents"


def test_f1_in_the_register_window_opens_the_register_page(qtbot, window) -> None:
    from resokit_desktop.ui.neighbourhood.register_actions import open_register

    register = open_register(window)
    qtbot.waitExposed(register)
    _press_f1(qtbot, register)
    assert _help_window(register).current_key() == "register"
    register.close()


def test_f1_in_the_settings_opens_the_settings_page(qtbot, window) -> None:
    dialog = window.settings_dialog()
    dialog.show()
    qtbot.waitExposed(dialog)
    _press_f1(qtbot, dialog)
    shown = _help_window(dialog)
    assert shown.current_key() == "settings"
    assert "Instellingen" in _shown_title(shown)
    dialog.reject()


def test_the_help_menu_holds_help_and_the_reflection_list(window) -> None:
    menu = next(action.menu() for action in window.menuBar().actions()
                if action.text() == "&Help")
    texts = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert texts[:2] == ["&Help", "&Reflectielijst voor het team…"]


def test_search_finds_a_page_by_a_word_and_hides_the_rest(qtbot, window) -> None:
    _press_f1(qtbot, window)
    shown = _help_window(window)
    shown.search_field.setFocus()
    qtbot.keyClicks(shown.search_field, "gentrificatie")
    assert shown.visible_keys() == ["models"]
    assert shown.current_key() == "models"
    assert "gentrificatie" in shown.browser.toPlainText()
    assert not shown.nothing_found.isVisible()


def test_search_ignores_case_and_accents_and_needs_every_word(qtbot, window) -> None:
    _press_f1(qtbot, window)
    shown = _help_window(window)
    # Typed without the accent and in capitals, it finds the pages that say "geëvalueerd".
    qtbot.keyClicks(shown.search_field, "GEEVALUEERD")
    found = shown.visible_keys()
    assert found
    assert all("geëvalueerd" in help_service.page_text("nl", key).lower() for key in found)
    # A second word that none of those pages hold: nothing is left.
    qtbot.keyClicks(shown.search_field, " xylofoon")
    assert shown.visible_keys() == []


def test_a_word_in_no_page_finds_nothing(qtbot, window) -> None:
    _press_f1(qtbot, window)
    shown = _help_window(window)
    qtbot.keyClicks(shown.search_field, "xylofoon")
    assert shown.visible_keys() == []
    assert shown.nothing_found.isVisible()
    shown.search_field.clear()
    assert shown.visible_keys() == list(help_service.PAGE_KEYS)


def test_clicking_a_page_in_the_list_shows_it(qtbot, window) -> None:
    _press_f1(qtbot, window)
    shown = _help_window(window)
    rect = shown.page_list.visualItemRect(shown.item_for("guide_web"))
    qtbot.mouseClick(shown.page_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert shown.current_key() == "guide_web"
    assert "inclusieweb" in shown.browser.toPlainText().lower()
    assert shown.print_button.isEnabled()


def test_the_help_follows_a_language_change_at_once(qtbot, window, qapp) -> None:
    from resokit_desktop import i18n

    window.tabs.setCurrentWidget(window.tab_widget("roles"))
    _press_f1(qtbot, window)
    shown = _help_window(window)
    try:
        i18n.install_language(qapp, "fr")
        qtbot.waitUntil(lambda: shown.windowTitle() == "Aide – Resokit Desktop")
        assert shown.current_key() == "roles"
        assert _shown_title(shown).startswith("Écran")
        assert shown.search_label.text() == "&Rechercher dans l’aide"
        qtbot.keyClicks(shown.search_field, "gentrification")
        assert shown.visible_keys() == ["models"]
    finally:
        i18n.install_language(qapp, "nl")
    qtbot.waitUntil(lambda: shown.windowTitle() == "Help – Resokit Desktop")
