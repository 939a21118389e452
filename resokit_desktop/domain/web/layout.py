"""Members without overlaps: sectors that grow when crowded, and a free spot for each new member.

All sizes are on the unit disc (see geometry.py). A member's drawing (symbol, badges and name)
is a rectangle around its centre, its Footprint; the window measures it from its fonts and hands
it in, so this module stays free of Qt and is tested without a window.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from resokit_desktop.domain.web.geometry import (
    ANGLE_PAD,
    CENTRE_RADIUS,
    RADIUS_PAD,
    Spans,
    position_to_unit,
    ring_bounds,
    uniform_spans,
)
from resokit_desktop.domain.web.model import Position

Rect = tuple[float, float, float, float]  # left, top, right, bottom

# An empty or quiet sector never gets narrower than this share of an even split.
MIN_SHARE = 0.6
# Candidate spots inside a sector and ring: angles and radii (0..1) on a fine grid.
_ANGLES = [i / 32 for i in range(33)]
_RADII = [j / 8 for j in range(9)]


@dataclass(frozen=True)
class Footprint:
    """The rectangle a member's drawing covers, relative to its centre (y grows downwards)."""

    left: float
    top: float
    right: float
    bottom: float

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def height(self) -> float:
        return self.bottom - self.top

    def at(self, x: float, y: float, scale: float = 1.0) -> Rect:
        return (x + self.left * scale, y + self.top * scale,
                x + self.right * scale, y + self.bottom * scale)


# What the window measures at normal text size (symbol, badges, a 4-em box for the name; longer
# names grow into free room): for webs made without a window (demo data, imports).
DEFAULT_FOOTPRINT = Footprint(-0.105, -0.086, 0.105, 0.12)


def centre_zone() -> Rect:
    """The client's own disc in the middle: nobody is drawn over "Ik"."""
    return (-CENTRE_RADIUS, -CENTRE_RADIUS, CENTRE_RADIUS, CENTRE_RADIUS)


def ring_label_zones(turn: float = 0.0, size: tuple[float, float] = (0.22, 0.06)) -> list[Rect]:
    """The client's disc, and about where the ring names go: on the sector border at ``turn``
    (0 = twelve o'clock), in the middle of each ring."""
    zones = [centre_zone()]
    theta = turn * 2 * math.pi
    for ring in (1, 2, 3):
        inner, outer = ring_bounds(ring)
        middle = (inner + outer) / 2
        x, y = middle * math.sin(theta), -middle * math.cos(theta)
        zones.append((x - size[0] / 2, y - size[1] / 2, x + size[0] / 2, y + size[1] / 2))
    return zones


def quiet_border(positions: Iterable[Position], domain_keys: Sequence[str],
                 footprint: Footprint, layout: WebLayout,
                 size: tuple[float, float] = (0.22, 0.06)) -> float:
    """The sector border (in turns) where the ring names cover the fewest members; twelve
    o'clock when it is as quiet as any, so the names only move when they must."""
    keys = list(domain_keys)
    rects = [footprint.at(*position_to_unit(p, keys, layout.spans), layout.item_scale)
             for p in positions]
    best_cost, best_turn = math.inf, 0.0
    for turn, _width in layout.spans:
        zones = ring_label_zones(turn, size)[1:]
        cost = sum(1 for r in rects for z in zones if overlap(r, z))
        if cost < best_cost:
            best_cost, best_turn = cost, turn
    return best_turn


def widened(footprint: Footprint, width: float) -> Footprint:
    """The footprint with a name box ``width`` wide (centred under the symbol)."""
    half = max(width, footprint.width) / 2
    return Footprint(-half, footprint.top, half, footprint.bottom)


@dataclass(frozen=True)
class WebLayout:
    """How wide each sector is drawn, and how large members are drawn (1 = normal size)."""

    spans: Spans
    item_scale: float = 1.0


