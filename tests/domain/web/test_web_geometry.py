"""Relative positions survive the round trip through unit-disc coordinates."""

from __future__ import annotations

import pytest

from resokit_desktop.domain.web.geometry import (
    free_position,
    from_unit,
    position_from_unit,
    position_to_unit,
    ring_step,
    to_unit,
)
from resokit_desktop.domain.web.model import Position

KEYS = ["a", "b", "c", "d"]


@pytest.mark.parametrize("index", range(4))
@pytest.mark.parametrize("ring", [1, 2, 3])
@pytest.mark.parametrize("angle,radius", [(0.0, 0.0), (0.5, 0.5), (1.0, 1.0), (0.3, 0.8)])
def test_round_trip(index, ring, angle, radius):
    x, y = to_unit(index, 4, ring, angle, radius)
    back = from_unit(x, y, 4)
    assert back[:2] == (index, ring)
    assert back[2] == pytest.approx(angle, abs=1e-9)
    assert back[3] == pytest.approx(radius, abs=1e-9)


def test_first_sector_starts_at_twelve_oclock_and_runs_clockwise():
    x, y = position_to_unit(Position("a", 3, 0.5, 0.5), KEYS)
    assert x > 0 and y < 0  # upper right quadrant
    x, y = position_to_unit(Position("d", 3, 0.5, 0.5), KEYS)
    assert x < 0 and y < 0  # upper left quadrant


def test_points_outside_the_web_fall_in_the_outer_ring():
    assert position_from_unit(0.0, 5.0, KEYS).ring == 3
    assert position_from_unit(0.0, 0.0, KEYS).ring == 1


def test_free_position_avoids_taken_spots():
    taken = [Position("a", 2, 0.5, 0.5)]
    spot = free_position(taken, "a", 2)
    assert (spot.angle, spot.radius) != (0.5, 0.5)
    assert free_position([], "b", 1) == Position("b", 1, 0.5, 0.5)


def test_ring_step_wraps_round_the_clock_and_keeps_rings_in_range() -> None:
    keys = ["family", "friends", "work"]
    start = Position("work", 3, 0.4, 0.6)
    assert ring_step(start, keys, 1, 0) == Position("family", 3, 0.4, 0.6)  # past the last
    assert ring_step(start, keys, -1, 1) == Position("friends", 3, 0.4, 0.6)  # ring 3 at most
    assert ring_step(Position("family", 1, 0.5, 0.5), keys, 0, -1).ring == 1  # ring 1 at least
    assert ring_step(Position("gone", 2, 0.5, 0.5), keys, 0, 0).domain == "family"
