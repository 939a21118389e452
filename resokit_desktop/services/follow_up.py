"""Follow-up between conversations: the open agreements of the previous session, ticked later."""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlite_utils

from resokit_desktop.domain.session import Agreement, Session
from resokit_desktop.storage import sessions_repo
from resokit_desktop.storage.errors import NotFoundError, WriteFailedError


@dataclass
class CarriedAgreements:
    """The agreements still open after the previous session (with its date)."""

    session_date: str
    agreements: list[Agreement] = field(default_factory=list)


def open_agreements_before(db: sqlite_utils.Database, client_id: int,
                           session: Session | None) -> CarriedAgreements | None:
    """Open agreements of the session before ``session`` (None: a new session); None if none."""
    previous = sessions_repo.previous_session(db, client_id, session)
    if previous is None:
        return None
    still_open = [a for a in previous.agreements if not a.done]
    if not still_open:
        return None
    return CarriedAgreements(previous.date, still_open)


def set_agreement_done(db: sqlite_utils.Database, agreement_id: int, done: bool) -> bool:
    """Store that an agreement is done (or not); False when it could not be stored."""
    try:
        sessions_repo.set_agreement_done(db, agreement_id, done)
    except (WriteFailedError, NotFoundError):
        return False
    return True