def overlap(a: Rect, b: Rect) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _extent(footprint: Footprint, scale: float) -> float:
    """How far apart packed members' centres must be, along and across the arc. A drawing stays
    upright whatever the sector's direction: two upright squares side by side along a diagonal
    need their side times the square root of two between their centres."""
    return max(footprint.width, footprint.height) * scale * math.sqrt(2)


def _centre_band(ring: int, footprint: Footprint, scale: float) -> tuple[float, float]:
    """Innermost and outermost radius for rows of centres, one drawing clear of the ring edges."""
    inner, outer = ring_bounds(ring)
    margin = max(_extent(footprint, scale) / 2, RADIUS_PAD * (outer - inner))
    if inner + margin > outer - margin:
        return (inner + outer) / 2, (inner + outer) / 2
    return inner + margin, outer - margin


def _grid(ring: int, n: int, footprint: Footprint, scale: float) -> tuple[int, int]:
    """Rows and columns of n members arranged in a ring (as many rows as fit, then columns)."""
    low, high = _centre_band(ring, footprint, scale)
    rows = max(1, min(n, 1 + int((high - low) / _extent(footprint, scale))))
    return rows, math.ceil(n / rows)


def _cell_need(ring: int, n: int, footprint: Footprint, scale: float) -> float:
    """Turns a sector needs for n members in one ring, arranged in columns along the arc."""
    inner, outer = ring_bounds(ring)
    if n <= 1:  # one member: its name may reach a little into the next sector
        return footprint.width * scale * 0.5 / (2 * math.pi * (inner + outer) / 2)
    rows, cols = _grid(ring, n, footprint, scale)
    innermost = _centre_band(ring, footprint, scale)[0]
    # Neighbours in a row are a chord apart, a little less than the arc: hence the 1.05.
    return 1.05 * cols * _extent(footprint, scale) / (
        (1 - 2 * ANGLE_PAD) * 2 * math.pi * innermost)


def _need(cells: Counter, index: int, footprint: Footprint, scale: float) -> float:
    """Turns a sector needs so its most crowded ring holds its members side by side."""
    return max((_cell_need(ring, n, footprint, scale) for (sector, ring), n in cells.items()
                if sector == index), default=0.0)


def _widths(cells: Counter, count: int, footprint: Footprint, scale: float) -> list[float] | None:
    base = 1 / count
    needs = [_need(cells, i, footprint, scale) for i in range(count)]
    widths = [max(base, need) for need in needs]
    excess = sum(widths) - 1
    if excess <= 1e-9:
        return widths
    # Quiet sectors give room to crowded ones, down to MIN_SHARE of an even split.
    slack = [max(0.0, w - max(need, base * MIN_SHARE)) for w, need in zip(widths, needs,
                                                                          strict=True)]
    if sum(slack) + 1e-9 < excess:
        return None
    ratio = excess / sum(slack)
    return [w - s * ratio for w, s in zip(widths, slack, strict=True)]


def web_layout(positions: Iterable[Position], domain_keys: Sequence[str],
               footprint: Footprint) -> WebLayout:
    """Sector widths for these members: each sector as wide as its busiest ring needs (others
    narrower); when even that is not enough, members are drawn smaller, never on top of others."""
    index_of = {key: i for i, key in enumerate(domain_keys)}
    cells = Counter((index_of.get(p.domain, 0), p.ring) for p in positions)
    return _layout_for(tuple(sorted(cells.items())), len(domain_keys), footprint)


@lru_cache(maxsize=256)
def _layout_for(cell_counts: tuple, count: int, footprint: Footprint) -> WebLayout:
    """web_layout for members counted per (sector, ring); the same counts give the same layout
    (moves inside a cell, undo and redo lay out in no time)."""
    cells = Counter(dict(cell_counts))
    scale = 1.0
    widths = _widths(cells, count, footprint, scale)
    if widths is None:
        low, high = 0.05, 1.0
        for _ in range(20):
            mid = (low + high) / 2
            if _widths(cells, count, footprint, mid) is None:
                high = mid
            else:
                low = mid
        scale = low
        widths = _widths(cells, count, footprint, scale) or [1 / count] * count
    if all(abs(w - 1 / count) < 1e-9 for w in widths):
        return WebLayout(uniform_spans(count), 1.0)
    starts, turn = [], 0.0
    for width in widths:
        starts.append(turn)
        turn += width
    total = turn
    return WebLayout(tuple((s / total, w / total) for s, w in zip(starts, widths, strict=True)),
                     scale)


