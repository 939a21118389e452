"""The one summary pipeline (gather → web picture → PDF) used by the print preview and the CLI.

``prepare_summary`` reads the dossier and draws the web (main thread: the connection and
Qt painting belong there); ``build_pdf`` is pure data-in, bytes-out and may run in a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import sqlite_utils

from resokit_desktop.domain.summary import SummaryData, SummaryOptions
from resokit_desktop.services import chart_service, map_service
from resokit_desktop.services.summary_service import gather_summary


def prepare_summary(db: sqlite_utils.Database, client_id: int, options: SummaryOptions,
                    today: date | None = None, *,
                    before_drawing: Callable[[], None] | None = None) -> SummaryData:
    """Gather the data and draw the web drawing (with the label the options allow).

    ``before_drawing`` runs before the first picture is drawn (never when there is none): a
    command line starts Qt's drawing there, so a summary without pictures needs none of it.
    """
    source = gather_summary(db, client_id, options, today)
    data = source.data
    if source.web_version is not None:
        if before_drawing is not None:
            before_drawing()
        # lazy: Qt's graphics scene loads only for a client with a web.
        from resokit_desktop.rendering.web_picture import render_web_picture

        picture = render_web_picture(source.web_version, options.lang,
                                     initials_only=options.initials_only)
        data = data.with_web(picture)
        data.charts = _chart_pictures(db, source.web_version, options.lang)
    return _with_map(db, client_id, options, data, before_drawing)


def _with_map(db: sqlite_utils.Database, client_id: int, options: SummaryOptions,
              data: SummaryData, before_drawing: Callable[[], None] | None) -> SummaryData:
    """The buurtkaart on a page of its own, when the client has one with something on it."""
    version = map_service.load_version(db, client_id)
    if not map_service.has_content(version):
        return data
    if before_drawing is not None:
        before_drawing()
    # lazy: Qt's graphics scene loads only for a client with a buurtkaart.
    from resokit_desktop.rendering.map_picture import render_map_picture

    picture = render_map_picture(version, map_service.image(db, version.image_id), options.lang)
    return data.with_map(picture, version.version_date,
                         map_service.summary_places(db, version, options.initials_only))


def _chart_pictures(db: sqlite_utils.Database, version, lang: str) -> list:
    """The composition, coverage and change charts of the printed web version (QPainter)."""
    from resokit_desktop.rendering.chart_pictures import summary_charts  # lazy: with the web

    points = chart_service.history(db, version.client_id)
    ids = [p.version_id for p in points]
    shown = points[:ids.index(version.id) + 1] if version.id in ids else points
    charts = chart_service.charts_for(db, version.client_id, version, shown)
    labels = {d.key: d.label(lang) for d in version.domain_set.domains}
    return summary_charts(charts, labels, lang)


def build_pdf(data: SummaryData, options: SummaryOptions) -> bytes:
    """The summary's PDF bytes (fpdf2); safe to call from a worker thread."""
    # lazy: fpdf2 loads when the first PDF is built, not when the window starts.
    from resokit_desktop.reports.summary_pdf import build_summary_pdf

    return build_summary_pdf(data, options)


def summary_pdf(db: sqlite_utils.Database, client_id: int, options: SummaryOptions,
                today: date | None = None) -> bytes:
    """The whole pipeline: the client's summary as PDF bytes."""
    return build_pdf(prepare_summary(db, client_id, options, today), options)
