"""A client's current roles and role plans (with linked talents and small steps).

API (every write is one transaction; invalid input raises ValidationFailed before any write):
- ``save_current_roles(db, client_id, roles)`` replaces the list; ``list_current_roles(db, id)``.
- ``save_role_plan(db, plan) -> int``: insert or update with steps and talent links; on update
  the status change must be allowed (``status/transition_not_allowed``); linked talents and
  contacts must be the client's (``talent_ids/unknown_talent``, ``*_contact_id/unknown_contact``).
- ``get_role_plan(db, plan_id)``, ``delete_role_plan(db, plan_id)``,
  ``set_step_done(db, step_id, done)``.
- ``list_role_plans(db, client_id, active_only=False) -> list[RolePlan]``: furthest along first
  (active, started, exploring, idea, evaluated, stopped), then oldest first; ``active_only`` keeps
  the open ones (not evaluated or stopped).
- ``overdue_step_counts(db, client_ids, today)``: open steps past their date, per client.
- ``domain.roles.next_steps(plan, n)`` gives a plan's next open steps.
"""

from __future__ import annotations

import json

import sqlite_utils

from resokit_desktop.domain.roles import (
    Barrier,
    CurrentRole,
    GoodThing,
    RolePlan,
    RoleSetting,
    RoleStatus,
    RoleStep,
    Valued,
    validate_current_role,
    validate_role_plan,
    validate_status_change,
)
from resokit_desktop.domain.text_hygiene import clean_line, clean_multiline
from resokit_desktop.domain.validation import FieldError, ValidationFailed
from resokit_desktop.storage.clock import now_iso
from resokit_desktop.storage.connection import transaction
from resokit_desktop.storage.errors import NotFoundError

PLAN_COLUMNS = (
    "client_id", "title", "setting", "place", "place_contact_id", "key_person",
    "key_person_contact_id", "need", "brings", "barriers", "barrier_note", "support", "status",
    "status_since", "evaluation", "idea_key", "neighbourhood_entry_id",
)
OPEN_STATUSES = tuple(str(s) for s in RoleStatus if s.is_open)
# Furthest along first: active, started, exploring, idea, then evaluated and stopped.
_RANKED = ("active", "started", "exploring", "idea", "evaluated", "stopped")
_STATUS_ORDER = "CASE status " + " ".join(
    f"WHEN '{s}' THEN {i}" for i, s in enumerate(_RANKED)) + " END"


# --- current roles ----------------------------------------------------------------------------


def save_current_roles(
    db: sqlite_utils.Database, client_id: int, roles: list[CurrentRole]
) -> None:
    """Replace the client's list of current roles with this one."""
    errors = [
        FieldError(f"roles[{i}].{e.field}", e.code)
        for i, role in enumerate(roles) for e in validate_current_role(role)
    ]
    if errors:
        raise ValidationFailed(errors)
    with transaction(db):
        db.execute("DELETE FROM current_roles WHERE client_id = ?", [client_id])
        for position, role in enumerate(roles):
            cursor = db.execute(
                "INSERT INTO current_roles(client_id, position, title, valued, still_held, note) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [client_id, position, clean_line(role.title).strip(),
                 str(role.valued) if role.valued else None, int(role.still_held),
                 clean_multiline(role.note)],
            )
            role.id = cursor.lastrowid
            role.client_id = client_id


def list_current_roles(db: sqlite_utils.Database, client_id: int) -> list[CurrentRole]:
    return [
        CurrentRole(id=r[0], client_id=client_id, title=r[1],
                    valued=Valued(r[2]) if r[2] else None, still_held=bool(r[3]), note=r[4])
        for r in db.execute(
            "SELECT id, title, valued, still_held, note FROM current_roles "
            "WHERE client_id = ? ORDER BY position, id",
            [client_id],
        )
    ]


# --- role plans -------------------------------------------------------------------------------


def _plan_values(plan: RolePlan) -> list:
    return [
        plan.client_id, clean_line(plan.title).strip(), str(plan.setting),
        clean_line(plan.place).strip(), plan.place_contact_id, clean_line(plan.key_person).strip(),
        plan.key_person_contact_id, clean_multiline(plan.need),
        json.dumps([str(g) for g in plan.brings]), json.dumps([str(b) for b in plan.barriers]),
        clean_multiline(plan.barrier_note), clean_multiline(plan.support), str(plan.status),
        plan.status_since or None, clean_multiline(plan.evaluation), plan.idea_key,
        plan.neighbourhood_entry_id,
    ]


