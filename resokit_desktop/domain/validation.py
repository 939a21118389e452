"""Field-level validation results shared by every domain object."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
EARLIEST_BIRTH_YEAR = 1900


@dataclass(frozen=True)
class FieldError:
    """One problem with one field; ``code`` is turned into a translated message by the UI."""

    field: str
    code: str


class ValidationFailed(ValueError):
    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__(", ".join(f"{e.field}: {e.code}" for e in errors))
        self.errors = errors


def parse_iso_date(text: str | None) -> date | None:
    """Parse YYYY-MM-DD; None or empty gives None; anything else raises ValueError."""
    if text is None or not str(text).strip():
        return None
    return date.fromisoformat(str(text).strip())


def check_date(field: str, text: str | None, errors: list[FieldError]) -> None:
    try:
        parse_iso_date(text)
    except ValueError:
        errors.append(FieldError(field, "date_invalid"))
