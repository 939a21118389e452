"""Aggregated reads over all clients for the caseload overview (a handful of grouped queries)."""

from __future__ import annotations

import json
from collections import defaultdict

import sqlite_utils

# The latest web version of each client: the last date, the last made that day.
LATEST_VERSIONS = """
    SELECT client_id, id FROM (
        SELECT client_id, id, row_number() OVER (
            PARTITION BY client_id ORDER BY version_date DESC, id DESC) AS rank
        FROM web_versions)
    WHERE rank = 1
"""


def _grouped(rows) -> dict[str, list[int]]:
    found: dict[str, list[int]] = defaultdict(list)
    for key, client_id in rows:
        found[key].append(client_id)
    return found


def clients_by_status(db: sqlite_utils.Database) -> dict[str, list[int]]:
    return _grouped(db.execute("SELECT status, id FROM clients ORDER BY id"))


def active_ids(db: sqlite_utils.Database) -> list[int]:
    return [r[0] for r in db.execute("SELECT id FROM clients WHERE status = 'active' ORDER BY id")]


def sessions_per_month(db: sqlite_utils.Database, first_month: str) -> dict[str, tuple[int, list]]:
    """Month 'YYYY-MM' → (conversations held, the clients they were with), from first_month on."""
    counts = {month: n for month, n in db.execute(
        "SELECT substr(date, 1, 7) AS month, count(*) FROM sessions WHERE date >= ? "
        "GROUP BY month", [first_month + "-01"])}
    clients = _grouped(db.execute(
        "SELECT DISTINCT substr(date, 1, 7), client_id FROM sessions WHERE date >= ? "
        "ORDER BY client_id", [first_month + "-01"]))
    return {month: (counts[month], clients.get(month, [])) for month in counts}


def role_plans_by_status(db: sqlite_utils.Database) -> dict[str, tuple[int, list[int]]]:
    """Plan status → (plans, the active clients who have one)."""
    counts = {status: n for status, n in db.execute(
        "SELECT p.status, count(*) FROM role_plans p JOIN clients c ON c.id = p.client_id "
        "WHERE c.status = 'active' GROUP BY p.status")}
    clients = _grouped(db.execute(
        "SELECT DISTINCT p.status, p.client_id FROM role_plans p JOIN clients c "
        "ON c.id = p.client_id WHERE c.status = 'active' ORDER BY p.client_id"))
    return {status: (counts[status], clients.get(status, [])) for status in counts}


def without_unpaid_emotional_support(db: sqlite_utils.Database) -> list[int]:
    """Active clients whose latest web has no unpaid, active member giving emotional support."""
    return [r[0] for r in db.execute(
        f"WITH latest AS ({LATEST_VERSIONS}) "
        "SELECT l.client_id FROM latest l JOIN clients c ON c.id = l.client_id "
        "WHERE c.status = 'active' AND NOT EXISTS (SELECT 1 FROM web_members m "
        "WHERE m.version_id = l.id AND m.paid = 0 AND m.status = 'active' "
        "AND (',' || m.functions || ',') LIKE '%,emotional,%') ORDER BY l.client_id")]


def with_sleeping_ties_to_reactivate(db: sqlite_utils.Database) -> list[int]:
    """Active clients whose latest web holds a sleeping tie marked for reactivation."""
    return [r[0] for r in db.execute(
        f"WITH latest AS ({LATEST_VERSIONS}) "
        "SELECT l.client_id FROM latest l JOIN clients c ON c.id = l.client_id "
        "WHERE c.status = 'active' AND EXISTS (SELECT 1 FROM web_members m "
        "WHERE m.version_id = l.id AND m.status = 'sleeping' AND m.reactivate = 1) "
        "ORDER BY l.client_id")]


def with_overdue_agreements(db: sqlite_utils.Database, today: str) -> list[int]:
    """Active clients with an open agreement whose date has passed."""
    return [r[0] for r in db.execute(
        "SELECT DISTINCT s.client_id FROM agreements a JOIN sessions s ON s.id = a.session_id "
        "JOIN clients c ON c.id = s.client_id WHERE c.status = 'active' AND a.done = 0 "
        "AND a.due_date IS NOT NULL AND a.due_date <> '' AND a.due_date < ? "
        "ORDER BY s.client_id", [today])]


def with_overdue_role_steps(db: sqlite_utils.Database, today: str,
                            open_statuses: tuple[str, ...]) -> list[int]:
    """Active clients with an open step of an open role plan whose date has passed."""
    marks = ",".join("?" for _ in open_statuses)
    return [r[0] for r in db.execute(
        "SELECT DISTINCT p.client_id FROM role_steps s JOIN role_plans p ON p.id = s.plan_id "
        f"JOIN clients c ON c.id = p.client_id WHERE c.status = 'active' AND p.status IN ({marks}) "
        "AND s.done = 0 AND s.due_date IS NOT NULL AND s.due_date <> '' AND s.due_date < ? "
        "ORDER BY p.client_id", [*open_statuses, today])]


def last_dates(db: sqlite_utils.Database) -> tuple[dict[int, str | None], dict[int, str | None]]:
    """Per active client: the date of the last web version and of the last conversation."""
    webs = dict.fromkeys(active_ids(db))
    sessions = dict(webs)
    for client_id, last in db.execute(
            "SELECT v.client_id, max(v.version_date) FROM web_versions v JOIN clients c "
            "ON c.id = v.client_id WHERE c.status = 'active' GROUP BY v.client_id"):
        webs[client_id] = last
    for client_id, last in db.execute(
            "SELECT s.client_id, max(s.date) FROM sessions s JOIN clients c "
            "ON c.id = s.client_id WHERE c.status = 'active' GROUP BY s.client_id"):
        sessions[client_id] = last
    return webs, sessions


def client_names(db: sqlite_utils.Database, ids: list[int]) -> list[tuple[int, str]]:
    """(id, name) of these clients, by name (the list a bar opens)."""
    if not ids:
        return []
    rows = db.execute(
        "SELECT id, name FROM clients WHERE id IN (SELECT value FROM json_each(?)) "
        "ORDER BY name COLLATE NOCASE, id", [json.dumps([int(i) for i in ids])]).fetchall()
    return [(r[0], r[1]) for r in rows]
