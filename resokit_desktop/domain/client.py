"""The client dossier: identity kept minimal, status, consent records and their rules."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import date
from enum import StrEnum

from resokit_desktop.domain.names import initials_of
from resokit_desktop.domain.text_hygiene import is_blank
from resokit_desktop.domain.validation import (
    EARLIEST_BIRTH_YEAR,
    EMAIL_PATTERN,
    FieldError,
    check_date,
)

__all__ = ["Client", "ClientStatus", "Consent", "PersonType", "initials_of", "validate_client"]


class PersonType(StrEnum):
    CLIENT = "client"
    VOLUNTEER = "volunteer"
    RESIDENT = "resident"
    OTHER = "other"


class ClientStatus(StrEnum):
    ACTIVE = "active"
    CLOSED = "closed"
    ARCHIVED = "archived"


@dataclass
class Consent:
    purpose: str
    given_on: str
    withdrawn_on: str | None = None
    id: int | None = None


@dataclass
class Client:
    name: str
    person_type: PersonType = PersonType.CLIENT
    birth_year: int | None = None
    languages: str = ""
    neighbourhood: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    start_date: str | None = None
    status: ClientStatus = ClientStatus.ACTIVE
    notes: str = ""
    consents: list[Consent] = field(default_factory=list)
    id: int | None = None

    def initials(self) -> str:
        return initials_of(self.name)


def validate_client(client: Client, today: date | None = None) -> list[FieldError]:
    """Return every problem with the client's fields; an empty list means it may be saved."""
    today = today or date.today()
    errors: list[FieldError] = []
    if is_blank(client.name):
        errors.append(FieldError("name", "required"))
    elif len(client.name) > 200:
        errors.append(FieldError("name", "too_long"))
    if client.birth_year is not None:
        if client.birth_year > today.year:
            errors.append(FieldError("birth_year", "in_future"))
        elif client.birth_year < EARLIEST_BIRTH_YEAR:
            errors.append(FieldError("birth_year", "too_early"))
    if client.email and not EMAIL_PATTERN.match(client.email.strip()):
        errors.append(FieldError("email", "email_invalid"))
    check_date("start_date", client.start_date, errors)
    for index, consent in enumerate(client.consents):
        if is_blank(consent.purpose):
            errors.append(FieldError(f"consents[{index}].purpose", "required"))
        check_date(f"consents[{index}].given_on", consent.given_on, errors)
        if not consent.given_on:
            errors.append(FieldError(f"consents[{index}].given_on", "required"))
        check_date(f"consents[{index}].withdrawn_on", consent.withdrawn_on, errors)
    return errors


def keep_valid_fields(typed: Client, stored: Client, errors: list[FieldError]) -> Client:
    """The typed client, with each field that has an error put back to its stored value.

    One wrong optional field (an e-mail address) must not hold back the rest of the record.
    """
    kept = replace(typed, consents=list(typed.consents))
    for error in errors:
        name = error.field.split("[")[0].split(".")[0]
        if name in _FIELD_NAMES:
            setattr(kept, name, getattr(stored, name))
    return kept


_FIELD_NAMES = frozenset(f.name for f in fields(Client)) - {"id"}


def parse_birth_year(text: str) -> int | None:
    """'' -> None; digits -> int; anything else raises ValueError."""
    text = text.strip()
    if not text:
        return None
    if not text.isdigit():
        raise ValueError(text)
    return int(text)
