"""Gather what a session summary shows for one client from the dossier file."""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass, replace
from datetime import date

import sqlite_utils

from resokit_desktop.domain.names import NameReplacer, initials_of, name_variants
from resokit_desktop.domain.roles import next_steps
from resokit_desktop.domain.session import Agreement, Session
from resokit_desktop.domain.summary import (
    Indicator,
    RolePlanLine,
    RoleStepLine,
    SessionPart,
    SummaryCopy,
    SummaryData,
    SummaryHeader,
    SummaryOptions,
    TalentLine,
    WebChange,
)
from resokit_desktop.domain.web.comparison import compare_versions
from resokit_desktop.domain.web.indicators import Indicators, compute_indicators
from resokit_desktop.domain.web.model import WebVersion
from resokit_desktop.reports import figure_texts
from resokit_desktop.reports.printables import SheetHeader, WebComparison
from resokit_desktop.reports.texts import ReportTexts
from resokit_desktop.services import web_service
from resokit_desktop.services.talent_service import sheet_piles
from resokit_desktop.storage import (
    clients_repo,
    neighbourhood_repo,
    roles_repo,
    sessions_repo,
    settings_repo,
    talents_repo,
    web_repo,
)
from resokit_desktop.storage.errors import NotFoundError

ORGANISATION_NAME = "organisation.name"
WORKER_NAME = "worker.name"
ORGANISATION_LOGO = "organisation.logo_png"


class SummaryError(ValueError):
    """The summary cannot be made: ``code`` says why ("no_client", "no_session")."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(detail or code)
        self.code = code


@dataclass
class SummarySource:
    """The gathered data plus the web versions the caller renders into a drawing."""

    data: SummaryData
    web_version: WebVersion | None = None
    earlier_version: WebVersion | None = None


def read_header(db: sqlite_utils.Database, today: date | None = None) -> SummaryHeader:
    logo = None
    encoded = settings_repo.get_setting(db, ORGANISATION_LOGO)
    if isinstance(encoded, str) and encoded:
        try:
            logo = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            logo = None
    return SummaryHeader(
        organisation_name=str(settings_repo.get_setting(db, ORGANISATION_NAME, "") or ""),
        logo_png=logo,
        worker_name=str(settings_repo.get_setting(db, WORKER_NAME, "") or ""),
        printed_on=(today or date.today()).isoformat(),
    )


def session_dates(db: sqlite_utils.Database, client_id: int) -> list[str]:
    """The dates of the client's sessions, newest first (what the print dialog offers)."""
    return [s.date for s in sessions_repo.list_sessions(db, client_id)]


def pick_session(sessions: list[Session], session_date: str | None) -> Session | None:
    """The session of that date (the last one written that day), or the newest session."""
    if session_date is None:
        return sessions[0] if sessions else None
    for session in sessions:  # newest first
        if session.date == session_date:
            return session
    raise SummaryError("no_session", session_date)


def gather_summary(db: sqlite_utils.Database, client_id: int, options: SummaryOptions,
                   today: date | None = None) -> SummarySource:
    """Everything the summary needs; raises SummaryError for an unknown client or session."""
    try:
        client = clients_repo.get_client(db, client_id)
    except NotFoundError as exc:
        raise SummaryError("no_client", str(client_id)) from exc
    texts = ReportTexts(options.lang)
    session = pick_session(sessions_repo.list_sessions(db, client_id), options.session_date)
    data = SummaryData(
        header=read_header(db, today),
        client_name=client.name,
        client_initials=client.initials(),
        session=_session_part(session, options),
    )
    source = SummarySource(data=data)
    _add_web(db, client_id, session, source, texts)
    data.talents = _talents(db, client_id, options.lang)
    data.talent_piles = _talent_piles(db, client_id, options.lang)
    data.role_plans = _role_plans(db, client_id, options.lang)
    if options.initials_only:
        source.data = redact_name(data, client.name, data.client_initials)
    return source


