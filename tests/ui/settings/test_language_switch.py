"""The language chosen in the settings applies at once: menus, an open dossier tab and the web
follow without a restart, Qt's own buttons too, and the choice is kept for the next start."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMessageBox

from resokit_desktop import i18n
from resokit_desktop.services.demo_service import fill_demo


@pytest.fixture
def demo_window(request, dossier, qapp):
    ids = fill_demo(dossier.db, today=date(2026, 11, 2))
    i18n.install_language(qapp, "nl")
    window = request.getfixturevalue("window")
    yield window, ids
    i18n.install_language(qapp, "nl")
    QSettings().remove(i18n.SETTINGS_KEY)


def _click_tab(qtbot, window, key: str) -> None:
    index = window.tabs.indexOf(window.tab_widget(key))
    bar = window.tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    qtbot.waitUntil(lambda: window.tabs.currentIndex() == index)


def _choose_language_in_settings(qtbot, window, position: int) -> None:
    """Open Settings from the menu, pick the language in its list with the mouse, click Save."""
    done = []

    def in_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "settings_dialog":
            QTimer.singleShot(20, in_dialog)
            return
        try:
            page = dialog.show_page("general")
            combo = page.language_field
            # Open the list with a click, walk it with the arrow keys, take the item with Enter.
            QTest.mouseClick(combo, Qt.MouseButton.LeftButton)
            view = combo.view()
            qtbot.waitUntil(view.isVisible)
            for _step in range(position - combo.currentIndex()):
                QTest.keyClick(view, Qt.Key.Key_Down)
            QTest.keyClick(view, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: combo.currentIndex() == position)
            save = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
            QTest.mouseClick(save, Qt.MouseButton.LeftButton)
            done.append(True)
        except Exception as exc:  # never leave the modal dialog hanging
            done.append(exc)
            dialog.reject()

    QTimer.singleShot(0, in_dialog)
    window.action_registry.get("settings").trigger()
    assert done == [True], done


def _menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def _web_texts(window) -> tuple[str, list[str], str]:
    tab = window.tab_widget("inclusion_web")
    scene = tab.editor.scene
    domains = [text for _box, text in scene.background._domain_label_boxes()]
    return tab.connect_button.text(), domains, scene.lang


def test_language_changes_at_runtime_from_the_settings(qtbot, demo_window) -> None:
    window, ids = demo_window
    window.client_list.select_client(ids[0])
    assert window.open_client(ids[0])
    _click_tab(qtbot, window, "inclusion_web")
    assert "&Bestand" in _menu_titles(window)
    connect, domains, _lang = _web_texts(window)
    assert connect == "Verbinden" and "Familie" in domains

    _choose_language_in_settings(qtbot, window, 1)  # Français
    qtbot.waitUntil(lambda: "&Fichier" in _menu_titles(window))
    assert _menu_titles(window)[:3] == ["&Fichier", "&Édition", "&Dossier"]
    # The open dossier stays open, on the same client and tab, now in French.
    assert window.current_client_id() == ids[0]
    assert window.tabs.currentWidget() is window.tab_widget("inclusion_web")
    assert window.tabs.tabText(window.tabs.indexOf(window.tab_widget("inclusion_web"))) \
        == "&Toile d’inclusion"
    connect, domains, lang = _web_texts(window)
    assert (connect, lang) == ("Relier", "fr") and "Famille" in domains
    labels = [label.text() for label in window.tab_widget("overview").findChildren(QLabel)]
    assert "Nom ou &pseudonyme *" in labels and "&Naam of pseudoniem *" not in labels
    assert QSettings().value(i18n.SETTINGS_KEY) == "fr"
    # Qt's own dialogs speak the language too (qtbase translations).
    box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Cancel)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Annuler"

    _choose_language_in_settings(qtbot, window, 2)  # English
    qtbot.waitUntil(lambda: "&File" in _menu_titles(window))
    connect, domains, lang = _web_texts(window)
    assert (connect, lang) == ("Connect", "en") and "Family" in domains
    assert QSettings().value(i18n.SETTINGS_KEY) == "en"


def test_the_stored_language_is_used_at_the_next_start(qapp) -> None:
    from resokit_desktop import paths

    paths.set_application_identity()  # the app's own settings, as at a real start
    assert i18n.startup_language(None) is None  # nothing chosen yet: Dutch, the default
    QSettings().setValue(i18n.SETTINGS_KEY, "fr")
    try:
        assert i18n.startup_language(None) == "fr"
        assert i18n.startup_language("en") == "en"  # --lang on the command line wins
    finally:
        QSettings().remove(i18n.SETTINGS_KEY)
