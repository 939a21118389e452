"""Use cases of the client's charts: the figures of the latest (or a live) web and its history."""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from resokit_desktop.domain.web.chart_figures import (
    ChangePoint,
    ClientCharts,
    change_over_time,
    client_charts,
)
from resokit_desktop.domain.web.model import WebVersion
from resokit_desktop.security.safe_output import check_output_target, write_bytes_atomically
from resokit_desktop.services import web_service
from resokit_desktop.storage import web_repo


def history(db: sqlite_utils.Database, client_id: int) -> tuple[ChangePoint, ...]:
    """One point per stored version, oldest first, with the client's words on each change."""
    rows = web_repo.list_versions(db, client_id)
    versions = [web_repo.load_version(db, row.id) for row in rows]
    words = {(c.old_version_id, c.new_version_id): c.client_words
             for c in web_repo.list_comparisons(db, client_id)}
    return change_over_time(versions, words, web_service.count_paid_staff(db))


def charts_for(db: sqlite_utils.Database, client_id: int,
               version: WebVersion | None = None,
               points: tuple[ChangePoint, ...] | None = None) -> ClientCharts | None:
    """The client's charts for ``version`` (default: the latest stored); None without a web.

    ``points`` may be passed in when the caller keeps the history (a redraw after one edit).
    """
    if version is None:
        version = web_service.load_version(db, client_id)
        if version is None:
            return None
    if points is None:
        points = history(db, client_id)
    return client_charts(version, points, web_service.count_paid_staff(db))


def write_export(path: Path, data: bytes) -> None:
    """Write an exported chart through the one safe output path (a regular file, atomically)."""
    write_bytes_atomically(check_output_target(path), data)
