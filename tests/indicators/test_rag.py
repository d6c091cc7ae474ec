from __future__ import annotations

import pytest

from cscmonitor.indicators.definition import Polarity
from cscmonitor.indicators.rag import Direction, Rag, direction, rag
from cscmonitor.indicators.targets import Target

H, L, N = Polarity.HIGHER, Polarity.LOWER, Polarity.NEUTRAL


def target(value: float, tolerance: float = 1.0) -> Target:
    return Target(value, None, tolerance, None, "test")


@pytest.mark.parametrize(("value", "polarity", "previous", "expected"), [
    (80.0, H, None, Rag.GREEN),          # exactly on target meets it
    (80.1, H, None, Rag.GREEN),
    (79.0, H, None, Rag.AMBER),          # exactly the tolerance away
    (78.9, H, 79.5, Rag.RED),            # beyond tolerance and worse than last year
    (78.9, H, 78.9, Rag.RED),            # the same as last year is not improving
    (78.9, H, 78.8, Rag.AMBER),          # beyond tolerance but improving
    (78.9, H, None, Rag.RED),
    (80.0, L, None, Rag.GREEN),
    (79.9, L, None, Rag.GREEN),
    (81.0, L, None, Rag.AMBER),
    (81.1, L, 81.0, Rag.RED),
    (81.1, L, 81.2, Rag.AMBER),
    (90.0, N, None, Rag.NONE),
])
def test_rag(value: float, polarity: Polarity, previous: float | None, expected: Rag) -> None:
    assert rag(value, target(80.0), polarity, previous) is expected


def test_rag_without_target_or_value() -> None:
    assert rag(None, target(80.0), H) is Rag.NONE
    assert rag(80.0, None, H) is Rag.NONE


def test_tolerance_boundary_is_decimal() -> None:
    # 23.73 - 22.6 is 1.1300000000000026 in binary floating point.
    assert rag(23.73, target(22.6, 1.13), L) is Rag.AMBER
    assert rag(23.74, target(22.6, 1.13), L) is Rag.RED


@pytest.mark.parametrize(("value", "previous", "polarity", "expected"), [
    (10.0, 9.0, H, Direction.IMPROVING),
    (10.0, 9.0, L, Direction.WORSENING),
    (8.0, 9.0, L, Direction.IMPROVING),
    (8.0, 9.0, H, Direction.WORSENING),
    (9.0, 9.0, H, Direction.NO_CHANGE),
    (9.0, 9.0, L, Direction.NO_CHANGE),
    (10.0, 9.0, N, Direction.UP),
    (8.0, 9.0, N, Direction.DOWN),
    (9.0, None, H, Direction.NO_COMPARISON),
    (None, 9.0, H, Direction.NO_COMPARISON),
])
def test_direction(value: float | None, previous: float | None, polarity: Polarity,
                   expected: Direction) -> None:
    assert direction(value, previous, polarity) is expected
