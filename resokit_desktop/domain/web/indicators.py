"""Figures that describe one web version (computed, never typed); they describe, they do not judge.

Definitions (also shown as help in the app):

- *Network* members are those whose tie is active or sleeping. Wished-for ties are not there yet and
  broken ties are gone: both are counted separately but left out of every other figure.
- size: the number of network members.
- people score (NDTi): the entries in NDTi's people circle, i.e. persons with a current (active)
  tie. places score (NDTi): the entries in the places circle, i.e. places and groups/organisations
  with a current tie. Whether paid staff count is NDTi's "local choice": ``count_paid_staff``
  (default True, a setting of the dossier) applies to both circles alike. What each score leaves
  out (sleeping, wished-for, broken, and paid when not counted) is counted beside it.
- clock spread (NDTi, ``domains_used``): life domains holding at least one entry counted in either
  score, out of the number of domains in the web's set; domains that hold members of the web but
  none that counts are named in ``domains_left_out``.
- unpaid active people (the app's own figure, not NDTi's): unpaid persons with an active tie.
- per ring / per domain: network members in each closeness ring and each life domain.
- paid share: paid helpers among the network members (0..1; None for an empty network).
- function coverage: for each support function, the active members who give it; flagged ``nobody``
  when no one does and ``paid_only`` when only paid helpers do.
- bonding / bridging / linking: network members marked with that kind of social capital.
- density: who-knows-whom ties among network members divided by the possible pairs (None below 2).
- members whose loss would split the map (``splitting_members``): network members, persons as
  well as places and groups, whose removal splits the who-knows-whom map of the other members
  into more separate groups (articulation points); ``splitting_by_kind`` counts them by kind.
  The client at the centre is left out of this graph on purpose: the client knows everybody,
  so with the centre included nobody could ever split the map and the figure would always be
  empty.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from resokit_desktop.domain.web.domain_sets import is_ndti_set
from resokit_desktop.domain.web.model import (
    Capital,
    EntryKind,
    Function,
    Member,
    TieStatus,
    WebVersion,
)

VULNERABLE_REFERENCE_SIZE = 5
RICH_REFERENCE_SIZE = 30


class Coverage(StrEnum):
    OK = "ok"
    PAID_ONLY = "paid_only"
    NOBODY = "nobody"


@dataclass(frozen=True)
class FunctionCoverage:
    function: Function
    givers: tuple[int, ...]  # entry ids
    unpaid_givers: tuple[int, ...]
    coverage: Coverage


@dataclass(frozen=True)
class LeftOut:
    """Entries of one NDTi circle's kind that its score does not count, by reason."""

    sleeping: int = 0
    wished_for: int = 0
    broken: int = 0
    paid: int = 0  # only when paid staff are not counted

@dataclass(frozen=True)
class Indicators:
    size: int
    people_score: int
    places_score: int
    domains_used: int
    domains_total: int
    per_ring: dict[int, int]
    per_domain: dict[str, int]
    paid_count: int
    paid_share: float | None
    functions: dict[Function, FunctionCoverage]
    bonding: int
    bridging: int
    linking: int
    sleeping: int
    wished_for: int
    broken: int
    strained_or_harmful: int
    tie_count: int
    density: float | None
    splitting_members: tuple[int, ...] = field(default=())
    splitting_by_kind: dict[str, int] = field(default_factory=dict)
    unpaid_active_people: int = 0
    count_paid_staff: bool = True
    people_left_out: LeftOut = field(default_factory=LeftOut)
    places_left_out: LeftOut = field(default_factory=LeftOut)
    domains_left_out: tuple[str, ...] = ()
    ndti_domains: bool = False  # the web uses NDTi's own life domains

    @property
    def possible_pairs(self) -> int:
        return self.size * (self.size - 1) // 2

    def figures(self) -> dict[str, float | int | None]:
        """The comparable figures, in display order (used for deltas between versions)."""
        return {
            "size": self.size,
            "people_score": self.people_score,
            "places_score": self.places_score,
            "domains_used": self.domains_used,
            "unpaid_active_people": self.unpaid_active_people,
            "ring_1": self.per_ring.get(1, 0),
            "ring_2": self.per_ring.get(2, 0),
            "ring_3": self.per_ring.get(3, 0),
            "paid_share": self.paid_share,
            "functions_uncovered": sum(
                1 for c in self.functions.values() if c.coverage != Coverage.OK
            ),
            "bonding": self.bonding,
            "bridging": self.bridging,
            "linking": self.linking,
            "sleeping": self.sleeping,
            "wished_for": self.wished_for,
            "density": self.density,
            "splitting_members": len(self.splitting_members),
        }


def in_network(member: Member) -> bool:
    return member.tie.status in (TieStatus.ACTIVE, TieStatus.SLEEPING)


def _coverage(function: Function, active: list[Member]) -> FunctionCoverage:
    givers = tuple(sorted(m.entry_id for m in active if function in m.tie.functions))
    unpaid = tuple(
        sorted(m.entry_id for m in active if function in m.tie.functions and not m.tie.paid)
    )
    if not givers:
        coverage = Coverage.NOBODY
    elif not unpaid:
        coverage = Coverage.PAID_ONLY
    else:
        coverage = Coverage.OK
    return FunctionCoverage(function, givers, unpaid, coverage)


