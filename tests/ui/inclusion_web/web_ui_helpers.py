"""Helpers for the inclusion-web UI tests: a tab on a real file, real mouse drags, fresh reads."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from resokit_desktop.domain.client import Client
from resokit_desktop.domain.web.geometry import position_to_unit
from resokit_desktop.domain.web.model import Position
from resokit_desktop.rendering import web_style
from resokit_desktop.services import web_service
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.storage import clients_repo, contacts_repo
from resokit_desktop.storage.connection import open_database
from resokit_desktop.ui.inclusion_web.web_tab import InclusionWebTab


def make_tab(qtbot, db_path: Path, size=(1300, 850), with_version=True):
    dossier = DossierFile.open(db_path)
    client_id = clients_repo.save_client(dossier.db, Client(id=None, name="Testcliënt"))
    if with_version:
        web_service.new_version(dossier.db, client_id, "2026-01-10")
    tab = InclusionWebTab(dossier)
    qtbot.addWidget(tab)
    tab.resize(*size)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.set_client(client_id)
    return tab, dossier, client_id


def stored(db_path: Path, client_id: int):
    """What the file holds now, read through a brand-new connection."""
    db = open_database(db_path)
    try:
        version = web_service.load_version(db, client_id)
        registry = {e.id: e for e in contacts_repo.list_contacts(db, client_id)}
        count = len(web_service.list_versions(db, client_id))
    finally:
        db.conn.close()
    return version, registry, count


def wait_saved(qtbot, tab) -> None:
    qtbot.waitUntil(lambda: not tab.saver.is_pending() and not tab.has_pending_edits(),
                    timeout=3000)


def viewport_point(tab, position: Position) -> QPoint:
    keys = tab.editor.document.domain_keys()
    x, y = position_to_unit(position, keys)
    r = web_style.WEB_RADIUS
    return tab.editor.view.mapFromScene(QPointF(x * r, y * r))


def item_point(tab, entry_id: int) -> QPoint:
    item = tab.editor.scene.member_items[entry_id]
    return tab.editor.view.mapFromScene(item.scenePos())


def drag(viewport, start: QPoint, end: QPoint, modifier=Qt.KeyboardModifier.NoModifier,
         steps: int = 6) -> None:
    """A real mouse drag: press, several moves, release (on the view's viewport)."""
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, modifier, start)
    for i in range(1, steps + 1):
        point = start + (end - start) * (i / steps)
        QTest.mouseMove(viewport, QPoint(round(point.x()), round(point.y())))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, modifier, end)


def finish(tab, dossier) -> None:
    """Leave the client (saving what is pending) and close the file, as the window would."""
    tab.set_client(None)
    dossier.close()
