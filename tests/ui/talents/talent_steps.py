"""Steps the talent tests share: a tab on a real file, real mouse drags, reopening the file."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from resokit_desktop.domain.client import Client
from resokit_desktop.domain.talents import Pile
from resokit_desktop.domain.web.model import EntryKind, RegistryEntry
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.storage import clients_repo, contacts_repo
from resokit_desktop.ui.talents.talents_tab import TalentsTab

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier


def make_client(dossier: DossierFile) -> tuple[int, int]:
    """A client with one person in the registry; returns (client id, contact id)."""
    client_id = clients_repo.save_client(dossier.db, Client(name="Marie-Louise"))
    contact_id = contacts_repo.add_contact(
        dossier.db, RegistryEntry(None, client_id, EntryKind.PERSON, "buurvrouw Rita"))
    return client_id, contact_id


def open_tab(qtbot, dossier: DossierFile, client_id: int) -> TalentsTab:
    tab = TalentsTab(dossier)
    qtbot.addWidget(tab)
    tab.resize(1366, 740)
    tab.show()
    qtbot.waitExposed(tab)
    tab.set_client(client_id)
    return tab


def list_holding(board, key: str):
    return next(card_list for card_list in board.lists() if card_list.item_for(key) is not None)


def drag(board, key: str, target) -> None:
    """Press on the card, move past the drag distance, move onto the target list, release.

    The events go to the source list's viewport, as Qt does for a real mouse: the widget that
    got the press keeps the mouse until the release.
    """
    source = list_holding(board, key)
    source.scrollToItem(source.item_for(key))
    viewport = source.viewport()
    start = source.point_of(key)
    target_view = target.viewport() if target is not None else board.deck_list.viewport()
    end = viewport.mapFromGlobal(target_view.mapToGlobal(target_view.rect().center()))
    QTest.mousePress(viewport, LEFT, NONE, start)
    QTest.mouseMove(viewport, start + QPoint(12, 9))
    QTest.mouseMove(viewport, (start + end) / 2)
    QTest.mouseMove(viewport, end)
    QTest.mouseRelease(viewport, LEFT, NONE, end)


def click_card(board, key: str) -> None:
    card_list = list_holding(board, key)
    card_list.scrollToItem(card_list.item_for(key))
    QTest.mouseClick(card_list.viewport(), LEFT, NONE, card_list.point_of(key))


def keys_in(board, pile: Pile | None) -> list[str]:
    return board.list_for(pile).keys()
