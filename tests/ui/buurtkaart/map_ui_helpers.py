"""Helpers for the buurtkaart UI tests: a tab on a real file, real clicks and drags, fresh reads."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtTest import QTest

from resokit_desktop.domain.client import Client
from resokit_desktop.services import map_service
from resokit_desktop.services.dossier_file import DossierFile
from resokit_desktop.storage import clients_repo
from resokit_desktop.storage.connection import open_database
from resokit_desktop.ui.buurtkaart.map_tab import BuurtkaartTab

DAY = date(2026, 3, 2)


def street_map_png(path: Path, size=(800, 600)) -> Path:
    """A small drawn street map saved as PNG."""
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(QColor("#EEE8DC"))
    painter = QPainter(image)
    painter.setPen(QColor("#FFFFFF"))
    for x in range(0, size[0], 80):
        painter.fillRect(x, 0, 14, size[1], QColor("#FFFFFF"))
    painter.end()
    image.save(str(path), "PNG")
    return path


def png_bytes(size=(64, 48)) -> bytes:
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(QColor("#88AACC"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def make_tab(qtbot, db_path: Path, size=(1300, 850), name="Testcliënt"):
    dossier = DossierFile.open(db_path)
    client_id = clients_repo.save_client(dossier.db, Client(id=None, name=name))
    tab = open_tab(qtbot, dossier, client_id, size)
    return tab, dossier, client_id


def open_tab(qtbot, dossier, client_id: int, size=(1300, 850)) -> BuurtkaartTab:
    tab = BuurtkaartTab(dossier)
    tab.today = lambda: DAY
    qtbot.addWidget(tab)
    tab.resize(*size)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.set_client(client_id)
    return tab


def stored(db_path: Path, client_id: int):
    """The latest map version and the number of versions, through a brand-new connection."""
    db = open_database(db_path)
    try:
        version = map_service.load_version(db, client_id)
        rows = map_service.list_versions(db, client_id)
        images = map_service.images(db)
    finally:
        db.conn.close()
    return version, rows, images


def wait_saved(qtbot, tab) -> None:
    qtbot.waitUntil(lambda: not tab.saver.is_pending() and not tab.has_pending_edits(),
                    timeout=3000)


def at(tab, point: tuple[float, float]) -> QPoint:
    """Where a map point (fractions) is on the view's viewport."""
    scene = tab.editor.scene
    return tab.editor.view.mapFromScene(scene.scene_point(point))


def click(tab, point: tuple[float, float]) -> None:
    QTest.mouseClick(tab.editor.view.viewport(), Qt.MouseButton.LeftButton, pos=at(tab, point))


def drag(viewport, start: QPoint, end: QPoint, steps: int = 6) -> None:
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, steps + 1):
        point = start + (end - start) * (i / steps)
        QTest.mouseMove(viewport, QPoint(round(point.x()), round(point.y())))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def finish(tab, dossier) -> None:
    tab.set_client(None)
    dossier.close()
