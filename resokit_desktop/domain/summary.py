"""The data a printed session summary is built from, gathered once and handed to the builders."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum

from resokit_desktop.domain.session import Agreement


class SummaryCopy(StrEnum):
    """Who the copy is for: the worker keeps observations, the client copy leaves them out."""

    WORKER = "worker"
    CLIENT = "client"


@dataclass(frozen=True)
class SummaryOptions:
    copy: SummaryCopy = SummaryCopy.WORKER
    initials_only: bool = False
    lang: str = "nl"
    session_date: str | None = None


@dataclass(frozen=True)
class WebImage:
    """A rendered inclusieweb drawing: PNG or SVG bytes, with its legend as (symbol, label) text."""

    data: bytes
    fmt: str = "png"  # "png" or "svg"
    width_px: int = 0
    height_px: int = 0
    legend: tuple[tuple[str, str], ...] = ()

    @property
    def aspect(self) -> float:
        """Height divided by width (1.0 when unknown: webs are round)."""
        if self.width_px > 0 and self.height_px > 0:
            return self.height_px / self.width_px
        return 1.0


@dataclass(frozen=True)
class Indicator:
    """One computed figure, already in the document's language: the same name as in the window,
    the formatted value, what it leaves out (``detail``) and a one-line explanation."""

    key: str
    value: str
    detail: str = ""
    label: str = ""
    explanation: str = ""


@dataclass
class WebChange:
    """What changed between an earlier web version and this one, by member name."""

    earlier_date: str
    later_date: str
    added: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    closer: list[str] = field(default_factory=list)
    further: list[str] = field(default_factory=list)
    client_words: str = ""

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.lost or self.closer or self.further)


@dataclass(frozen=True)
class TalentLine:
    label: str
    example: str = ""


@dataclass(frozen=True)
class RoleStepLine:
    what: str
    who: str = ""
    due_date: str | None = None
    done: bool = False


@dataclass
class RolePlanLine:
    title: str
    status: str = ""
    setting: str = ""
    place: str = ""
    key_person: str = ""
    talents: list[str] = field(default_factory=list)
    need: str = ""
    brings: list[str] = field(default_factory=list)
    barriers: list[str] = field(default_factory=list)
    support: str = ""
    next_steps: list[RoleStepLine] = field(default_factory=list)
    evaluation: str = ""
    status_since: str | None = None  # ISO date of the last status change
    register_entry: str = ""  # the neighbourhood-register entry: name, address, opening hours


@dataclass(frozen=True)
class MapPlaceLine:
    """One place on the buurtkaart, for the summary's list under the map (codes, not words)."""

    name: str
    status: str
    feeling: str = ""
    with_whom: tuple[str, ...] = ()
    barriers: str = ""


@dataclass
class SummaryHeader:
    organisation_name: str = ""
    logo_png: bytes | None = None
    worker_name: str = ""
    printed_on: str = ""  # ISO date


@dataclass
class SessionPart:
    date: str
    type: str
    worked_on: str = ""
    client_words: str = ""
    worker_observations: str = ""
    next_appointment: str | None = None
    agreements: list[Agreement] = field(default_factory=list)


@dataclass
class SummaryData:
    """Everything the summary shows, for one client and one session."""

    header: SummaryHeader
    client_name: str
    client_initials: str
    session: SessionPart | None = None
    web_date: str | None = None
    web: WebImage | None = None
    indicators: list[Indicator] = field(default_factory=list)
    figure_notes: list[str] = field(default_factory=list)  # paid-staff choice, domain set
    change: WebChange | None = None
    talents: list[TalentLine] = field(default_factory=list)
    # The latest card sort: (pile key, card labels) for each pile that holds cards.
    talent_piles: list[tuple[str, list[str]]] = field(default_factory=list)
    role_plans: list[RolePlanLine] = field(default_factory=list)
    map_date: str | None = None
    map_picture: WebImage | None = None
    map_places: list[MapPlaceLine] = field(default_factory=list)
    # (title, picture, caption) of the client's charts: composition, coverage, change over time.
    charts: list[tuple[str, WebImage, str]] = field(default_factory=list)

    def client_label(self, options: SummaryOptions) -> str:
        return self.client_initials if options.initials_only else self.client_name

    def with_web(self, web: WebImage | None) -> SummaryData:
        """A copy holding the rendered web drawing (the UI or CLI renders it)."""
        return replace(self, web=web)

    def with_map(self, picture: WebImage, map_date: str,
                 places: list[MapPlaceLine]) -> SummaryData:
        """A copy holding the drawn buurtkaart and its places."""
        return replace(self, map_picture=picture, map_date=map_date, map_places=list(places))