def _check_links(db: sqlite_utils.Database, plan: RolePlan) -> list[FieldError]:
    errors = [
        FieldError(name, "unknown_contact")
        for name in ("place_contact_id", "key_person_contact_id")
        if getattr(plan, name) is not None and db.execute(
            "SELECT 1 FROM contacts WHERE id = ? AND client_id = ?",
            [getattr(plan, name), plan.client_id],
        ).fetchone() is None
    ]
    return errors + _check_talents(db, plan)


def _check_talents(db: sqlite_utils.Database, plan: RolePlan) -> list[FieldError]:
    if not plan.talent_ids:
        return []
    marks = ",".join("?" for _ in plan.talent_ids)
    found = db.execute(
        f"SELECT count(*) FROM client_talents WHERE client_id = ? AND id IN ({marks})",
        [plan.client_id, *plan.talent_ids],
    ).fetchone()[0]
    if found == len(set(plan.talent_ids)):
        return []
    return [FieldError("talent_ids", "unknown_talent")]


def save_role_plan(db: sqlite_utils.Database, plan: RolePlan) -> int:
    """Insert or update the plan with its talent links and steps in one transaction."""
    errors = validate_role_plan(plan)
    if errors:
        raise ValidationFailed(errors)
    stamp = now_iso()
    with transaction(db):
        errors = _check_links(db, plan)
        if plan.id is not None:
            row = db.execute(
                "SELECT status FROM role_plans WHERE id = ? AND client_id = ?",
                [plan.id, plan.client_id],
            ).fetchone()
            if row is None:
                raise NotFoundError(f"role plan {plan.id}")
            errors += validate_status_change(RoleStatus(row[0]), plan.status)
        if errors:
            raise ValidationFailed(errors)
        values = _plan_values(plan)
        if plan.id is None:
            # A plan made earlier (typed in afterwards, the demo) keeps the day it was made.
            made = f"{plan.created_on}T00:00:00+00:00" if plan.created_on else stamp
            cursor = db.execute(
                f"INSERT INTO role_plans({', '.join(PLAN_COLUMNS)}, created_at, updated_at) "
                f"VALUES ({', '.join('?' for _ in values)}, ?, ?)",
                [*values, made, stamp],
            )
            plan.id = cursor.lastrowid
            plan.created_on = made[:10]
        else:
            assignments = ", ".join(f"{c} = ?" for c in PLAN_COLUMNS)
            db.execute(
                f"UPDATE role_plans SET {assignments}, updated_at = ? WHERE id = ?",
                [*values, stamp, plan.id],
            )
        db.execute("DELETE FROM role_plan_talents WHERE plan_id = ?", [plan.id])
        for position, talent_id in enumerate(plan.talent_ids):
            db.execute(
                "INSERT INTO role_plan_talents(plan_id, talent_id, position) VALUES (?, ?, ?)",
                [plan.id, talent_id, position],
            )
        _save_steps(db, plan)
    return plan.id


def _save_steps(db: sqlite_utils.Database, plan: RolePlan) -> None:
    keep = [s.id for s in plan.steps if s.id is not None]
    if keep:
        marks = ",".join("?" for _ in keep)
        db.execute(f"DELETE FROM role_steps WHERE plan_id = ? AND id NOT IN ({marks})",
                   [plan.id, *keep])
    else:  # "id NOT IN (NULL)" is never true: it would keep every stored step
        db.execute("DELETE FROM role_steps WHERE plan_id = ?", [plan.id])
    for position, step in enumerate(plan.steps):
        values = [position, clean_line(step.what).strip(), clean_line(step.owner).strip(),
                  step.due_date or None,
                  int(step.done)]
        cursor = None
        if step.id is not None:
            cursor = db.execute(
                "UPDATE role_steps SET position = ?, what = ?, owner = ?, due_date = ?, done = ? "
                "WHERE id = ? AND plan_id = ?",
                [*values, step.id, plan.id],
            )
        if cursor is None or cursor.rowcount == 0:
            cursor = db.execute(
                "INSERT INTO role_steps(plan_id, position, what, owner, due_date, done) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [plan.id, *values],
            )
            step.id = cursor.lastrowid


