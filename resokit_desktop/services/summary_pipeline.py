"""The one summary pipeline (gather → web picture → PDF) used by the print preview and the CLI.

``prepare_summary`` reads the dossier and draws the web (main thread: the connection and
Qt painting belong there); ``build_pdf`` is pure data-in, bytes-out and may run in a worker thread.
"""

from __future__ import annotations

from datetime import date

import sqlite_utils

from resokit_desktop.domain.summary import SummaryData, SummaryOptions
from resokit_desktop.services import map_service
from resokit_desktop.services.summary_service import gather_summary


def prepare_summary(db: sqlite_utils.Database, client_id: int, options: SummaryOptions,
                    today: date | None = None) -> SummaryData:
    """Gather the data and draw the web drawing (with the label the options allow)."""
    source = gather_summary(db, client_id, options, today)
    data = source.data
    if source.web_version is not None:
        # lazy: Qt's graphics scene loads only for a client with a web.
        # lazy: Qt's drawing code loads when the first summary is made
        from resokit_desktop.rendering.web_picture import render_web_picture

        picture = render_web_picture(source.web_version, options.lang,
                                     initials_only=options.initials_only)
        data = data.with_web(picture)
    return _with_map(db, client_id, options, data)


def _with_map(db: sqlite_utils.Database, client_id: int, options: SummaryOptions,
              data: SummaryData) -> SummaryData:
    """The buurtkaart on a page of its own, when the client has one with something on it."""
    version = map_service.load_version(db, client_id)
    if not map_service.has_content(version):
        return data
    # lazy: Qt's graphics scene loads only for a client with a buurtkaart.
    from resokit_desktop.rendering.map_picture import render_map_picture

    picture = render_map_picture(version, map_service.image(db, version.image_id), options.lang)
    return data.with_map(picture, version.version_date,
                         map_service.summary_places(db, version, options.initials_only))


def build_pdf(data: SummaryData, options: SummaryOptions) -> bytes:
    """The summary's PDF bytes (fpdf2); safe to call from a worker thread."""
    # lazy: fpdf2 loads when the first PDF is built, not when the window starts.
    # lazy: fpdf2 (and the PDF code) load when a PDF is first made, not at start-up
    from resokit_desktop.reports.summary_pdf import build_summary_pdf

    return build_summary_pdf(data, options)


def summary_pdf(db: sqlite_utils.Database, client_id: int, options: SummaryOptions,
                today: date | None = None) -> bytes:
    """The whole pipeline: the client's summary as PDF bytes."""
    return build_pdf(prepare_summary(db, client_id, options, today), options)
