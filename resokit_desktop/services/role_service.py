"""Use cases of the Rollen tab: current roles, role plans, suggestions and follow-up of steps."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import sqlite_utils

from resokit_desktop.domain.roles import (
    CurrentRole,
    RoleIdea,
    RolePlan,
    RoleStep,
    builtin_role_ideas,
    overdue_steps,
    suggest_roles,
    validate_step,
)
from resokit_desktop.domain.talents import SortedTalent
from resokit_desktop.domain.validation import FieldError, ValidationFailed
from resokit_desktop.domain.web.model import EntryKind, RegistryEntry
from resokit_desktop.storage import contacts_repo, roles_repo, talents_repo
from resokit_desktop.storage.errors import NotFoundError, WriteFailedError

OPEN_STATUSES = roles_repo.OPEN_STATUSES
# What a save raises when the file refuses the write (disk full, locked): the screens catch it.
SaveFailed = WriteFailedError


@dataclass(frozen=True)
class FocusTalent:
    """One of the client's focus talents, as a plan links it."""

    id: int
    label: str


@dataclass(frozen=True)
class RoleSuggestion:
    """A built-in role idea with the focus talents that made it come up."""

    idea: RoleIdea
    title: str
    description: str
    talents: list[FocusTalent] = field(default_factory=list)


@dataclass(frozen=True)
class OpenStep:
    """An open step of an open plan, with the plan's title (for the next conversation)."""

    plan_id: int
    plan_title: str
    step: RoleStep


# --- current roles ----------------------------------------------------------------------------


def current_roles(db: sqlite_utils.Database, client_id: int) -> list[CurrentRole]:
    return roles_repo.list_current_roles(db, client_id)


def save_current_roles(db: sqlite_utils.Database, client_id: int,
                       roles: list[CurrentRole]) -> None:
    roles_repo.save_current_roles(db, client_id, roles)


# --- plans ------------------------------------------------------------------------------------


def list_plans(db: sqlite_utils.Database, client_id: int) -> list[RolePlan]:
    return roles_repo.list_role_plans(db, client_id)


def get_plan(db: sqlite_utils.Database, plan_id: int) -> RolePlan:
    return roles_repo.get_role_plan(db, plan_id)


def changed_step_errors(db: sqlite_utils.Database, plan: RolePlan) -> list[FieldError]:
    """Problems with the steps that are new or changed since the plan was stored.

    Steps already in the file are left alone, so an older plan stays editable.
    """
    stored: dict[int, RoleStep] = {}
    if plan.id is not None:
        try:
            stored = {s.id: s for s in roles_repo.get_role_plan(db, plan.id).steps}
        except NotFoundError:
            stored = {}
    errors: list[FieldError] = []
    for index, step in enumerate(plan.steps):
        old = stored.get(step.id) if step.id is not None else None
        if old is not None and (old.what, old.due_date) == (step.what, step.due_date):
            continue
        errors += validate_step(step, plan.created_on, index)
    return errors


def save_plan(db: sqlite_utils.Database, plan: RolePlan, today: date | None = None) -> int:
    """Store the plan; a new plan is made today. Raises ValidationFailed with field errors."""
    if plan.id is None and plan.created_on is None:
        plan.created_on = (today or date.today()).isoformat()
    errors = changed_step_errors(db, plan)
    if errors:
        raise ValidationFailed(errors)
    return roles_repo.save_role_plan(db, plan)


def delete_plan(db: sqlite_utils.Database, plan_id: int) -> None:
    roles_repo.delete_role_plan(db, plan_id)


def set_step_done(db: sqlite_utils.Database, step_id: int, done: bool) -> bool:
    """Store that a step is done (or not); False when it could not be stored."""
    try:
        roles_repo.set_step_done(db, step_id, done)
    except (WriteFailedError, NotFoundError):
        return False
    return True