def _plan_from_row(db: sqlite_utils.Database, row: tuple) -> RolePlan:
    data = dict(zip(("id", *PLAN_COLUMNS, "created_at"), row, strict=True))
    data["created_on"] = (data.pop("created_at") or "")[:10] or None
    data["setting"] = RoleSetting(data["setting"])
    data["status"] = RoleStatus(data["status"])
    data["brings"] = [GoodThing(g) for g in json.loads(data["brings"])]
    data["barriers"] = [Barrier(b) for b in json.loads(data["barriers"])]
    talent_ids = [r[0] for r in db.execute(
        "SELECT talent_id FROM role_plan_talents WHERE plan_id = ? ORDER BY position",
        [data["id"]],
    )]
    steps = [
        RoleStep(id=r[0], what=r[1], owner=r[2], due_date=r[3], done=bool(r[4]))
        for r in db.execute(
            "SELECT id, what, owner, due_date, done FROM role_steps "
            "WHERE plan_id = ? ORDER BY position, id",
            [data["id"]],
        )
    ]
    return RolePlan(talent_ids=talent_ids, steps=steps, **data)


def get_role_plan(db: sqlite_utils.Database, plan_id: int) -> RolePlan:
    row = db.execute(
        f"SELECT id, {', '.join(PLAN_COLUMNS)}, created_at FROM role_plans WHERE id = ?", [plan_id]
    ).fetchone()
    if row is None:
        raise NotFoundError(f"role plan {plan_id}")
    return _plan_from_row(db, row)


def list_role_plans(
    db: sqlite_utils.Database, client_id: int, active_only: bool = False
) -> list[RolePlan]:
    """The client's plans, furthest along first; ``active_only`` leaves out evaluated/stopped."""
    marks = ",".join("?" for _ in OPEN_STATUSES)
    sql = (f"SELECT id, {', '.join(PLAN_COLUMNS)}, created_at FROM role_plans "
           "WHERE client_id = ?")
    params: list = [client_id]
    if active_only:
        sql += f" AND status IN ({marks})"
        params += OPEN_STATUSES
    sql += f" ORDER BY {_STATUS_ORDER}, id"
    return [_plan_from_row(db, row) for row in db.execute(sql, params).fetchall()]


def delete_role_plan(db: sqlite_utils.Database, plan_id: int) -> None:
    with transaction(db):
        cursor = db.execute("DELETE FROM role_plans WHERE id = ?", [plan_id])
        if cursor.rowcount == 0:
            raise NotFoundError(f"role plan {plan_id}")


def set_step_done(db: sqlite_utils.Database, step_id: int, done: bool = True) -> None:
    with transaction(db):
        cursor = db.execute("UPDATE role_steps SET done = ? WHERE id = ?", [int(done), step_id])
        if cursor.rowcount == 0:
            raise NotFoundError(f"role step {step_id}")
        db.execute(
            "UPDATE role_plans SET updated_at = ? WHERE id = "
            "(SELECT plan_id FROM role_steps WHERE id = ?)",
            [now_iso(), step_id],
        )


def overdue_step_counts(db: sqlite_utils.Database, client_ids: list[int],
                        today: str) -> dict[int, int]:
    """{client id: open steps of open plans due before ``today``} for clients that have any."""
    if not client_ids:
        return {}
    ids = ",".join("?" for _ in client_ids)
    statuses = ",".join("?" for _ in OPEN_STATUSES)
    rows = db.execute(
        "SELECT p.client_id, count(*) FROM role_steps s JOIN role_plans p ON p.id = s.plan_id "
        f"WHERE p.client_id IN ({ids}) AND p.status IN ({statuses}) AND s.done = 0 "
        "AND s.due_date IS NOT NULL AND s.due_date < ? GROUP BY p.client_id",
        [*client_ids, *OPEN_STATUSES, today],
    ).fetchall()
    return {row[0]: row[1] for row in rows}
