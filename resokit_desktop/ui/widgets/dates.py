"""Dates and times as a Belgian worker types them (dd-mm-jjjj, uu:mm), to and from ISO text.

Shown dates follow the interface language: 14-03-2026 in Dutch, 14/03/2026 in French and
English; any of those (and ISO) is read back whatever the language.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from resokit_desktop import i18n

_DMY = re.compile(r"^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_TIME = re.compile(r"^(\d{1,2})[:.hu](\d{2})$")


def parse_user_date(text: str) -> str | None:
    """'' -> None; '14-3-2026', '14/03/2026' or '2026-03-14' -> '2026-03-14'; else ValueError."""
    text = text.strip()
    if not text:
        return None
    match = _DMY.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
    else:
        match = _ISO.match(text)
        if not match:
            raise ValueError(text)
        year, month, day = (int(g) for g in match.groups())
    return date(year, month, day).isoformat()


def display_date(iso: str | None) -> str:
    """'2026-03-14' -> '14-03-2026'; empty stays empty; unreadable text is shown as it is."""
    if not iso:
        return ""
    try:
        value = date.fromisoformat(iso.strip()[:10])
    except ValueError:
        return iso
    return value.strftime(_date_pattern())


def display_datetime(moment: datetime) -> str:
    """A moment as the interface language writes it: '14-03-2026 09:05' / '14/03/2026 09:05'."""
    return moment.strftime(f"{_date_pattern()} %H:%M")


def _date_pattern() -> str:
    return "%d-%m-%Y" if i18n.current_language() == "nl" else "%d/%m/%Y"


def parse_user_time(text: str) -> str | None:
    """'' -> None; '9:05', '14.30', '14u30' -> 'HH:MM'; anything else raises ValueError."""
    text = text.strip()
    if not text:
        return None
    match = _TIME.match(text)
    if not match:
        raise ValueError(text)
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        raise ValueError(text)
    return f"{hour:02d}:{minute:02d}"