def _session_part(session: Session | None, options: SummaryOptions) -> SessionPart | None:
    if session is None:
        return None
    # The client copy never carries the worker's observations, not even into the builder.
    observations = "" if options.copy is SummaryCopy.CLIENT else session.worker_observations
    return SessionPart(
        date=session.date, type=str(session.type), worked_on=session.worked_on,
        client_words=session.client_words, worker_observations=observations,
        next_appointment=session.next_appointment, agreements=list(session.agreements),
    )


def _add_web(db: sqlite_utils.Database, client_id: int, session: Session | None,
             source: SummarySource, texts: ReportTexts) -> None:
    versions = web_repo.list_versions(db, client_id)  # oldest first
    if session is not None:
        # The web as it stood at that conversation; a later version belongs to a later summary.
        dated = [v for v in versions if v.version_date <= session.date]
        versions = dated or versions[:1]
    if not versions:
        return
    current = web_repo.load_version(db, versions[-1].id)
    source.web_version = current
    source.data.web_date = current.version_date
    figures = compute_indicators(current, web_service.count_paid_staff(db))
    source.data.indicators = indicator_lines(figures, current, texts)
    source.data.figure_notes = figure_texts.notes(figures, current.domain_set, texts)
    if len(versions) < 2:
        return
    earlier = web_repo.load_version(db, versions[-2].id)
    source.earlier_version = earlier
    source.data.change = web_change(earlier, current,
                                    web_repo.get_comparison(db, earlier.id, current.id))


def web_change(earlier: WebVersion, later: WebVersion, record=None) -> WebChange:
    comparison = compare_versions(earlier, later)
    return WebChange(
        earlier_date=earlier.version_date, later_date=later.version_date,
        added=[comparison.name_of(i) for i in comparison.added],
        lost=[comparison.name_of(i) for i in comparison.lost],
        closer=[comparison.name_of(i) for i in comparison.closer],
        further=[comparison.name_of(i) for i in comparison.further],
        client_words=record.client_words if record is not None else "",
    )


def indicator_lines(figures: Indicators, version: WebVersion,
                    texts: ReportTexts) -> list[Indicator]:
    """The figures as printable lines in the document's language, named as in the window."""
    return [Indicator(line.key, line.value, line.detail, line.label, line.explanation)
            for line in figure_texts.figure_lines(figures, version.domain_set, texts)]


def _talents(db: sqlite_utils.Database, client_id: int, lang: str) -> list[TalentLine]:
    return [TalentLine(t.display_label(lang), t.example)
            for t in talents_repo.focus_talents(db, client_id)]


def _talent_piles(db: sqlite_utils.Database, client_id: int,
                  lang: str) -> list[tuple[str, list[str]]]:
    sheet = sheet_piles(db, client_id, lang)
    return [(pile, [card.label for card in cards]) for pile, cards in sheet.piles if cards]


def _role_plans(db: sqlite_utils.Database, client_id: int, lang: str) -> list[RolePlanLine]:
    talents = talents_repo.talents_by_id(db, client_id)
    return [role_plan_line(plan, talents, lang, next_steps(plan, n=4))
            for plan in roles_repo.list_role_plans(db, client_id, active_only=True)]


def role_plan_line(plan, talents: dict, lang: str, steps=None) -> RolePlanLine:
    """A stored RolePlan as the printable line; ``steps`` defaults to every open step."""
    chosen = steps if steps is not None else [s for s in plan.steps if not s.done]
    barriers = [str(b) for b in plan.barriers if str(b) != "other" or not plan.barrier_note]
    if plan.barrier_note:
        barriers.append(plan.barrier_note)
    return RolePlanLine(
        title=plan.title, status=str(plan.status), setting=str(plan.setting),
        place=plan.place, key_person=plan.key_person,
        talents=[talents[i].display_label(lang) for i in plan.talent_ids if i in talents],
        need=plan.need, brings=[str(b) for b in plan.brings], barriers=barriers,
        support=plan.support,
        next_steps=[RoleStepLine(s.what, s.owner, s.due_date, s.done) for s in chosen],
        evaluation=plan.evaluation, status_since=plan.status_since,
    )


