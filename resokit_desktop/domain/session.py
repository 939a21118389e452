"""A conversation with the client (gesprek): notes kept apart by voice, and agreements."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from resokit_desktop.domain.text_hygiene import is_blank
from resokit_desktop.domain.validation import FieldError, check_date


class SessionType(StrEnum):
    INTAKE = "intake"
    FOLLOW_UP = "follow_up"
    EVALUATION = "evaluation"
    OTHER = "other"


@dataclass
class Agreement:
    what: str
    who: str = ""
    due_date: str | None = None
    done: bool = False
    id: int | None = None


@dataclass
class Session:
    client_id: int
    date: str
    type: SessionType = SessionType.FOLLOW_UP
    worked_on: str = ""
    client_words: str = ""
    worker_observations: str = ""
    next_appointment: str | None = None
    agreements: list[Agreement] = field(default_factory=list)
    id: int | None = None


def validate_session(session: Session) -> list[FieldError]:
    errors: list[FieldError] = []
    if not session.date:
        errors.append(FieldError("date", "required"))
    check_date("date", session.date, errors)
    check_date("next_appointment", _date_part(session.next_appointment), errors)
    for index, agreement in enumerate(session.agreements):
        if is_blank(agreement.what):
            errors.append(FieldError(f"agreements[{index}].what", "required"))
        check_date(f"agreements[{index}].due_date", agreement.due_date, errors)
    return errors


def _date_part(value: str | None) -> str | None:
    """Next appointments may carry a time ('2026-12-01 14:00'); only the date is checked."""
    if not value:
        return None
    return value.strip().split(" ")[0].split("T")[0]
