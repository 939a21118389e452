"""The rotation rule on its own (backups.choose_kept): which backup times survive, from hand-made
local times (the times in the backup names) across weekdays, gaps, DST changes and a new year."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from resokit_desktop.security.backups import choose_kept


def _at(day: str, hour: int = 9, minute: int = 0) -> datetime:
    return datetime.fromisoformat(day).replace(hour=hour, minute=minute)


def test_nothing_to_keep_from_nothing():
    assert choose_kept([], 7, 4) == set()


def test_the_newest_of_each_of_the_last_seven_days_then_one_per_earlier_week():
    # Monday 2026-11-02 .. Sunday 2026-11-29: a start-up backup and a daily one on some days.
    created = []
    for offset in range(28):
        day = datetime(2026, 11, 2, 8, 15) + timedelta(days=offset)
        created.append(day)
        if offset % 3 == 0:
            created.append(day + timedelta(hours=6))
    kept = choose_kept(created, 7, 4)
    daily = {d for d in kept if d.date() >= datetime(2026, 11, 23).date()}
    # 23..29 November: the later backup of a day with two, the only one otherwise.
    assert sorted(daily) == [
        _at("2026-11-23", 14, 15), _at("2026-11-24", 8, 15), _at("2026-11-25", 8, 15),
        _at("2026-11-26", 14, 15), _at("2026-11-27", 8, 15), _at("2026-11-28", 8, 15),
        _at("2026-11-29", 14, 15),
    ]
    # Then the newest of each ISO week before 23 November (a Monday): the Sundays.
    assert sorted(kept - daily) == [
        _at("2026-11-08", 14, 15), _at("2026-11-15", 8, 15), _at("2026-11-22", 8, 15),
    ]  # only three earlier weeks exist: keep_weekly=4 is a maximum


def test_days_without_backups_do_not_count_as_daily_ones():
    # The worker was away: the last seven days *with* a backup reach back over the gaps.
    days = ["2026-07-01", "2026-07-02", "2026-07-13", "2026-07-14", "2026-07-20",
            "2026-07-27", "2026-07-28", "2026-08-10", "2026-08-11"]
    created = [_at(day) for day in days]
    kept = choose_kept(created, 7, 4)
    # 7 daily (13 Jul..11 Aug), then the week of 1-2 July once: its newest, 2 July.
    assert sorted(kept) == [_at(day) for day in days[1:]]
    kept = choose_kept(created, 3, 2)
    # Daily: 11 Aug, 10 Aug, 28 Jul. Weekly before 28 Jul: week 31 (27 Jul), week 30 (20 Jul).
    assert sorted(kept) == [_at("2026-07-20"), _at("2026-07-27"), _at("2026-07-28"),
                            _at("2026-08-10"), _at("2026-08-11")]


def test_a_week_is_an_iso_week_even_across_new_year():
    # 28 Dec 2026 .. 3 Jan 2027 is ISO week 53 of 2026: one weekly backup for it, not two.
    created = [_at("2026-12-21"), _at("2026-12-29"), _at("2027-01-01"), _at("2027-01-03"),
               _at("2027-01-04"), _at("2027-01-05")]
    kept = choose_kept(created, 2, 4)
    assert sorted(kept) == [_at("2026-12-21"), _at("2027-01-03"), _at("2027-01-04"),
                            _at("2027-01-05")]


def test_dst_changes_keep_one_backup_per_calendar_day():
    # Backup names hold local wall-clock times. Brussels: 29 Mar 2026 has no 02:00-03:00, and on
    # 25 Oct 2026 the hour 02:00-03:00 happens twice, so two backups can carry the same stamp.
    spring = [_at("2026-03-28", 23, 30), _at("2026-03-29", 1, 59), _at("2026-03-29", 3, 0),
              _at("2026-03-29", 23, 59), _at("2026-03-30", 0, 0)]
    autumn = [_at("2026-10-24", 23, 30), _at("2026-10-25", 2, 30), _at("2026-10-25", 2, 30),
              _at("2026-10-25", 2, 45), _at("2026-10-26", 0, 1)]
    assert sorted(choose_kept(spring, 7, 0)) == [
        _at("2026-03-28", 23, 30), _at("2026-03-29", 23, 59), _at("2026-03-30", 0, 0)]
    assert sorted(choose_kept(autumn, 7, 0)) == [
        _at("2026-10-24", 23, 30), _at("2026-10-25", 2, 45), _at("2026-10-26", 0, 1)]


def test_one_daily_and_no_weekly_keeps_only_the_newest():
    created = [_at("2026-05-04", 8), _at("2026-05-04", 17), _at("2026-04-20")]
    assert choose_kept(created, 1, 0) == {_at("2026-05-04", 17)}


@settings(max_examples=100, deadline=None)  # no timing in tests
@given(st.lists(st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1)),
                max_size=60),
       st.integers(min_value=1, max_value=10), st.integers(min_value=0, max_value=6))
def test_kept_is_a_bounded_subset_holding_the_newest_of_each_kept_day(created, daily, weekly):
    kept = choose_kept(created, daily, weekly)
    assert kept <= set(created)
    assert len(kept) <= daily + weekly
    if created:
        assert max(created) in kept
    kept_days = [when.date() for when in kept]
    assert len(kept_days) == len(set(kept_days))  # never two from one day
    for when in kept:
        assert when == max(c for c in created if c.date() == when.date())
