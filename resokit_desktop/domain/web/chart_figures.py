"""The numbers behind a client's charts: composition, support coverage, balance, change over time.

Built on ``indicators.compute_indicators`` so a chart always shows the same figures as the
"Cijfers" panel and the summary: network members are those with an active or sleeping tie,
coverage counts active members only, and the NDTi scores follow the dossier's paid-staff choice.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from resokit_desktop.domain.web.indicators import (
    RICH_REFERENCE_SIZE,
    VULNERABLE_REFERENCE_SIZE,
    Coverage,
    Indicators,
    compute_indicators,
    in_network,
)
from resokit_desktop.domain.web.model import (
    RINGS,
    Capital,
    DomainSet,
    EntryKind,
    Function,
    WebVersion,
)


@dataclass(frozen=True)
class Composition:
    """Who is in the network: per life domain (in the set's order), per ring, per kind, paid."""

    per_domain: tuple[tuple[str, int], ...]
    per_ring: tuple[tuple[int, int], ...]
    per_kind: tuple[tuple[EntryKind, int], ...]
    paid: int
    unpaid: int


@dataclass(frozen=True)
class CoverageBar:
    """One support function: how many active members give it, unpaid and paid apart."""

    function: Function
    unpaid: int
    paid: int
    coverage: Coverage  # ok, paid_only (only paid helpers give it) or nobody

    @property
    def total(self) -> int:
        return self.unpaid + self.paid


@dataclass(frozen=True)
class Balance:
    """Network members per kind of social capital; ``unknown`` are not marked."""

    bonding: int
    bridging: int
    linking: int
    unknown: int


@dataclass(frozen=True)
class ChangePoint:
    """One version's figures for the change-over-time chart, with the client's words on the
    change from the version before (empty for the first version)."""

    version_id: int | None
    version_date: str
    size: int
    people_score: int
    places_score: int
    domains_used: int
    domains_total: int
    client_words: str = ""


@dataclass(frozen=True)
class ClientCharts:
    """Everything one client's charts show."""

    version_date: str
    size: int
    composition: Composition
    coverage: tuple[CoverageBar, ...]
    balance: Balance
    change: tuple[ChangePoint, ...]
    domain_set: DomainSet | None = None
    reference_vulnerable: int = VULNERABLE_REFERENCE_SIZE
    reference_rich: int = RICH_REFERENCE_SIZE

    @property
    def has_change(self) -> bool:
        return len(self.change) >= 2


def composition(version: WebVersion, figures: Indicators) -> Composition:
    network = [m for m in version.members.values() if in_network(m)]
    keys = version.domain_set.keys()
    return Composition(
        per_domain=tuple((key, figures.per_domain.get(key, 0)) for key in keys),
        per_ring=tuple((ring, figures.per_ring.get(ring, 0)) for ring in RINGS),
        per_kind=tuple((kind, sum(1 for m in network if m.kind == kind)) for kind in EntryKind),
        paid=figures.paid_count,
        unpaid=figures.size - figures.paid_count,
    )


def coverage(figures: Indicators) -> tuple[CoverageBar, ...]:
    bars = []
    for function in Function:
        found = figures.functions[function]
        unpaid = len(found.unpaid_givers)
        bars.append(CoverageBar(function, unpaid, len(found.givers) - unpaid, found.coverage))
    return tuple(bars)


def balance(figures: Indicators) -> Balance:
    marked = figures.bonding + figures.bridging + figures.linking
    return Balance(figures.bonding, figures.bridging, figures.linking, figures.size - marked)


def change_point(version: WebVersion, figures: Indicators, words: str = "") -> ChangePoint:
    return ChangePoint(
        version_id=version.id, version_date=version.version_date, size=figures.size,
        people_score=figures.people_score, places_score=figures.places_score,
        domains_used=figures.domains_used, domains_total=figures.domains_total,
        client_words=words.strip(),
    )


def change_over_time(
    versions: Sequence[WebVersion],
    words: Mapping[tuple[int, int], str] | None = None,
    count_paid_staff: bool = True,
) -> tuple[ChangePoint, ...]:
    """One point per version, oldest first; ``words`` maps (old id, new id) to the client's words
    on that comparison, shown at the later version."""
    words = words or {}
    points = []
    previous: WebVersion | None = None
    for version in versions:
        said = ""
        if previous is not None and previous.id is not None and version.id is not None:
            said = words.get((previous.id, version.id), "")
        points.append(change_point(version, compute_indicators(version, count_paid_staff), said))
        previous = version
    return tuple(points)


def client_charts(
    version: WebVersion,
    history: Sequence[ChangePoint] = (),
    count_paid_staff: bool = True,
) -> ClientCharts:
    """The charts of ``version``; ``history`` holds the stored versions' points (oldest first).

    The point of ``version`` itself is recomputed from the version as it is now (live edits),
    keeping the client's words stored for it; a version not yet in ``history`` is added last.
    """
    figures = compute_indicators(version, count_paid_staff)
    points = list(history)
    for index, point in enumerate(points):
        if point.version_id is not None and point.version_id == version.id:
            points[index] = change_point(version, figures, point.client_words)
            break
    else:
        points.append(change_point(version, figures))
    return ClientCharts(
        version_date=version.version_date,
        size=figures.size,
        composition=composition(version, figures),
        coverage=coverage(figures),
        balance=balance(figures),
        change=tuple(points),
        domain_set=version.domain_set,
    )


def capital_counts(bal: Balance) -> tuple[tuple[Capital, int], ...]:
    """The balance as (kind, count) in display order, the unmarked last under UNKNOWN."""
    return ((Capital.BONDING, bal.bonding), (Capital.BRIDGING, bal.bridging),
            (Capital.LINKING, bal.linking), (Capital.UNKNOWN, bal.unknown))
