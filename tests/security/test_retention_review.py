"""Retention: closed dossiers older than the set number of years are listed for review."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from resokit_desktop.domain.client import Client, ClientStatus
from resokit_desktop.domain.session import Session
from resokit_desktop.security import retention
from resokit_desktop.storage import clients_repo, sessions_repo


def _client(db, name: str, status: ClientStatus, session_on: str | None = None) -> int:
    client_id = clients_repo.save_client(db, Client(name=name, status=status))
    if session_on:
        sessions_repo.save_session(db, Session(client_id=client_id, date=session_on))
    return client_id


def test_closed_dossiers_flagged_exactly_when_the_period_is_over(db) -> None:
    today = date.today()
    closed = _client(db, "Gesloten", ClientStatus.CLOSED)
    late = _client(db, "Laat gesprek", ClientStatus.CLOSED,
                   session_on=(today + timedelta(days=400)).isoformat())
    _client(db, "Actief", ClientStatus.ACTIVE)
    _client(db, "Gearchiveerd", ClientStatus.ARCHIVED)
    assert retention.retention_years(db) == retention.DEFAULT_RETENTION_YEARS == 5

    on_the_day = retention.cutoff(today, -5)  # five years from now: not yet older
    assert retention.dossiers_for_review(db, today=on_the_day) == []
    day_after = on_the_day + timedelta(days=1)
    assert [r.client_id for r in retention.dossiers_for_review(db, today=day_after)] == [closed]
    much_later = day_after + timedelta(days=500)
    assert [r.client_id for r in retention.dossiers_for_review(db, today=much_later)] == [
        closed, late]


def test_setting_changes_the_period(db) -> None:
    closed = _client(db, "Gesloten", ClientStatus.CLOSED)
    later = date.today() + timedelta(days=2 * 366 + 1)
    assert retention.dossiers_for_review(db, today=later) == []
    retention.set_retention_years(db, 2)
    assert retention.retention_years(db) == 2
    assert [r.client_id for r in retention.dossiers_for_review(db, today=later)] == [closed]
    with pytest.raises(ValueError):
        retention.set_retention_years(db, 0)


def test_cutoff_on_29_february() -> None:
    assert retention.cutoff(date(2028, 2, 29), 1) == date(2027, 2, 28)


def test_last_activity_is_the_workers_calendar_day_not_the_utc_one(db) -> None:
    # Edited 20 minutes after midnight in Brussels (tests run in Europe/Brussels): the stored UTC
    # timestamp still says the day before. Five years after that local day the dossier is not yet
    # over its period; the day after, it is.
    closed = _client(db, "Gesloten", ClientStatus.CLOSED)
    db.execute("UPDATE clients SET updated_at = ? WHERE id = ?",
               ["2027-01-07T23:20:00+00:00", closed])
    assert retention.dossiers_for_review(db, today=date(2032, 1, 8)) == []
    assert [r.client_id for r in retention.dossiers_for_review(db, today=date(2032, 1, 9))] == [
        closed]
