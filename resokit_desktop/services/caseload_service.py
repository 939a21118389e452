"""The caseload overview: every client's figures gathered in a few aggregated queries."""

from __future__ import annotations

from datetime import date

import sqlite_utils

from resokit_desktop.domain.caseload import Bar, CaseloadFigures, age_bars, month_keys
from resokit_desktop.domain.client import ClientStatus
from resokit_desktop.domain.roles import RoleStatus
from resokit_desktop.storage import caseload_repo

PLAN_STATUSES = ("idea", "exploring", "started", "active", "evaluated", "stopped")
OPEN_PLAN_STATUSES = tuple(str(s) for s in RoleStatus if s.is_open)  # as the client list


def _bar(key: str, ids: list[int], value: int | None = None) -> Bar:
    return Bar(key, len(ids) if value is None else value, tuple(ids))


def caseload(db: sqlite_utils.Database, today: date | None = None) -> CaseloadFigures:
    """The overview's figures on ``today`` (default: the real today)."""
    today = today or date.today()
    by_status = caseload_repo.clients_by_status(db)
    months = month_keys(today)
    per_month = caseload_repo.sessions_per_month(db, months[0])
    plans = caseload_repo.role_plans_by_status(db)
    webs, sessions = caseload_repo.last_dates(db)
    return CaseloadFigures(
        clients_by_status=tuple(_bar(str(s), by_status.get(str(s), [])) for s in ClientStatus),
        sessions_per_month=tuple(
            _bar(m, per_month.get(m, (0, []))[1], per_month.get(m, (0, []))[0]) for m in months),
        role_plans_by_status=tuple(
            _bar(s, plans.get(s, (0, []))[1], plans.get(s, (0, []))[0]) for s in PLAN_STATUSES),
        attention=(
            _bar("no_unpaid_emotional_support",
                 caseload_repo.without_unpaid_emotional_support(db)),
            _bar("sleeping_ties_to_reactivate",
                 caseload_repo.with_sleeping_ties_to_reactivate(db)),
            _bar("overdue_agreements",
                 caseload_repo.with_overdue_agreements(db, today.isoformat())),
            _bar("overdue_role_steps", caseload_repo.with_overdue_role_steps(
                db, today.isoformat(), OPEN_PLAN_STATUSES)),
        ),
        since_last_web=age_bars(webs, today),
        since_last_session=age_bars(sessions, today),
        active_clients=len(by_status.get(str(ClientStatus.ACTIVE), [])),
    )


def client_names(db: sqlite_utils.Database, ids: tuple[int, ...]) -> list[tuple[int, str]]:
    """(id, name) of the clients behind one bar, by name."""
    return caseload_repo.client_names(db, list(ids))