def redact_name(data: SummaryData, full_name: str, initials: str) -> SummaryData:
    """Replace the client's name, and each part of it, by the initials in every free text."""
    clean = NameReplacer({variant: initials for variant in name_variants(full_name)})

    session = data.session
    if session is not None:
        session = replace(
            session, worked_on=clean(session.worked_on), client_words=clean(session.client_words),
            worker_observations=clean(session.worker_observations),
            agreements=[Agreement(what=clean(a.what), who=clean(a.who), due_date=a.due_date,
                                  done=a.done, id=a.id) for a in session.agreements],
        )
    change = data.change
    if change is not None:
        # The drawing shows every member by initials in this mode; the lists follow it.
        change = replace(change, added=[initials_of(n) for n in change.added],
                         lost=[initials_of(n) for n in change.lost],
                         closer=[initials_of(n) for n in change.closer],
                         further=[initials_of(n) for n in change.further],
                         client_words=clean(change.client_words))
    plans = [replace(p, title=clean(p.title), place=clean(p.place),
                     key_person=clean(p.key_person), need=clean(p.need),
                     support=clean(p.support), evaluation=clean(p.evaluation),
                     barriers=[clean(b) for b in p.barriers],
                     next_steps=[RoleStepLine(clean(s.what), clean(s.who), s.due_date, s.done)
                                 for s in p.next_steps])
             for p in data.role_plans]
    talents = [TalentLine(clean(t.label), clean(t.example)) for t in data.talents]
    piles = [(pile, [clean(label) for label in labels]) for pile, labels in data.talent_piles]
    return replace(data, client_name=initials, session=session, change=change,
                   role_plans=plans, talents=talents, talent_piles=piles)


# The smaller printables --------------------------------------------------------------------


def sheet_header(db: sqlite_utils.Database, client_id: int, initials_only: bool):
    """Organisation, logo, worker and the client's label (full name or initials)."""
    try:
        client = clients_repo.get_client(db, client_id)
    except NotFoundError as exc:
        raise SummaryError("no_client", str(client_id)) from exc
    header = read_header(db)
    return SheetHeader(
        organisation_name=header.organisation_name, logo_png=header.logo_png,
        client_label=client.initials() if initials_only else client.name,
        worker_name=header.worker_name,
    )


def web_version_dates(db: sqlite_utils.Database, client_id: int) -> list[tuple[int, str]]:
    """(version id, date) of the client's web versions, oldest first."""
    return [(row.id, row.version_date) for row in web_repo.list_versions(db, client_id)]


def load_web_version(db: sqlite_utils.Database, version_id: int) -> WebVersion:
    return web_repo.load_version(db, version_id)


def comparison_source(db: sqlite_utils.Database, earlier_id: int, later_id: int, lang: str):
    """The two versions and what changed, with the figures of each, ready for the report."""
    texts = ReportTexts(lang)
    earlier, later = web_repo.load_version(db, earlier_id), web_repo.load_version(db, later_id)
    change = web_change(earlier, later, web_repo.get_comparison(db, earlier_id, later_id))
    comparison = WebComparison(
        earlier=None, later=None, change=change,
        earlier_indicators=indicator_lines(
            compute_indicators(earlier, web_service.count_paid_staff(db)), earlier, texts),
        later_indicators=indicator_lines(
            compute_indicators(later, web_service.count_paid_staff(db)), later, texts),
    )
    return comparison, earlier, later


def role_plans_for_print(db: sqlite_utils.Database, client_id: int,
                         lang: str) -> list[tuple[int, RolePlanLine]]:
    """Every role plan of the client (open ones first) with all its steps, done ones marked,
    as the Rollen tab shows them."""
    talents = talents_repo.talents_by_id(db, client_id)
    return [(plan.id, replace(role_plan_line(plan, talents, lang, plan.steps),
                              register_entry=_register_text(db, plan.neighbourhood_entry_id)))
            for plan in roles_repo.list_role_plans(db, client_id)]


def _register_text(db: sqlite_utils.Database, entry_id: int | None) -> str:
    """The plan's register entry as the person needs it: name, address, opening hours."""
    if entry_id is None or not neighbourhood_repo.entry_exists(db, entry_id):
        return ""
    entry = neighbourhood_repo.get_entry(db, entry_id)
    return " — ".join(p.strip() for p in (entry.name, entry.address, entry.opening_hours)
                      if p and p.strip())