def _inside_disc(rect: Rect) -> bool:
    """A name may touch the rim, not run into the domain names around it."""
    return all(math.hypot(x, y) <= 1.04 for x in (rect[0], rect[2]) for y in (rect[1], rect[3]))


def free_spot(
    others: Sequence[Position], domain: str, ring: int, domain_keys: Sequence[str],
    footprint: Footprint, layout: WebLayout, wanted: tuple[float, float] = (0.5, 0.5),
    obstacles: Sequence[Rect] = (), own: Footprint | None = None,
) -> Position | None:
    """The spot in this sector and ring nearest to ``wanted`` (angle, radius) where the member's
    drawing (``own``, default ``footprint``) covers no other member's drawing and no obstacle
    (a ring label); None when full."""
    keys = list(domain_keys)
    scale = layout.item_scale
    taken = [footprint.at(*position_to_unit(p, keys, layout.spans), scale) for p in others]
    taken += list(obstacles)
    wx, wy = position_to_unit(Position(domain, ring, *wanted), keys, layout.spans)
    candidates = [(0.0, *wanted, wx, wy)]  # exactly where it was put, when that is free
    for radius in _RADII:
        for angle in _ANGLES:
            x, y = position_to_unit(Position(domain, ring, angle, radius), keys, layout.spans)
            candidates.append((math.hypot(x - wx, y - wy), angle, radius, x, y))
    candidates.sort()
    mine = own or footprint
    for _distance, angle, radius, x, y in candidates:
        rect = mine.at(x, y, scale)
        if _inside_disc(rect) and not any(overlap(rect, t) for t in taken):
            return Position(domain, ring, angle, radius)
    return None


@dataclass(frozen=True)
class Placement:
    """Where the member goes, and the members of its cell moved to make room (by key)."""

    position: Position
    moved: dict


def arrange(positions: Sequence[Position], ring: int, footprint: Footprint,
            layout: WebLayout) -> list[Position]:
    """New spots for all members of one sector and ring, in rows and columns that keep their
    order round the clock: used when a crowded cell has no free spot left."""
    rows, cols = _grid(ring, len(positions), footprint, layout.item_scale)
    inner, outer = ring_bounds(ring)
    low, high = _centre_band(ring, footprint, layout.item_scale)
    order = sorted(range(len(positions)), key=lambda i: (positions[i].angle, positions[i].radius))
    spots = [None] * len(positions)
    for slot, index in enumerate(order):
        col, row = divmod(slot, rows)
        angle = (col + 0.5) / cols
        rho = (low + high) / 2 if rows == 1 else low + (high - low) * row / (rows - 1)
        radius = max(0.0, min(1.0, ((rho - inner) / (outer - inner) - RADIUS_PAD)
                              / (1 - 2 * RADIUS_PAD)))
        p = positions[index]
        spots[index] = Position(p.domain, ring, round(angle, 4), round(radius, 4))
    return spots


