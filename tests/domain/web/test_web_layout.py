"""Free spots and growing sectors, without a window: nobody is drawn on top of anybody."""

from __future__ import annotations

import itertools

import pytest

from resokit_desktop.domain.web.geometry import position_to_unit, uniform_spans
from resokit_desktop.domain.web.layout import (
    DEFAULT_FOOTPRINT,
    overlap,
    place,
    quiet_border,
    ring_label_zones,
    tidy,
    web_layout,
)
from resokit_desktop.domain.web.model import Position

KEYS = ["family", "friends", "neighbourhood", "work", "learning", "leisure", "faith", "online",
        "services"]
# About what the window measures at normal text size: symbol, badges and a 4-em name box.
FOOT = DEFAULT_FOOTPRINT


def _rects(positions, layout):
    return [FOOT.at(*position_to_unit(p, KEYS, layout.spans), layout.item_scale)
            for p in positions]


def _add(placed: dict, domain: str, ring: int, **kwargs) -> Position:
    placement = place(placed, domain, ring, KEYS, FOOT, **kwargs)
    placed.update(placement.moved)
    placed[len(placed)] = placement.position
    return placement.position


def _no_two_overlap(positions):
    positions = list(positions)
    layout = web_layout(positions, KEYS, FOOT)
    rects = _rects(positions, layout)
    return [(a, b) for a, b in itertools.combinations(range(len(rects)), 2)
            if overlap(rects[a], rects[b])]


def test_a_quiet_web_keeps_even_sectors_and_full_size():
    layout = web_layout([Position("family", 1), Position("friends", 2)], KEYS, FOOT)
    assert layout.spans == uniform_spans(9) and layout.item_scale == 1.0


def test_a_new_member_never_lands_on_an_existing_one():
    placed: dict = {}
    doctor = _add(placed, "services", 2)
    centre = _add(placed, "services", 2, wanted=(doctor.angle, doctor.radius))
    assert (centre.domain, centre.ring) == ("services", 2)
    assert _no_two_overlap(placed.values()) == []


@pytest.mark.parametrize("rings", [(2,), (1, 2, 3), (1,), (3,)])
def test_forty_members_in_one_sector_grow_it_and_never_overlap(rings):
    placed: dict = {}
    for ring in itertools.islice(itertools.cycle(rings), 40):
        _add(placed, "family", ring)
        assert _no_two_overlap(placed.values()) == []  # after every single one
    assert all(p.domain == "family" for p in placed.values())
    assert [placed[i].ring for i in range(40)] == list(
        itertools.islice(itertools.cycle(rings), 40))
    assert _no_two_overlap(placed.values()) == []
    layout = web_layout(placed.values(), KEYS, FOOT)
    family_width = layout.spans[0][1]
    assert family_width > 1 / 9 * 2  # the crowded sector grew ...
    assert min(width for _start, width in layout.spans) >= 1 / 9 * 0.6 - 1e-9  # ... others stay


def test_members_spread_over_every_sector_and_ring_do_not_overlap():
    placed: dict = {}
    for key, ring in itertools.islice(itertools.cycle(itertools.product(KEYS, (1, 2, 3))), 45):
        _add(placed, key, ring)
    assert _no_two_overlap(placed.values()) == []


def test_a_ring_label_is_kept_clear():
    label = (-0.1, -0.62, 0.1, -0.56)  # "midden" at the top of the middle ring
    spot = place({}, "family", 2, KEYS, FOOT, wanted=(0.0, 0.5), obstacles=[label]).position
    layout = web_layout([spot], KEYS, FOOT)
    assert not overlap(_rects([spot], layout)[0], label)


def test_tidy_moves_only_members_drawn_over_others_and_keeps_their_cells():
    stacked = {1: Position("services", 2, 0.5, 0.5), 2: Position("services", 2, 0.5, 0.5),
               3: Position("friends", 3, 0.5, 0.5)}
    moved = tidy(stacked, KEYS, FOOT)
    assert set(moved) <= {1, 2} and moved
    after = {**stacked, **moved}
    assert all((after[k].domain, after[k].ring) == (stacked[k].domain, stacked[k].ring)
               for k in after)
    assert _no_two_overlap(after.values()) == []
    assert tidy(after, KEYS, FOOT) == {}


def test_ring_names_move_off_twelve_oclock_only_when_members_sit_there():
    empty = web_layout([], KEYS, FOOT)
    assert quiet_border([], KEYS, FOOT, empty) == 0.0
    crowded = [Position("family", ring, 0.0, 0.5) for ring in (1, 2, 3)] + [
        Position("services", ring, 1.0, 0.5) for ring in (1, 2, 3)]
    layout = web_layout(crowded, KEYS, FOOT)
    turn = quiet_border(crowded, KEYS, FOOT, layout)
    assert turn != 0.0
    rects = _rects(crowded, layout)
    assert not any(overlap(r, z) for r in rects for z in ring_label_zones(turn)[1:])


def test_a_free_spot_is_kept_exactly_where_it_was_put():
    spot = place({}, "friends", 3, KEYS, FOOT, wanted=(0.3125, 0.6)).position
    assert (spot.angle, spot.radius) == (0.3125, 0.6)
