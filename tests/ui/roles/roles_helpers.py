"""Helpers for the Rollen tab tests: a main window on a real file, fresh reads of what it holds."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from resokit_desktop.domain.client import Client
from resokit_desktop.domain.talents import CardSort, Pile, SortedTalent
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.storage import clients_repo, roles_repo, talents_repo
from resokit_desktop.storage.connection import open_database


def seed_client(db_path: Path, name: str = "Rosa Rollen", focus=("cooking", "listening")) -> int:
    """A client with focus talents (built-in cards), stored through a connection of its own."""
    db = open_database(db_path)
    try:
        client_id = clients_repo.save_client(db, Client(name=name))
        talents = [SortedTalent(card_key=key, pile=Pile.CAN, focus_rank=rank)
                   for rank, key in enumerate(focus, start=1)]
        talents_repo.save_card_sort(db, CardSort(client_id=client_id, talents=talents))
    finally:
        db.conn.close()
    return client_id


def open_window(qtbot, db_path: Path, client_id: int | None = None):
    from resokit_desktop.ui.main_window import MainWindow

    dossier = DossierFile.open(db_path)
    main = MainWindow(dossier)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    main.refresh_clients()
    if client_id is not None:
        main.open_client(client_id)
    return main, dossier


def close_window(main, dossier) -> None:
    main.close()
    main.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    dossier.close()


def show_tab(qtbot, main, key: str):
    """Click the tab's title in the tab bar, as a user would."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    bar = main.tabs.tabBar()
    for index in range(main.tabs.count()):
        if main.tabs.widget(index).property("tab_key") == key:
            QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
            break
    qtbot.waitUntil(lambda: main.tabs.currentWidget().property("tab_key") == key)
    return main.tabs.currentWidget()


def stored_plans(db_path: Path, client_id: int):
    """The client's plans as the file holds them, read through a brand-new connection."""
    db = open_database(db_path)
    try:
        return roles_repo.list_role_plans(db, client_id)
    finally:
        db.conn.close()
