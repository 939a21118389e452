"""Socially valued roles: the roles a person holds now, role plans with steps, and role ideas."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from resokit_desktop.domain.talents import LANGUAGES, CatalogueError, TalentGroup, pick_text
from resokit_desktop.domain.text_hygiene import is_blank
from resokit_desktop.domain.validation import FieldError, ValidationFailed, check_date
from resokit_desktop.resources import resources_dir

MAX_TITLE = 200
MAX_TEXT = 4000


class Valued(StrEnum):
    """How much a current role is valued (by the person and those around them)."""

    LITTLE = "little"
    SOMEWHAT = "somewhat"
    MUCH = "much"


@dataclass
class CurrentRole:
    """A role the person holds (or held): parent, neighbour, volunteer, former bus driver..."""

    client_id: int
    title: str
    valued: Valued | None = None
    still_held: bool = True        # False for a role that was lost (retirement, widowhood...)
    note: str = ""                 # in the person's words
    id: int | None = None


class RoleSetting(StrEnum):
    ORGANISATION = "organisation"    # in the organisation
    NEIGHBOURHOOD = "neighbourhood"  # in the neighbourhood
    WIDER = "wider"                  # wider: city, translocal


class GoodThing(StrEnum):
    """The "good things in life" a valued role gives access to."""

    STATUS = "status"
    EXPERIENCE = "experience"
    RELATIONS = "relations"            # relations and contacts
    SELF_CONFIDENCE = "self_confidence"
    RESPECT = "respect"
    VOICE = "voice"
    FREEDOM = "freedom"
    OPPORTUNITIES = "opportunities"
    GROWTH = "growth"                  # personal growth
    MATERIAL = "material"              # material things


class Barrier(StrEnum):
    MONEY = "money"
    TRANSPORT = "transport"
    LANGUAGE = "language"
    FEAR = "fear"
    STIGMA = "stigma"
    OTHER = "other"


class RoleStatus(StrEnum):
    IDEA = "idea"
    EXPLORING = "exploring"
    STARTED = "started"
    ACTIVE = "active"
    EVALUATED = "evaluated"
    STOPPED = "stopped"

    @property
    def is_open(self) -> bool:
        """Still under way (what the summary calls an active plan): not evaluated, not stopped."""
        return self not in (RoleStatus.EVALUATED, RoleStatus.STOPPED)


# Forward along idea -> exploring -> started -> active -> evaluated, one step back while
# exploring, stopping from any open status, an evaluated role may go on (active) or end, and a
# stopped plan may be picked up again as an idea.
TRANSITIONS: dict[RoleStatus, frozenset[RoleStatus]] = {
    RoleStatus.IDEA: frozenset({RoleStatus.EXPLORING, RoleStatus.STOPPED}),
    RoleStatus.EXPLORING: frozenset({RoleStatus.IDEA, RoleStatus.STARTED, RoleStatus.STOPPED}),
    RoleStatus.STARTED: frozenset({RoleStatus.ACTIVE, RoleStatus.STOPPED}),
    RoleStatus.ACTIVE: frozenset({RoleStatus.EVALUATED, RoleStatus.STOPPED}),
    RoleStatus.EVALUATED: frozenset({RoleStatus.ACTIVE, RoleStatus.STOPPED}),
    RoleStatus.STOPPED: frozenset({RoleStatus.IDEA}),
}


def can_move(current: RoleStatus, target: RoleStatus) -> bool:
    return target in TRANSITIONS[current]


@dataclass
class RoleStep:
    """One small step: what, who does it (free text), by when, done."""

    what: str
    owner: str = ""
    due_date: str | None = None
    done: bool = False
    id: int | None = None


@dataclass
class RolePlan:
    client_id: int
    title: str                               # phrased as a role: "buurtgids", "recepten-oma"
    setting: RoleSetting = RoleSetting.NEIGHBOURHOOD
    place: str = ""
    place_contact_id: int | None = None      # the place in the client's registry, when known
    key_person: str = ""                     # who opens the door
    key_person_contact_id: int | None = None
    talent_ids: list[int] = field(default_factory=list)  # SortedTalent ids (focus talents)
    need: str = ""                           # the neighbourhood need it answers
    brings: list[GoodThing] = field(default_factory=list)
    barriers: list[Barrier] = field(default_factory=list)
    barrier_note: str = ""                   # what "other" is, or more on the barriers
    support: str = ""                        # support needed
    steps: list[RoleStep] = field(default_factory=list)
    status: RoleStatus = RoleStatus.IDEA
    status_since: str | None = None          # ISO date of the last status change
    evaluation: str = ""                     # in the person's words
    idea_key: str | None = None              # the built-in role idea it started from, if any
    created_on: str | None = None            # ISO date the plan was made (no step is due before)
    neighbourhood_entry_id: int | None = None  # a neighbourhood register entry, when known
    id: int | None = None


def move_to(plan: RolePlan, target: RoleStatus, today: date | None = None) -> None:
    """Change the plan's status; raises ValidationFailed (``transition_not_allowed``)."""
    if target is plan.status:
        return
    if not can_move(plan.status, target):
        raise ValidationFailed([FieldError("status", "transition_not_allowed")])
    plan.status = target
    plan.status_since = (today or date.today()).isoformat()


