"""Drawing the summary's pictures frees every Qt object it made at once (no reference cycles
left for Python's collector), so no garbage collection is needed after a picture and none of
them can be freed late, during interpreter shutdown."""

from __future__ import annotations

import gc
from collections.abc import Callable

import pytest
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QColor, QImage

from resokit_desktop.domain.buurtkaart import Feeling, Pin, PinStatus
from resokit_desktop.domain.summary import SummaryOptions
from resokit_desktop.rendering.map_picture import render_map_picture
from resokit_desktop.rendering.web_picture import render_web_picture
from resokit_desktop.rendering.web_render import ensure_application
from resokit_desktop.services import map_service
from resokit_desktop.services.summary_service import gather_summary


@pytest.fixture
def drawing(qapp):
    """Qt with the fonts the pictures are drawn in."""
    return ensure_application()


def garbage_after(draw: Callable[[], object]) -> list[str]:
    """The types of the objects that only the cyclic collector would free after draw()."""
    gc.collect()
    gc.disable()
    try:
        draw()
        gc.set_debug(gc.DEBUG_SAVEALL)
        gc.collect()
        found = [f"{type(o).__module__}.{type(o).__qualname__}" for o in gc.garbage]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()
    return found


def test_the_web_picture_leaves_nothing_for_the_collector(drawing, rich_db) -> None:
    source = gather_summary(rich_db, rich_db.rich_client_id, SummaryOptions())
    assert source.web_version is not None
    for fmt in ("svg", "png"):
        garbage = garbage_after(lambda fmt=fmt: render_web_picture(
            source.web_version, "nl", fmt=fmt))
        assert garbage == [], garbage[:10]


def test_the_buurtkaart_picture_leaves_nothing_for_the_collector(drawing, rich_db,
                                                                  tmp_path) -> None:
    image = QImage(600, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("#EEE8DC"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    (tmp_path / "plan.png").write_bytes(bytes(buffer.data()))
    client_id = rich_db.rich_client_id
    stored = map_service.import_image(rich_db, tmp_path / "plan.png")
    version = map_service.new_version(rich_db, client_id, "2026-03-02", stored.id)
    library = map_service.add_place(rich_db, client_id, "Bibliotheek Noord")
    version.home = (0.4, 0.5)
    version.boundary = [(0.1, 0.1), (0.8, 0.1), (0.7, 0.8)]
    version.pins[library.id] = Pin(library.id, library.name, 0.3, 0.3, PinStatus.GOES_NOW,
                                   Feeling.SAFE)
    map_service.save_version(rich_db, version)
    version = map_service.load_version(rich_db, client_id)
    picture = map_service.image(rich_db, version.image_id)
    garbage = garbage_after(lambda: render_map_picture(version, picture, "nl"))
    assert garbage == [], garbage[:10]
