"""The printed web drawing is as large as the page allows: the disc spans most of the width."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from resokit_desktop.domain.summary import SummaryOptions
from resokit_desktop.rendering import web_style as style
from resokit_desktop.rendering.web_picture import PORTRAIT, render_web_picture
from resokit_desktop.services.summary_service import gather_summary


def disc_extent(image: QImage) -> tuple[int, int, int]:
    """(widest row of sector colour, its top row, its bottom row) in pixels."""
    fills = {c.rgb() for c in style.SECTOR_FILLS}
    widest, top, bottom = 0, image.height(), 0
    for y in range(0, image.height(), 4):
        xs = [x for x in range(0, image.width(), 2) if image.pixel(x, y) in fills]
        if xs:
            widest = max(widest, xs[-1] - xs[0])
            top, bottom = min(top, y), max(bottom, y)
    return widest, top, bottom


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_portrait_picture_is_mostly_web_with_the_legend_right_under_it(rich_db,
                                                                       lang: str) -> None:
    source = gather_summary(rich_db, rich_db.rich_client_id, SummaryOptions(lang=lang))
    picture = render_web_picture(source.web_version, lang, fmt="png")
    image = QImage.fromData(picture.data)
    assert image.width() == PORTRAIT[0] and picture.width_px == PORTRAIT[0]
    # No blank band below the legend: the picture is only as tall as web plus legend.
    assert picture.height_px <= PORTRAIT[1]
    widest, top, bottom = disc_extent(image)
    # The disc takes at least 68 % of the picture's width (65 % in a square box before; the rest
    # is the domain labels beside it) and starts near the top; the legend fills the rest.
    assert widest >= 0.68 * image.width(), widest
    assert top < 0.12 * image.height()
    legend_band = image.height() - bottom
    assert 0.12 * image.height() < legend_band < 0.35 * image.height()
