"""Keyboard users: no two visible Alt+letter mnemonics clash, on any tab, with menus and tabs."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel

from resokit_desktop.domain.client import Client
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.storage import clients_repo
from resokit_desktop.ui.main_window import MainWindow

MNEMONIC = re.compile(r"&([^&\s])")


def _letters(window: MainWindow) -> list[str]:
    letters = []
    for action in window.menuBar().actions():
        letters += MNEMONIC.findall(action.text())
    for index in range(window.tabs.count()):  # the dossier tabs are always in view
        letters += MNEMONIC.findall(window.tabs.tabText(index))
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue
        letters += MNEMONIC.findall(widget.text())
    return [letter.lower() for letter in letters]


# The least a tab shows: the five menus and six dossier tabs, plus the tab's own labels.
@pytest.mark.parametrize(("tab_key", "at_least"),
                         [("overview", 9), ("sessions", 9), ("inclusion_web", 8),
                          ("talents", 11), ("roles", 11), ("buurtkaart", 11)])
def test_no_mnemonic_is_used_twice(qtbot, db_path, tab_key, at_least):
    dossier = DossierFile.open(db_path)
    client_id = clients_repo.save_client(dossier.db, Client(name="Lotte"))
    window = MainWindow(dossier)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    try:
        window.refresh_clients()
        window.open_client(client_id)
        window.tabs.setCurrentWidget(window.tab_widget(tab_key))
        letters = _letters(window)
        assert len(letters) >= at_least
        clashes = {k: n for k, n in Counter(letters).items() if n > 1}
        assert not clashes, f"Alt+letter used more than once: {clashes}"
    finally:
        window.close()
        window.deleteLater()
        dossier.close()


def test_no_mnemonic_is_used_twice_inside_a_menu(qtbot, db_path):
    dossier = DossierFile.open(db_path)
    window = MainWindow(dossier)
    qtbot.addWidget(window)
    try:
        for menu_action in window.menuBar().actions():
            menu = menu_action.menu()
            letters = [
                letter.lower()
                for action in menu.actions()
                for letter in MNEMONIC.findall(action.text())
            ]
            clashes = {k: n for k, n in Counter(letters).items() if n > 1}
            assert not clashes, f"{menu_action.text()}: Alt+letter used twice: {clashes}"
    finally:
        dossier.close()
