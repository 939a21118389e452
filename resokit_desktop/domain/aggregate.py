"""Anonymous counts per web version and team totals with small cells suppressed (NDTi's idea:
counts leave the dossier, names never do). Only numbers and fixed keys go in; no text of a client.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from resokit_desktop.domain.web.indicators import Coverage, Indicators
from resokit_desktop.domain.web.model import Function

SMALL_CELL = 3  # a team total describing fewer clients than this is not shown
SUPPRESSED = "<3"
SIZE_BANDS = (("size_0_5", 0, 5), ("size_6_15", 6, 15), ("size_16_29", 16, 29),
              ("size_30_plus", 30, None))


@dataclass(frozen=True)
class VersionCounts:
    """One web version's counts under a pseudonym: numbers and fixed keys only."""

    pseudonym: str
    version_number: int  # 1 for the client's first version in the export
    version_month: str  # YYYY-MM: the day is left out on purpose
    figures: Indicators
    previous: Indicators | None = None


def columns(domain_keys: Sequence[str]) -> list[tuple[str, str]]:
    """(column, explanation) in file order; domain columns follow the domain keys given."""
    cols = [
        ("pseudonym", "random code per client, new in every export (not the file's id)"),
        ("version_number", "1 = the client's first web version in this export"),
        ("version_month", "month of the web version (YYYY-MM)"),
        ("size", "network members (active or sleeping ties)"),
        ("people_score", "NDTi people score: persons with a current tie"),
        ("places_score", "NDTi places score: places and groups with a current tie"),
        ("domains_used", "NDTi clock spread: life domains with at least one entry"),
        ("domains_total", "life domains in the web's set"),
        ("ring_1", "network members in the closest ring"),
        ("ring_2", "network members in the middle ring"),
        ("ring_3", "network members in the outer ring"),
    ]
    cols += [(f"domain_{key}", f"network members in life domain '{key}'")
             for key in domain_keys]
    for function in Function:
        cols.append((f"{function}_unpaid", f"active unpaid members giving {function} support"))
        cols.append((f"{function}_paid", f"active paid members giving {function} support"))
        cols.append((f"{function}_coverage", f"{function}: ok, paid_only or nobody"))
    cols += [(f"change_{key}", f"change in {key} since the client's previous version "
                               "(empty for the first)")
             for key in ("size", "people_score", "places_score", "domains_used")]
    return cols


def row(counts: VersionCounts, domain_keys: Sequence[str]) -> list[str]:
    """The CSV cells of one version, in the order of ``columns``."""
    f = counts.figures
    cells: list[object] = [counts.pseudonym, counts.version_number, counts.version_month,
                           f.size, f.people_score, f.places_score, f.domains_used,
                           f.domains_total, f.per_ring.get(1, 0), f.per_ring.get(2, 0),
                           f.per_ring.get(3, 0)]
    cells += [f.per_domain.get(key, "") for key in domain_keys]
    for function in Function:
        cover = f.functions[function]
        cells += [len(cover.unpaid_givers), len(cover.givers) - len(cover.unpaid_givers),
                  str(cover.coverage)]
    for key in ("size", "people_score", "places_score", "domains_used"):
        cells.append("" if counts.previous is None
                     else getattr(f, key) - getattr(counts.previous, key))
    return [str(cell) for cell in cells]


def suppressed(clients: int) -> str:
    """A team total as printed: hidden when it describes 1 or 2 clients."""
    return SUPPRESSED if 0 < clients < SMALL_CELL else str(clients)


def team_totals(latest: Sequence[Indicators]) -> list[tuple[str, int]]:
    """(row key, clients) over each client's latest version in the export."""
    totals = [("clients_with_a_web", len(latest))]
    for key, low, high in SIZE_BANDS:
        totals.append((key, sum(1 for f in latest
                                if f.size >= low and (high is None or f.size <= high))))
    for function in Function:
        for coverage in (Coverage.PAID_ONLY, Coverage.NOBODY):
            totals.append((f"{function}_{coverage}", sum(
                1 for f in latest if f.functions[function].coverage == coverage)))
    totals.append(("has_sleeping_ties", sum(1 for f in latest if f.sleeping)))
    return totals
