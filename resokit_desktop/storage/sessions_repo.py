"""Sessions (gesprekken) and their agreements."""

from __future__ import annotations

import sqlite_utils

from resokit_desktop.domain.session import Agreement, Session, SessionType
from resokit_desktop.domain.text_hygiene import clean_line, clean_multiline
from resokit_desktop.storage.clock import now_iso
from resokit_desktop.storage.connection import transaction
from resokit_desktop.storage.errors import NotFoundError

SESSION_COLUMNS = (
    "client_id", "date", "type", "worked_on", "client_words", "worker_observations",
    "next_appointment",
)


def save_session(db: sqlite_utils.Database, session: Session) -> int:
    """Insert or update a session with all its agreements in one transaction."""
    values = [
        session.client_id, session.date, str(session.type), clean_multiline(session.worked_on),
        clean_multiline(session.client_words), clean_multiline(session.worker_observations),
        clean_line(session.next_appointment or "") or None,
    ]
    stamp = now_iso()
    with transaction(db):
        if session.id is None:
            cursor = db.execute(
                f"INSERT INTO sessions ({', '.join(SESSION_COLUMNS)}, created_at, updated_at) "
                f"VALUES ({', '.join('?' for _ in range(len(SESSION_COLUMNS) + 2))})",
                [*values, stamp, stamp],
            )
            session.id = cursor.lastrowid
        else:
            assignments = ", ".join(f"{c} = ?" for c in SESSION_COLUMNS)
            cursor = db.execute(
                f"UPDATE sessions SET {assignments}, updated_at = ? WHERE id = ?",
                [*values, stamp, session.id],
            )
            if cursor.rowcount == 0:
                raise NotFoundError(f"session {session.id}")
        db.execute("DELETE FROM agreements WHERE session_id = ?", [session.id])
        for position, agreement in enumerate(session.agreements):
            cursor = db.execute(
                "INSERT INTO agreements(session_id, position, who, what, due_date, done) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [session.id, position, clean_line(agreement.who).strip(),
                 clean_line(agreement.what).strip(),
                 agreement.due_date or None, int(agreement.done)],
            )
            agreement.id = cursor.lastrowid
    return session.id


def _agreements(db: sqlite_utils.Database, session_id: int) -> list[Agreement]:
    return [
        Agreement(id=r[0], who=r[1], what=r[2], due_date=r[3], done=bool(r[4]))
        for r in db.execute(
            "SELECT id, who, what, due_date, done FROM agreements "
            "WHERE session_id = ? ORDER BY position, id",
            [session_id],
        )
    ]


def _from_row(db: sqlite_utils.Database, row: tuple) -> Session:
    data = dict(zip(("id", *SESSION_COLUMNS), row, strict=True))
    data["type"] = SessionType(data["type"])
    return Session(agreements=_agreements(db, data["id"]), **data)


def list_sessions(db: sqlite_utils.Database, client_id: int) -> list[Session]:
    """The client's sessions, newest first."""
    rows = db.execute(
        f"SELECT id, {', '.join(SESSION_COLUMNS)} FROM sessions WHERE client_id = ? "
        "ORDER BY date DESC, id DESC",
        [client_id],
    ).fetchall()
    return [_from_row(db, row) for row in rows]


def get_session(db: sqlite_utils.Database, session_id: int) -> Session:
    row = db.execute(
        f"SELECT id, {', '.join(SESSION_COLUMNS)} FROM sessions WHERE id = ?", [session_id]
    ).fetchone()
    if row is None:
        raise NotFoundError(f"session {session_id}")
    return _from_row(db, row)


def delete_session(db: sqlite_utils.Database, session_id: int) -> None:
    with transaction(db):
        cursor = db.execute("DELETE FROM sessions WHERE id = ?", [session_id])
        if cursor.rowcount == 0:
            raise NotFoundError(f"session {session_id}")


def previous_session(db: sqlite_utils.Database, client_id: int,
                     session: Session | None) -> Session | None:
    """The session just before ``session`` (by date, then order of entry); for None (a new,
    unsaved session) the client's latest one."""
    sql = f"SELECT id, {', '.join(SESSION_COLUMNS)} FROM sessions WHERE client_id = ?"
    params: list = [client_id]
    if session is not None and session.id is not None:
        sql += " AND (date < ? OR (date = ? AND id < ?))"
        params += [session.date, session.date, session.id]
    row = db.execute(sql + " ORDER BY date DESC, id DESC LIMIT 1", params).fetchone()
    return _from_row(db, row) if row is not None else None


def set_agreement_done(db: sqlite_utils.Database, agreement_id: int, done: bool) -> None:
    """Tick one agreement done (or not) without touching the rest of its session."""
    with transaction(db):
        cursor = db.execute("UPDATE agreements SET done = ? WHERE id = ?",
                            [int(done), agreement_id])
        if cursor.rowcount == 0:
            raise NotFoundError(f"agreement {agreement_id}")
        db.execute("UPDATE sessions SET updated_at = ? WHERE id = "
                   "(SELECT session_id FROM agreements WHERE id = ?)", [now_iso(), agreement_id])
