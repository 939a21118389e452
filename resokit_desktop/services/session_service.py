"""Use cases of the conversations with a client: their notes and the agreements made in them."""

from __future__ import annotations

import sqlite_utils

from resokit_desktop.domain.session import Session
from resokit_desktop.storage import sessions_repo


def list_sessions(db: sqlite_utils.Database, client_id: int) -> list[Session]:
    return sessions_repo.list_sessions(db, client_id)


def get_session(db: sqlite_utils.Database, session_id: int) -> Session:
    """One conversation with its agreements (NotFoundError when it is gone)."""
    return sessions_repo.get_session(db, session_id)


def save_session(db: sqlite_utils.Database, session: Session) -> int:
    """Insert or update the conversation and its agreements in one transaction; its id."""
    return sessions_repo.save_session(db, session)


def delete_session(db: sqlite_utils.Database, session_id: int) -> None:
    sessions_repo.delete_session(db, session_id)