# The order in which a screen offers the statuses a plan may move to next.
_STATUS_ORDER = tuple(RoleStatus)


def next_statuses(current: RoleStatus) -> list[RoleStatus]:
    """The statuses a plan in ``current`` may move to, in the usual order of the path."""
    return [s for s in _STATUS_ORDER if s in TRANSITIONS[current]]


def validate_step(step: RoleStep, created_on: str | None, index: int = 0) -> list[FieldError]:
    """One step: text required (and not too long), a real date, not due before the plan."""
    errors: list[FieldError] = []
    if is_blank(step.what):
        errors.append(FieldError(f"steps[{index}].what", "required"))
    elif len(step.what) > MAX_TEXT:
        errors.append(FieldError(f"steps[{index}].what", "too_long"))
    if len(step.owner) > MAX_TITLE:
        errors.append(FieldError(f"steps[{index}].owner", "too_long"))
    date_errors: list[FieldError] = []
    check_date(f"steps[{index}].due_date", step.due_date, date_errors)
    if not date_errors and step.due_date and created_on and step.due_date.strip() < created_on:
        date_errors.append(FieldError(f"steps[{index}].due_date", "before_plan"))
    return errors + date_errors


def overdue_steps(plan: RolePlan, today: date) -> list[RoleStep]:
    """Open steps of an open plan whose due date has passed."""
    if not plan.status.is_open:
        return []
    day = today.isoformat()
    return [s for s in plan.steps if not s.done and s.due_date and s.due_date < day]


def validate_status_change(old: RoleStatus, new: RoleStatus) -> list[FieldError]:
    if old is new or can_move(old, new):
        return []
    return [FieldError("status", "transition_not_allowed")]


def validate_role_plan(plan: RolePlan) -> list[FieldError]:
    errors: list[FieldError] = []
    if is_blank(plan.title):
        errors.append(FieldError("title", "required"))
    elif len(plan.title) > MAX_TITLE:
        errors.append(FieldError("title", "too_long"))
    for name in ("place", "key_person"):
        if len(getattr(plan, name)) > MAX_TITLE:
            errors.append(FieldError(name, "too_long"))
    for name in ("need", "support", "barrier_note", "evaluation"):
        if len(getattr(plan, name)) > MAX_TEXT:
            errors.append(FieldError(name, "too_long"))
    if len(set(plan.brings)) != len(plan.brings):
        errors.append(FieldError("brings", "duplicate"))
    if len(set(plan.barriers)) != len(plan.barriers):
        errors.append(FieldError("barriers", "duplicate"))
    if Barrier.OTHER in plan.barriers and not plan.barrier_note.strip():
        errors.append(FieldError("barrier_note", "required_for_other"))
    if len(set(plan.talent_ids)) != len(plan.talent_ids):
        errors.append(FieldError("talent_ids", "duplicate"))
    if plan.status is RoleStatus.EVALUATED and not plan.evaluation.strip():
        errors.append(FieldError("evaluation", "required_when_evaluated"))
    check_date("status_since", plan.status_since, errors)
    check_date("created_on", plan.created_on, errors)
    # The "not before the plan" rule is for steps being typed (see validate_step): a stored
    # plan whose older steps predate it must stay editable.
    for index, step in enumerate(plan.steps):
        errors += validate_step(step, None, index)
    return errors


