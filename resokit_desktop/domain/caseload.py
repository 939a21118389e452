"""The caseload overview's figures over all clients: each bar knows which clients it counts."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# How long ago, in days: the buckets of "time since the last web version / conversation".
AGE_BUCKETS = (("under_3_months", 0, 91), ("3_to_6_months", 91, 183),
               ("6_to_12_months", 183, 366), ("over_a_year", 366, None))
NEVER = "never"


@dataclass(frozen=True)
class Bar:
    """One bar: a stable key (a status, a month, a bucket), its value and the clients behind it."""

    key: str
    value: int
    client_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class CaseloadFigures:
    """Every chart of the overview, as bars in display order."""

    clients_by_status: tuple[Bar, ...]
    sessions_per_month: tuple[Bar, ...]
    role_plans_by_status: tuple[Bar, ...]
    # no unpaid emotional support / sleeping ties to reactivate / overdue agreements / steps
    attention: tuple[Bar, ...]
    since_last_web: tuple[Bar, ...]
    since_last_session: tuple[Bar, ...]
    active_clients: int = 0
    notes: dict[str, str] = field(default_factory=dict)


def age_bucket(last: str | None, today: date) -> str:
    """The bucket of an ISO date's age on ``today``; NEVER for no date at all."""
    if not last:
        return NEVER
    try:
        days = (today - date.fromisoformat(last[:10])).days
    except ValueError:
        return NEVER
    for key, low, high in AGE_BUCKETS:
        if days >= low and (high is None or days < high):
            return key
    return AGE_BUCKETS[0][0]  # a date in the future counts as recent


def age_bars(last_dates: dict[int, str | None], today: date) -> tuple[Bar, ...]:
    """Clients per age bucket of their last date (every bucket present, NEVER last)."""
    found: dict[str, list[int]] = {key: [] for key, *_ in AGE_BUCKETS}
    found[NEVER] = []
    for client_id, last in last_dates.items():
        found[age_bucket(last, today)].append(client_id)
    return tuple(Bar(key, len(ids), tuple(sorted(ids))) for key, ids in found.items())


def month_keys(today: date, months: int = 12) -> list[str]:
    """The last ``months`` months up to today's, oldest first, as 'YYYY-MM'."""
    year, month = today.year, today.month
    keys = []
    for _ in range(months):
        keys.append(f"{year:04d}-{month:02d}")
        month -= 1
        if month == 0:
            year, month = year - 1, 12
    return keys[::-1]
