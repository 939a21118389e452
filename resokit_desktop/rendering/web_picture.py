"""Render a web version into a WebImage for the reports, with the inclusieweb's own renderer."""

from __future__ import annotations

from resokit_desktop.domain.summary import WebImage
from resokit_desktop.domain.web.model import WebVersion

# Portrait room on an A4 page below a heading (174 x 230 mm at most): the legend sits under the web.
PORTRAIT = (1000, 1320)
LANDSCAPE = (1400, 1000)


def render_web_picture(version: WebVersion, lang: str = "nl", *, initials_only: bool = False,
                       markers: dict[int, str] | None = None, fmt: str = "svg",
                       landscape: bool = False) -> WebImage:
    """The drawing (SVG for print, or PNG) with its legend painted in; same look as on screen."""
    # lazy: Qt's drawing code loads when a picture is first drawn
    from resokit_desktop.rendering.web_render import (
        render_web_png,
        render_web_portrait,
        render_web_svg,
    )

    width, height = LANDSCAPE if landscape else PORTRAIT
    if landscape:
        render = render_web_svg if fmt == "svg" else render_web_png
        data = render(version, width, height, legend=True, lang=lang,
                      initials_only=initials_only, markers=markers)
    else:
        # Just as tall as the web at full width plus its legend: what follows fits below it.
        data, height = render_web_portrait(version, width, height, fmt=fmt, lang=lang,
                                           initials_only=initials_only, markers=markers)
    # The renderer deletes its throw-away scene itself (web_render._print_scene): no garbage
    # collection is needed here (tests/services/test_summary_pictures_free.py).
    return WebImage(data, fmt, width, height)