def validate_current_role(role: CurrentRole) -> list[FieldError]:
    errors: list[FieldError] = []
    if is_blank(role.title):
        errors.append(FieldError("title", "required"))
    elif len(role.title) > MAX_TITLE:
        errors.append(FieldError("title", "too_long"))
    if len(role.note) > MAX_TEXT:
        errors.append(FieldError("note", "too_long"))
    return errors


def next_steps(plan: RolePlan, n: int = 3) -> list[RoleStep]:
    """The first ``n`` open steps: dated ones soonest first, then undated in plan order."""
    open_steps = [(i, s) for i, s in enumerate(plan.steps) if not s.done]
    open_steps.sort(key=lambda pair: (pair[1].due_date is None, pair[1].due_date or "", pair[0]))
    return [step for _, step in open_steps[: max(n, 0)]]


# --- built-in role ideas ----------------------------------------------------------------------


@dataclass(frozen=True)
class RoleIdea:
    """A role suggestion phrased as a role, linked to the talent groups it draws on."""

    key: str
    titles: dict[str, str]
    descriptions: dict[str, str]
    groups: tuple[TalentGroup, ...]
    setting: RoleSetting

    def title(self, lang: str = "nl") -> str:
        return pick_text(self.titles, lang) or self.key

    def description(self, lang: str = "nl") -> str:
        return pick_text(self.descriptions, lang)


def parse_role_ideas(text: str) -> list[RoleIdea]:
    """Read role_ideas.json text; every idea needs nl/fr/en title and description, known groups."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CatalogueError(f"not JSON: {exc}") from exc
    ideas: list[RoleIdea] = []
    keys: set[str] = set()
    for entry in data.get("ideas", []):
        key = str(entry.get("key", "")).strip()
        if not key or key in keys:
            raise CatalogueError(f"role idea key missing or duplicate: {key!r}")
        keys.add(key)
        try:
            groups = tuple(TalentGroup(g) for g in entry.get("groups", []))
            setting = RoleSetting(entry.get("setting", "neighbourhood"))
        except ValueError as exc:
            raise CatalogueError(f"{key}: {exc}") from exc
        if not groups:
            raise CatalogueError(f"{key}: no talent groups")
        ideas.append(RoleIdea(key, _texts(entry, "title", key), _texts(entry, "description", key),
                              groups, setting))
    if not ideas:
        raise CatalogueError("no role ideas")
    return ideas


def _texts(entry: dict, name: str, key: str) -> dict[str, str]:
    texts = entry.get(name)
    if not isinstance(texts, dict) or any(not str(texts.get(lg, "")).strip() for lg in LANGUAGES):
        raise CatalogueError(f"{key}: {name} needs nl/fr/en text")
    return {lang: str(texts[lang]).strip() for lang in LANGUAGES}


def suggest_roles(
    ideas: list[RoleIdea], groups: list[TalentGroup], limit: int = 5
) -> list[RoleIdea]:
    """Ideas that draw on the given talent groups (e.g. of the focus talents), best match first."""
    wanted = list(dict.fromkeys(groups))
    scored = []
    for position, idea in enumerate(ideas):
        overlap = sum(1 for g in wanted if g in idea.groups)
        if overlap:
            scored.append((-overlap, position, idea))
    scored.sort(key=lambda item: (item[0], item[1]))
    return [idea for _, _, idea in scored[:limit]]


_BUILTIN: list[RoleIdea] | None = None


def builtin_role_ideas() -> list[RoleIdea]:
    """The ideas shipped in resources/catalogues/role_ideas.json (read once)."""
    global _BUILTIN
    if _BUILTIN is None:
        path = resources_dir() / "catalogues" / "role_ideas.json"
        _BUILTIN = parse_role_ideas(path.read_text(encoding="utf-8"))
    return _BUILTIN
