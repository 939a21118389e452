"""Checking and decoding a buurtkaart map image safely: size from the header first, decoding under
an allocation limit, so a decompression bomb is refused before it is ever decoded."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage, QImageReader

from resokit_desktop.domain.buurtkaart import MAX_MEGAPIXELS

# Qt's own cap on one decoded image (MiB): 50 megapixels at 4 bytes each is about 191 MiB.
ALLOCATION_LIMIT_MB = 200
FORMATS = {b"png": "png", b"jpeg": "jpeg", b"jpg": "jpeg"}


class ImageProblem(StrEnum):
    """Why an image was refused (the UI words each one)."""

    NOT_AN_IMAGE = "not_an_image"
    TOO_LARGE = "too_large"
    CORRUPT = "corrupt"


class MapImageError(ValueError):
    def __init__(self, problem: ImageProblem, width: int = 0, height: int = 0) -> None:
        super().__init__(str(problem))
        self.problem = problem
        self.width, self.height = width, height


@dataclass(frozen=True)
class CheckedImage:
    fmt: str
    width: int
    height: int


def _reader(data: bytes) -> tuple[QImageReader, QBuffer]:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    reader.setAutoTransform(True)
    return reader, buffer


def check_map_image(data: bytes) -> CheckedImage:
    """The image's format and size, checked from its header and then by one full decode.

    Raises MapImageError: not a PNG/JPEG, over MAX_MEGAPIXELS, or undecodable (truncated).
    """
    reader, _buffer = _reader(data)
    fmt = FORMATS.get(bytes(reader.format()).lower())
    if fmt is None:
        raise MapImageError(ImageProblem.NOT_AN_IMAGE)
    size = reader.size()  # from the header only: nothing is decoded yet
    width, height = size.width(), size.height()
    if width <= 0 or height <= 0:
        raise MapImageError(ImageProblem.CORRUPT)
    if width * height > MAX_MEGAPIXELS * 1_000_000:
        raise MapImageError(ImageProblem.TOO_LARGE, width, height)
    # Qt fills a cut-off JPEG with grey rather than fail: its end-of-image marker must be there.
    if fmt == "jpeg" and not data.rstrip(b"\0").endswith(b"\xff\xd9"):
        raise MapImageError(ImageProblem.CORRUPT, width, height)
    image = reader.read()
    if image.isNull():
        raise MapImageError(ImageProblem.CORRUPT, width, height)
    return CheckedImage(fmt, image.width(), image.height())


def decode_map_image(data: bytes) -> QImage:
    """A stored (already checked) image, decoded under the same limits; a null image if it fails."""
    reader, _buffer = _reader(data)
    size = reader.size()
    if size.width() * size.height() > MAX_MEGAPIXELS * 1_000_000:
        return QImage()
    return reader.read()
