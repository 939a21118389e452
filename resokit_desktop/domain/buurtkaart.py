"""Plain data of a client's buurtkaart: a dated version with home, boundary and pinned places.

Coordinates are fractions (0..1) of the map's width and height, so a pin stays where it was if
the map image is drawn at another size.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from enum import StrEnum

MIN_BOUNDARY_POINTS = 3
MAX_MEGAPIXELS = 50


class PinStatus(StrEnum):
    """How the client relates to a place."""

    GOES_NOW = "goes_now"
    USED_TO_GO = "used_to_go"  # a sleeping place
    WOULD_LIKE = "would_like"
    AVOIDS = "avoids"


class Feeling(StrEnum):
    """How being at the place feels to the client."""

    UNKNOWN = ""
    SAFE = "safe"
    NEUTRAL = "neutral"
    UNSAFE = "unsafe"


Point = tuple[float, float]


def clamp_point(x: float, y: float) -> Point:
    """A point kept on the map (fractions between 0 and 1)."""
    return (min(1.0, max(0.0, float(x))), min(1.0, max(0.0, float(y))))


def boundary_is_valid(points: list[Point]) -> bool:
    """A neighbourhood boundary needs at least three corners to enclose anything."""
    return len(points) >= MIN_BOUNDARY_POINTS


@dataclass
class Pin:
    """A place of the client's registry on the map (``contact_id`` is the registry entry)."""

    contact_id: int
    name: str
    x: float
    y: float
    status: PinStatus = PinStatus.GOES_NOW
    feeling: Feeling = Feeling.UNKNOWN
    with_whom: frozenset[int] = frozenset()  # registry contact ids
    barriers: str = ""
    neighbourhood_entry_id: int | None = None  # a neighbourhood-register entry, when linked

    @property
    def point(self) -> Point:
        return (self.x, self.y)


@dataclass
class MapVersion:
    """One dated buurtkaart of one client."""

    id: int | None
    client_id: int
    version_date: str
    image_id: int | None = None  # None: a blank canvas
    home: Point | None = None
    boundary: list[Point] = field(default_factory=list)
    pins: dict[int, Pin] = field(default_factory=dict)

    def copied(self, version_date: str) -> MapVersion:
        """A new version that starts as a copy of this one: same map, home, boundary, pins."""
        return MapVersion(None, self.client_id, version_date, self.image_id, self.home,
                          list(self.boundary), copy.deepcopy(self.pins))


@dataclass(frozen=True)
class MapImageInfo:
    """A map image stored in the file (shared by every client)."""

    id: int
    name: str
    width: int
    height: int


@dataclass(frozen=True)
class MapVersionRow:
    id: int
    version_date: str
    pin_count: int
