"""Bad map images are refused with a clear message and change nothing: a decompression bomb (its
header declares 20000 × 20000), a truncated PNG and JPEG, and a file that is no image at all."""

from __future__ import annotations

import struct
import zlib

import pytest
from map_ui_helpers import finish, make_tab, png_bytes, stored, street_map_png, wait_saved
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QColor, QImage

from resokit_desktop.rendering.map_image import ImageProblem, MapImageError, check_map_image


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def bomb_png() -> bytes:
    """A valid PNG header declaring 20000 × 20000 pixels (400 megapixels) over a tiny body."""
    header = struct.pack(">IIBBBBB", 20000, 20000, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header)
            + _chunk(b"IDAT", zlib.compress(b"\0" * 60001 * 10)) + _chunk(b"IEND", b""))


def jpeg_bytes() -> bytes:
    image = QImage(120, 90, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG")
    return bytes(buffer.data())


BAD = {
    "bomb": (bomb_png, ImageProblem.TOO_LARGE, "te groot"),
    "truncated png": (lambda: png_bytes((400, 300))[:300], ImageProblem.CORRUPT, "beschadigd"),
    "truncated jpeg": (lambda: jpeg_bytes()[:-200], ImageProblem.CORRUPT, "beschadigd"),
    "not an image": (lambda: b"Dit is een boodschappenlijst.\n" * 20, ImageProblem.NOT_AN_IMAGE,
                     "geen PNG"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_the_checker_names_the_problem_from_the_header(qapp, name):
    make, problem, _text = BAD[name]
    with pytest.raises(MapImageError) as caught:
        check_map_image(make())
    assert caught.value.problem == problem


def test_the_bomb_is_judged_by_its_header_before_any_decoding(qapp):
    with pytest.raises(MapImageError) as caught:
        check_map_image(bomb_png())
    assert (caught.value.width, caught.value.height) == (20000, 20000)


@pytest.mark.parametrize("name", sorted(BAD))
def test_a_bad_image_is_refused_in_the_tab_and_nothing_changes(qtbot, db_path, tmp_path, name):
    make, _problem, text = BAD[name]
    tab, dossier, client_id = make_tab(qtbot, db_path)
    tab.new_version()
    assert tab.import_image_file(street_map_png(tmp_path / "good.png", (640, 480)))
    wait_saved(qtbot, tab)
    before, _, images_before = stored(db_path, client_id)
    bad = tmp_path / "kaart.png"
    bad.write_bytes(make())
    assert not tab.import_image_file(bad)
    assert text in tab.status_label.text()
    assert "niets veranderd" in tab.status_label.text()
    assert tab.editor.scene.map_rect.width() == 640
    wait_saved(qtbot, tab)
    finish(tab, dossier)
    after, _, images_after = stored(db_path, client_id)
    assert images_after == images_before
    assert after.image_id == before.image_id