def start_plan(db: sqlite_utils.Database, client_id: int, title: str, *,
               contact_id: int | None = None, talent_ids: list[int] | None = None,
               idea: RoleIdea | None = None, today: date | None = None) -> RolePlan:
    """A new plan (status idea), stored at once: from a role idea, a web member or scratch.

    A place from the registry becomes the plan's place, anyone else the key person.
    """
    plan = RolePlan(client_id=client_id, title=title, talent_ids=list(talent_ids or []))
    if idea is not None:
        plan.setting = idea.setting
        plan.idea_key = idea.key
    if contact_id is not None:
        entry = contacts_repo.get_contact(db, contact_id)
        if entry.client_id != client_id:
            raise ValidationFailed([FieldError("key_person_contact_id", "unknown_contact")])
        if entry.kind is EntryKind.PLACE:
            plan.place, plan.place_contact_id = entry.name, entry.id
        else:
            plan.key_person, plan.key_person_contact_id = entry.name, entry.id
    save_plan(db, plan, today)
    return plan


def contacts(db: sqlite_utils.Database, client_id: int) -> list[RegistryEntry]:
    """The client's registry (people, places, groups) by name, to pick a place or key person."""
    return contacts_repo.list_contacts(db, client_id)


def contact(db: sqlite_utils.Database, contact_id: int) -> RegistryEntry:
    return contacts_repo.get_contact(db, contact_id)


# --- talents and suggestions ------------------------------------------------------------------


def _focus(db: sqlite_utils.Database, client_id: int) -> list[SortedTalent]:
    return [t for t in talents_repo.focus_talents(db, client_id) if t.id is not None]


def focus_talents(db: sqlite_utils.Database, client_id: int, lang: str = "nl") -> list[FocusTalent]:
    return [FocusTalent(t.id, t.display_label(lang)) for t in _focus(db, client_id)]


def talent_labels(db: sqlite_utils.Database, client_id: int, lang: str = "nl") -> dict[int, str]:
    """Every sorted talent of the client by id (a plan may link one that is no longer focus)."""
    return {i: t.display_label(lang) for i, t in talents_repo.talents_by_id(db, client_id).items()}


def suggest(db: sqlite_utils.Database, client_id: int, lang: str = "nl",
            limit: int = 6) -> list[RoleSuggestion]:
    """Role ideas that fit the client's focus talents, best match first, each with its reason."""
    focus = [t for t in _focus(db, client_id) if t.card is not None]
    ideas = suggest_roles(builtin_role_ideas(), [t.card.group for t in focus], limit)
    return [
        RoleSuggestion(idea, idea.title(lang), idea.description(lang), [
            FocusTalent(t.id, t.display_label(lang)) for t in focus if t.card.group in idea.groups
        ])
        for idea in ideas
    ]


def take_suggestion(db: sqlite_utils.Database, client_id: int, suggestion: RoleSuggestion,
                    today: date | None = None) -> RolePlan:
    """Start a plan from a suggested idea, with the talents that suggested it linked."""
    return start_plan(db, client_id, suggestion.title, idea=suggestion.idea,
                      talent_ids=[t.id for t in suggestion.talents], today=today)


# --- follow-up --------------------------------------------------------------------------------


def overdue_counts(db: sqlite_utils.Database, client_ids: list[int], today: date) -> dict[int, int]:
    """For each listed client with overdue steps in an open plan: how many (others left out)."""
    return roles_repo.overdue_step_counts(db, client_ids, today.isoformat())


def overdue_for_client(db: sqlite_utils.Database, client_id: int,
                       today: date) -> list[OpenStep]:
    return [OpenStep(p.id, p.title, s)
            for p in roles_repo.list_role_plans(db, client_id, active_only=True)
            for s in overdue_steps(p, today)]


def open_steps(db: sqlite_utils.Database, client_id: int) -> list[OpenStep]:
    """Every open step of the client's open plans: plans furthest along first, then by date."""
    found = []
    for plan in roles_repo.list_role_plans(db, client_id, active_only=True):
        steps = [s for s in plan.steps if not s.done]
        steps.sort(key=lambda s: (s.due_date is None, s.due_date or ""))
        found += [OpenStep(plan.id, plan.title, s) for s in steps]
    return found