def place(
    others: dict, domain: str, ring: int, domain_keys: Sequence[str],
    footprint: Footprint, wanted: tuple[float, float] | None = None,
    obstacles: Sequence[Rect] = (), whole_name: Footprint | None = None,
) -> Placement:
    """Where a new or moved member goes: a free spot in its sector and ring under the layout that
    includes it (its sector grown when crowded), with room for its whole name (``whole_name``)
    when there is. When the cell is full, its members are arranged afresh in rows and columns,
    the newcomer among them; ``others`` maps keys to positions.
    """
    # A spot the user chose is kept when the short name box fits there; only members put "somewhere
    # in this cell" look for room for their whole name first.
    prefer_whole = whole_name is not None and wanted is None
    wanted = wanted or (0.5, 0.5)
    new = Position(domain, ring, *wanted)
    layout = web_layout([*others.values(), new], domain_keys, footprint)
    # The new layout may squeeze members already there (a sector narrower, rows fewer): their
    # cells are arranged afresh first.
    moved: dict = {}
    cells, loose = _clashes(others, domain_keys, footprint, layout)
    for cell in cells:
        keys = [k for k, p in others.items() if (p.domain, p.ring) == cell]
        spots = arrange([others[k] for k in keys], cell[1], footprint, layout)
        moved.update(zip(keys, spots, strict=True))
    current = {**others, **moved}
    for key in sorted(loose - set(moved), key=str):
        p = current.pop(key)
        spot = free_spot(list(current.values()), p.domain, p.ring, domain_keys, footprint,
                         layout, (p.angle, p.radius), obstacles)
        current[key] = spot or p
        if spot is not None:
            moved[key] = spot
    spot = None
    if prefer_whole and whole_name.width > footprint.width:
        spot = free_spot(list(current.values()), domain, ring, domain_keys, footprint, layout,
                         wanted, obstacles, own=whole_name)
    if spot is None:
        spot = free_spot(list(current.values()), domain, ring, domain_keys, footprint, layout,
                         wanted, obstacles)
    if spot is not None:
        return Placement(spot, moved)
    keys = [k for k, p in current.items() if p.domain == domain and p.ring == ring]
    spots = arrange([*(current[k] for k in keys), new], ring, footprint, layout)
    moved.update(zip(keys, spots[:-1], strict=True))
    return Placement(spots[-1], moved)


def _clashes(others: dict, domain_keys: Sequence[str], footprint: Footprint,
             layout: WebLayout) -> tuple[set[tuple[str, int]], set]:
    """Members whose drawings overlap under this layout: the (domain, ring) cells to arrange
    afresh (clashes inside one sector), and single members to move (clashes across sectors)."""
    keys = list(domain_keys)
    items = [(k, p, footprint.at(*position_to_unit(p, keys, layout.spans), layout.item_scale))
             for k, p in others.items()]
    # Sweep from left to right: only drawings that start before one ends can overlap it (300
    # members: a few hundred comparisons instead of 45 000).
    items.sort(key=lambda item: item[2][0])
    cells, loose = set(), set()
    for i, (ka, p, a) in enumerate(items):
        for kb, q, b in items[i + 1:]:
            if b[0] >= a[2]:
                break
            if not overlap(a, b):
                continue
            if p.domain == q.domain:
                cells.update({(p.domain, p.ring), (q.domain, q.ring)})
            else:
                loose.add(max(ka, kb, key=str))
    return cells, loose


def tidy(members: dict, domain_keys: Sequence[str], footprint: Footprint,
         obstacles: Sequence[Rect] = (), names: dict | None = None) -> dict:
    """New spots for members drawn over another member or an obstacle, each in its own sector
    and ring (for webs made before the layout kept them apart); {key: spot}. Of two members
    drawn over each other, the first (by key) stays. With ``names`` (key: footprint with the
    whole name), room for whole names is kept too where the cell has it."""
    keys = list(domain_keys)
    names = names or {}
    current = dict(members)
    moved: dict = {}
    for _round in range(3):
        layout = web_layout(current.values(), keys, footprint)
        kept: list[Rect] = list(obstacles)
        clashing = []
        for key in sorted(current, key=str):
            x, y = position_to_unit(current[key], keys, layout.spans)
            rect = names.get(key, footprint).at(x, y, layout.item_scale)
            if any(overlap(rect, other) for other in kept):
                clashing.append(key)
            else:
                kept.append(rect)
        if not clashing:
            break
        for key in clashing:
            p = current.pop(key)
            placement = place(current, p.domain, p.ring, keys, footprint,
                              None if key in names else (p.angle, p.radius), obstacles,
                              whole_name=names.get(key))
            current.update(placement.moved)
            current[key] = placement.position
            moved.update(placement.moved)
            moved[key] = placement.position
    return moved