def articulation_points(nodes: list[int], edges: set[tuple[int, int]]) -> set[int]:
    """Nodes whose removal increases the number of connected components (iterative Tarjan)."""
    adjacency: dict[int, list[int]] = {n: [] for n in nodes}
    for a, b in edges:
        if a in adjacency and b in adjacency:
            adjacency[a].append(b)
            adjacency[b].append(a)
    order: dict[int, int] = {}
    low: dict[int, int] = {}
    found: set[int] = set()
    counter = 0
    for root in nodes:
        if root in order:
            continue
        order[root] = low[root] = counter
        counter += 1
        root_children = 0
        stack: list[tuple[int, int | None, iter]] = [(root, None, iter(adjacency[root]))]
        while stack:
            node, parent, neighbours = stack[-1]
            advanced = False
            for nxt in neighbours:
                if nxt == parent:
                    continue
                if nxt in order:
                    low[node] = min(low[node], order[nxt])
                    continue
                order[nxt] = low[nxt] = counter
                counter += 1
                if node == root:
                    root_children += 1
                stack.append((nxt, node, iter(adjacency[nxt])))
                advanced = True
                break
            if advanced:
                continue
            stack.pop()
            if parent is not None:
                low[parent] = min(low[parent], low[node])
                if parent != root and low[node] >= order[parent]:
                    found.add(parent)
        if root_children > 1:
            found.add(root)
    return found


def _left_out(members: list[Member], kinds: tuple[EntryKind, ...],
              count_paid_staff: bool) -> LeftOut:
    mine = [m for m in members if m.kind in kinds]
    status = [m.tie.status for m in mine]
    return LeftOut(
        sleeping=status.count(TieStatus.SLEEPING),
        wished_for=status.count(TieStatus.WISHED_FOR),
        broken=status.count(TieStatus.BROKEN),
        paid=0 if count_paid_staff else sum(
            1 for m in mine if m.tie.status == TieStatus.ACTIVE and m.tie.paid),
    )


def compute_indicators(version: WebVersion, count_paid_staff: bool = True) -> Indicators:
    """The figures of one version; ``count_paid_staff`` is NDTi's local choice for both scores."""
    members = list(version.members.values())
    network = [m for m in members if in_network(m)]
    active = [m for m in network if m.tie.status == TieStatus.ACTIVE]
    network_ids = {m.entry_id for m in network}
    domain_keys = version.domain_set.keys()
    per_domain = {key: 0 for key in domain_keys}
    per_ring = {1: 0, 2: 0, 3: 0}
    for member in network:
        key = member.position.domain if member.position.domain in per_domain else domain_keys[0]
        per_domain[key] += 1
        per_ring[member.position.ring] = per_ring.get(member.position.ring, 0) + 1
    people_kinds, place_kinds = (EntryKind.PERSON,), (EntryKind.PLACE, EntryKind.GROUP)
    counted = [m for m in active if count_paid_staff or not m.tie.paid]
    used = {m.position.domain for m in counted if m.position.domain in per_domain}
    held = {m.position.domain for m in members if m.position.domain in per_domain}
    ties = {t for t in version.ties if t[0] in network_ids and t[1] in network_ids}
    splitting = tuple(sorted(articulation_points(sorted(network_ids), ties)))
    paid = sum(1 for m in network if m.tie.paid)
    n = len(network)
    split_persons = sum(1 for i in splitting if version.members[i].kind == EntryKind.PERSON)
    return Indicators(
        size=n,
        people_score=sum(1 for m in counted if m.kind in people_kinds),
        places_score=sum(1 for m in counted if m.kind in place_kinds),
        domains_used=len(used),
        domains_total=len(domain_keys),
        per_ring=per_ring,
        per_domain=per_domain,
        paid_count=paid,
        paid_share=(paid / n) if n else None,
        functions={f: _coverage(f, active) for f in Function},
        bonding=sum(1 for m in network if m.tie.capital == Capital.BONDING),
        bridging=sum(1 for m in network if m.tie.capital == Capital.BRIDGING),
        linking=sum(1 for m in network if m.tie.capital == Capital.LINKING),
        sleeping=sum(1 for m in members if m.tie.status == TieStatus.SLEEPING),
        wished_for=sum(1 for m in members if m.tie.status == TieStatus.WISHED_FOR),
        broken=sum(1 for m in members if m.tie.status == TieStatus.BROKEN),
        strained_or_harmful=sum(1 for m in network if m.tie.strained or m.tie.harmful),
        tie_count=len(ties),
        density=(len(ties) / (n * (n - 1) / 2)) if n >= 2 else None,
        splitting_members=splitting,
        splitting_by_kind={"person": split_persons,
                           "place_or_group": len(splitting) - split_persons},
        unpaid_active_people=sum(
            1 for m in active if m.kind == EntryKind.PERSON and not m.tie.paid),
        count_paid_staff=count_paid_staff,
        people_left_out=_left_out(members, people_kinds, count_paid_staff),
        places_left_out=_left_out(members, place_kinds, count_paid_staff),
        domains_left_out=tuple(k for k in domain_keys if k in held and k not in used),
        ndti_domains=is_ndti_set(version.domain_set),
    )
