"""Map a member's stored position to the unit disc and back.

The unit disc has radius 1, y pointing down (as on screen), sector 0 starting at twelve o'clock and
sectors running clockwise. The client's disc in the middle is CENTRE_RADIUS wide; the three
rings share the rest (see RING_EDGES). Everything is relative, so a web looks the same on any
screen size.
"""

from __future__ import annotations

import math

from resokit_desktop.domain.web.model import Position

CENTRE_RADIUS = 0.13
# The inner ring is a little wider than the others: it holds the people who matter most on the
# shortest arcs.
RING_EDGES = (CENTRE_RADIUS, 0.45, 0.73, 1.0)
# Keep members off the sector and ring borders so they never sit on a line.
ANGLE_PAD = 0.1
RADIUS_PAD = 0.18


def _clamp(value: float, low: float = 0.0, high: float = 1.0) -> float:
    return max(low, min(high, value))


def ring_bounds(ring: int) -> tuple[float, float]:
    """Inner and outer radius of a closeness ring (1 = close) on the unit disc."""
    return RING_EDGES[ring - 1], RING_EDGES[ring]


# Sector extents in turns: (start, width) per sector, clockwise from twelve o'clock. A crowded
# sector is drawn wider (see layout.py); None means every sector has the same width.
Spans = tuple[tuple[float, float], ...]


def uniform_spans(count: int) -> Spans:
    return tuple((index / count, 1 / count) for index in range(count))


def sector_turns(index: int, count: int, spans: Spans | None = None) -> tuple[float, float]:
    """Start and end of a sector in turns (0..1, clockwise from twelve o'clock)."""
    if spans is None:
        return index / count, (index + 1) / count
    start, width = spans[index]
    return start, start + width


def to_unit(
    domain_index: int, count: int, ring: int, angle: float, radius: float,
    spans: Spans | None = None,
) -> tuple[float, float]:
    """Unit-disc coordinates of a relative position."""
    start, end = sector_turns(domain_index, count, spans)
    turns = start + (ANGLE_PAD + _clamp(angle) * (1 - 2 * ANGLE_PAD)) * (end - start)
    inner, outer = ring_bounds(ring)
    r = inner + (RADIUS_PAD + _clamp(radius) * (1 - 2 * RADIUS_PAD)) * (outer - inner)
    theta = turns * 2 * math.pi
    return r * math.sin(theta), -r * math.cos(theta)


def from_unit(
    x: float, y: float, count: int, spans: Spans | None = None,
) -> tuple[int, int, float, float]:
    """The (sector index, ring, angle, radius) nearest to a point; outside points are pulled in."""
    r = math.hypot(x, y)
    turns = (math.atan2(x, -y) / (2 * math.pi)) % 1.0
    spans = spans or uniform_spans(count)
    index = count - 1
    for candidate, (start, width) in enumerate(spans):
        if turns < start + width:
            index = candidate
            break
    start, width = spans[index]
    within = (turns - start) / width if width > 0 else 0.5
    angle = _clamp((within - ANGLE_PAD) / (1 - 2 * ANGLE_PAD))
    if r <= CENTRE_RADIUS:
        return index, 1, angle, 0.0
    ring = 3
    for candidate in (1, 2):
        if r < RING_EDGES[candidate]:
            ring = candidate
            break
    inner, outer = ring_bounds(ring)
    radius = _clamp(((r - inner) / (outer - inner) - RADIUS_PAD) / (1 - 2 * RADIUS_PAD))
    return index, ring, angle, radius


def position_to_unit(
    position: Position, domain_keys: list[str], spans: Spans | None = None,
) -> tuple[float, float]:
    index = domain_keys.index(position.domain) if position.domain in domain_keys else 0
    return to_unit(index, len(domain_keys), position.ring, position.angle, position.radius, spans)


def position_from_unit(
    x: float, y: float, domain_keys: list[str], spans: Spans | None = None,
) -> Position:
    index, ring, angle, radius = from_unit(x, y, len(domain_keys), spans)
    return Position(domain_keys[index], ring, round(angle, 4), round(radius, 4))


def inside_web(x: float, y: float, margin: float = 0.0) -> bool:
    """True when the unit-disc point lies on the web (a drop there places a member)."""
    return math.hypot(x, y) <= 1.0 + margin


_CANDIDATE_ANGLES = (0.5, 0.25, 0.75, 0.1, 0.9, 0.4, 0.6)
_CANDIDATE_RADII = (0.5, 0.15, 0.85)
# A member's symbol with its name needs about this much room on the unit disc.
ROOM = 0.15


def free_position(
    occupied: list[Position], domain: str, ring: int, domain_keys: list[str] | None = None,
) -> Position:
    """A spot in the given domain and ring with room around it (the first roomy candidate, else
    the one furthest from the others). With ``domain_keys`` distances are measured on the disc,
    across sector borders too; without, only members of the same sector and ring count.
    """
    if domain_keys:
        taken = [position_to_unit(p, domain_keys) for p in occupied]
    else:
        taken = [(p.angle, p.radius * 0.5) for p in occupied
                 if p.domain == domain and p.ring == ring]
    best, best_gap = Position(domain, ring, 0.5, 0.5), -1.0
    for radius in _CANDIDATE_RADII:
        for angle in _CANDIDATE_ANGLES:
            candidate = Position(domain, ring, angle, radius)
            point = (position_to_unit(candidate, domain_keys) if domain_keys
                     else (angle, radius * 0.5))
            gap = min((math.dist(point, t) for t in taken), default=9.0)
            if gap >= ROOM:
                return candidate
            if gap > best_gap + 1e-9:
                best, best_gap = candidate, gap
    return best


def ring_step(position: Position, domain_keys: list[str], d_domain: int, d_ring: int) -> Position:
    """The position one sector or one ring away (wrapping round the clock, rings clamped 1..3)."""
    index = domain_keys.index(position.domain) if position.domain in domain_keys else 0
    domain = domain_keys[(index + d_domain) % len(domain_keys)]
    ring = max(1, min(3, position.ring + d_ring))
    return Position(domain, ring, position.angle, position.radius)
