"""The neighbourhood scan: per neighbourhood the kinds held, the open needs and stale entries."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from resokit_desktop.domain.neighbourhood.entry import (
    NeighbourhoodEntry,
    NeighbourhoodKind,
    checked_before,
)

STALE_AFTER_DAYS = 365


@dataclass
class NeighbourhoodScan:
    """What the register knows about one neighbourhood ('' collects entries without one)."""

    neighbourhood: str
    counts: dict[NeighbourhoodKind, int] = field(default_factory=dict)
    open_needs: list[NeighbourhoodEntry] = field(default_factory=list)
    stale: list[NeighbourhoodEntry] = field(default_factory=list)

    @property
    def missing_kinds(self) -> list[NeighbourhoodKind]:
        return [kind for kind in NeighbourhoodKind if not self.counts.get(kind)]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def stale_cutoff(today: date) -> date:
    return today - timedelta(days=STALE_AFTER_DAYS)


def scan_register(entries: list[NeighbourhoodEntry], today: date) -> list[NeighbourhoodScan]:
    """One scan per neighbourhood, by name (case-insensitive); entries without one come last."""
    cutoff = stale_cutoff(today)
    by_hood: dict[str, NeighbourhoodScan] = {}
    for entry in entries:
        label = entry.neighbourhood.strip()
        scan = by_hood.setdefault(label.casefold(), NeighbourhoodScan(label))
        kind = NeighbourhoodKind(entry.kind)
        scan.counts[kind] = scan.counts.get(kind, 0) + 1
        if entry.needs.strip():
            scan.open_needs.append(entry)
        if checked_before(entry, cutoff):
            scan.stale.append(entry)
    ordered = sorted(by_hood.values(),
                     key=lambda s: (not s.neighbourhood, s.neighbourhood.casefold()))
    for scan in ordered:
        scan.open_needs.sort(key=lambda e: e.name.casefold())
        scan.stale.sort(key=lambda e: (e.last_checked or "", e.name.casefold()))
    return ordered
