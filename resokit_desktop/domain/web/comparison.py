"""Compare two versions of a client's web: added, lost, closer, further, figures."""

from __future__ import annotations

from dataclasses import dataclass

from resokit_desktop.domain.web.indicators import Indicators, compute_indicators
from resokit_desktop.domain.web.model import WebVersion


@dataclass(frozen=True)
class IndicatorDelta:
    key: str
    old: float | int | None
    new: float | int | None

    @property
    def change(self) -> float | int | None:
        if self.old is None or self.new is None:
            return None
        return self.new - self.old


@dataclass(frozen=True)
class WebComparison:
    """What changed from ``old`` to ``new``; members are registry entry ids."""

    old: WebVersion
    new: WebVersion
    added: tuple[int, ...]
    lost: tuple[int, ...]
    closer: tuple[int, ...]
    further: tuple[int, ...]
    changed_domain: tuple[int, ...]
    changed_status: tuple[int, ...]
    old_indicators: Indicators
    new_indicators: Indicators
    deltas: tuple[IndicatorDelta, ...]

    def marker(self, entry_id: int) -> str:
        """``added``, ``lost``, ``closer``, ``further`` or ``""`` for one member."""
        for name in ("added", "lost", "closer", "further"):
            if entry_id in getattr(self, name):
                return name
        return ""

    def name_of(self, entry_id: int) -> str:
        member = self.new.members.get(entry_id) or self.old.members.get(entry_id)
        return member.name if member else str(entry_id)


def compare_versions(old: WebVersion, new: WebVersion,
                     count_paid_staff: bool = True) -> WebComparison:
    """Compare two versions (normally the older first); ring 1 is closest to the client.

    ``count_paid_staff`` is NDTi's local choice, applied the same way to both versions.
    """
    old_ids, new_ids = set(old.members), set(new.members)
    both = sorted(old_ids & new_ids)
    closer = tuple(i for i in both if new.members[i].position.ring < old.members[i].position.ring)
    further = tuple(i for i in both if new.members[i].position.ring > old.members[i].position.ring)
    changed_domain = tuple(
        i for i in both if new.members[i].position.domain != old.members[i].position.domain
    )
    changed_status = tuple(
        i for i in both if new.members[i].tie.status != old.members[i].tie.status
    )
    old_ind = compute_indicators(old, count_paid_staff)
    new_ind = compute_indicators(new, count_paid_staff)
    old_fig, new_fig = old_ind.figures(), new_ind.figures()
    deltas = tuple(IndicatorDelta(key, old_fig[key], new_fig[key]) for key in old_fig)
    return WebComparison(
        old=old,
        new=new,
        added=tuple(sorted(new_ids - old_ids)),
        lost=tuple(sorted(old_ids - new_ids)),
        closer=closer,
        further=further,
        changed_domain=changed_domain,
        changed_status=changed_status,
        old_indicators=old_ind,
        new_indicators=new_ind,
        deltas=deltas,
    )
