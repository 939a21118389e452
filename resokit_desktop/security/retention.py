"""Retention review: closed dossiers whose last activity is older than the set number of years."""

from __future__ import annotations

from datetime import date

import sqlite_utils

from resokit_desktop.storage import privacy_repo, settings_repo
from resokit_desktop.storage.privacy_repo import RetentionRow

SETTING_RETENTION_YEARS = "privacy.retention_years"
DEFAULT_RETENTION_YEARS = 5
MIN_YEARS, MAX_YEARS = 1, 30


def retention_years(db: sqlite_utils.Database) -> int:
    value = settings_repo.get_setting(db, SETTING_RETENTION_YEARS, DEFAULT_RETENTION_YEARS)
    try:
        years = int(value)
    except (TypeError, ValueError):
        return DEFAULT_RETENTION_YEARS
    return min(max(years, MIN_YEARS), MAX_YEARS)


def set_retention_years(db: sqlite_utils.Database, years: int) -> None:
    if not MIN_YEARS <= int(years) <= MAX_YEARS:
        raise ValueError(f"retention must be {MIN_YEARS}..{MAX_YEARS} years")
    settings_repo.set_setting(db, SETTING_RETENTION_YEARS, int(years))


def cutoff(today: date, years: int) -> date:
    """The same day `years` earlier (29 February falls back to the 28th)."""
    try:
        return today.replace(year=today.year - years)
    except ValueError:
        return today.replace(year=today.year - years, day=28)


def dossiers_for_review(
    db: sqlite_utils.Database, today: date | None = None, years: int | None = None
) -> list[RetentionRow]:
    """Closed clients whose last activity (edit or session) lies before the cut-off."""
    years = retention_years(db) if years is None else years
    limit = cutoff(today or date.today(), years)
    return privacy_repo.closed_since_before(db, limit.isoformat())
