"""Plain data of one inclusion-web version: its domain set, members, and who-knows-whom."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from enum import StrEnum


class EntryKind(StrEnum):
    """What a registry entry is; each kind is drawn with its own shape."""

    PERSON = "person"
    PLACE = "place"
    GROUP = "group"


class Function(StrEnum):
    """The four support functions a network member can give."""

    PRACTICAL = "practical"
    EMOTIONAL = "emotional"
    ADVICE = "advice"
    COMPANIONSHIP = "companionship"


class Strength(StrEnum):
    UNKNOWN = ""
    STRONG = "strong"
    LIGHT = "light"


class Capital(StrEnum):
    UNKNOWN = ""
    BONDING = "bonding"
    BRIDGING = "bridging"
    LINKING = "linking"


class TieStatus(StrEnum):
    ACTIVE = "active"
    SLEEPING = "sleeping"
    WISHED_FOR = "wished_for"
    BROKEN = "broken"


class Level(StrEnum):
    UNKNOWN = ""
    NEIGHBOURHOOD = "neighbourhood"
    CITY = "city"
    TRANSLOCAL = "translocal"


class Frequency(StrEnum):
    UNKNOWN = ""
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    YEARLY = "yearly"
    RARELY = "rarely"


class Reciprocity(StrEnum):
    UNKNOWN = ""
    GIVES = "gives"
    RECEIVES = "receives"
    BOTH = "both"


RINGS = (1, 2, 3)  # 1 = close, 2 = middle, 3 = further


@dataclass(frozen=True)
class Domain:
    """One life domain (a sector): a stable key plus its labels per language."""

    key: str
    labels: dict[str, str]

    def label(self, lang: str = "nl") -> str:
        return self.labels.get(lang) or self.labels.get("nl") or self.key


@dataclass(frozen=True)
class DomainSet:
    """The sectors a web was made with; kept with the web so comparisons stay valid."""

    key: str
    labels: dict[str, str]
    domains: tuple[Domain, ...]

    def label(self, lang: str = "nl") -> str:
        return self.labels.get(lang) or self.labels.get("nl") or self.key

    def index_of(self, domain_key: str) -> int:
        """The sector index of a domain key; unknown keys fall into the first sector."""
        for index, domain in enumerate(self.domains):
            if domain.key == domain_key:
                return index
        return 0

    def keys(self) -> list[str]:
        return [d.key for d in self.domains]


@dataclass
class RegistryEntry:
    """A contact or place in the client's registry: the same person in every version and tool."""

    id: int | None
    client_id: int
    kind: EntryKind
    name: str
    note: str = ""


@dataclass
class Position:
    """Where a member sits: domain sector, closeness ring, and relative coordinates (never pixels).

    ``angle`` runs 0..1 clockwise inside the sector, ``radius`` 0..1 outwards inside the ring.
    """

    domain: str
    ring: int = 2
    angle: float = 0.5
    radius: float = 0.5


@dataclass
class TieAttributes:
    """What the tie between the client and one member is like (all optional)."""

    relation: str = ""
    functions: frozenset[Function] = frozenset()
    strength: Strength = Strength.UNKNOWN
    capital: Capital = Capital.UNKNOWN
    status: TieStatus = TieStatus.ACTIVE
    reactivate: bool = False  # a sleeping tie the client wants to take up again
    strained: bool = False
    harmful: bool = False
    paid: bool = False
    level: Level = Level.UNKNOWN
    frequency: Frequency = Frequency.UNKNOWN
    reciprocity: Reciprocity = Reciprocity.UNKNOWN
    note: str = ""


@dataclass
class Member:
    """A registry entry placed on one web version; identified by its registry entry id."""

    entry_id: int
    name: str
    kind: EntryKind
    position: Position
    tie: TieAttributes = field(default_factory=TieAttributes)


def tie_key(a: int, b: int) -> tuple[int, int]:
    """Who-knows-whom ties are undirected: the smaller entry id comes first."""
    if a == b:
        raise ValueError("a member cannot be tied to itself")
    return (a, b) if a < b else (b, a)


@dataclass
class WebVersion:
    """A dated snapshot of the client's inclusion web."""

    id: int | None
    client_id: int
    version_date: str  # ISO date
    domain_set: DomainSet
    members: dict[int, Member] = field(default_factory=dict)
    ties: set[tuple[int, int]] = field(default_factory=set)

    def add_tie(self, a: int, b: int) -> None:
        if a not in self.members or b not in self.members:
            raise KeyError("both ends of a tie must be members of the web")
        self.ties.add(tie_key(a, b))

    def remove_member(self, entry_id: int) -> None:
        self.members.pop(entry_id, None)
        self.ties = {t for t in self.ties if entry_id not in t}

    def ties_of(self, entry_id: int) -> list[tuple[int, int]]:
        return [t for t in self.ties if entry_id in t]

    def copied(self, version_date: str) -> WebVersion:
        """A new version that starts as a copy of this one ("don't work blind")."""
        return WebVersion(
            id=None,
            client_id=self.client_id,
            version_date=version_date,
            domain_set=self.domain_set,
            members=copy.deepcopy(self.members),
            ties=set(self.ties),
        )


@dataclass
class Comparison:
    """Two versions compared, with the client's own words on what the change means."""

    id: int | None
    client_id: int
    old_version_id: int
    new_version_id: int
    client_words: str = ""
