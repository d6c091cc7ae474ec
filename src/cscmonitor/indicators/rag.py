"""RAG status against a target, and the direction of travel since last year.

- GREEN: the value meets the target (equal counts as meeting it).
- AMBER: it misses the target, but by no more than the target's tolerance, or it is better
  than last year's value in the indicator's direction.
- RED: it misses the target by more than the tolerance and is not better than last year.
- NONE: no target, no value, or an indicator with no better direction (neutral).

Values are compared exactly as given: pass them rounded as shown, so that "the same as last
year" and "exactly on target" mean what a reader of the report sees.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from cscmonitor.indicators.definition import Polarity
from cscmonitor.indicators.targets import Target


class Rag(StrEnum):
    GREEN = "green"
    AMBER = "amber"
    RED = "red"
    NONE = "none"


class Direction(StrEnum):
    """Direction of travel since the previous value, for the arrow beside a figure."""

    IMPROVING = "improving"
    WORSENING = "worsening"
    UP = "up"
    """Higher than before, for an indicator where neither direction is better."""
    DOWN = "down"
    """Lower than before, for an indicator where neither direction is better."""
    NO_CHANGE = "no change"
    NO_COMPARISON = "no comparison"
    """No previous value (or no current one) to compare with."""


def direction(value: float | None, previous: float | None, polarity: Polarity) -> Direction:
    """How ``value`` moved from ``previous``, judged by ``polarity``."""
    if value is None or previous is None:
        return Direction.NO_COMPARISON
    if value == previous:
        return Direction.NO_CHANGE
    higher = value > previous
    if polarity is Polarity.NEUTRAL:
        return Direction.UP if higher else Direction.DOWN
    return Direction.IMPROVING if higher == (polarity is Polarity.HIGHER) else Direction.WORSENING


def _exact(number: float) -> Decimal:
    """The number as written (23.7, not 23.699999...), so a boundary is not lost to binary
    floating point."""
    return Decimal(repr(number))


def meets(value: float, target: float, polarity: Polarity) -> bool:
    return value >= target if polarity is Polarity.HIGHER else value <= target


def rag(value: float | None, target: Target | None, polarity: Polarity,
        previous: float | None = None) -> Rag:
    """The RAG status of ``value`` against ``target`` (its tolerance is the amber band);
    ``polarity`` is the indicator's unless the target overrides it (the caller decides)."""
    if value is None or target is None or polarity is Polarity.NEUTRAL:
        return Rag.NONE
    if meets(value, target.target, polarity):
        return Rag.GREEN
    if abs(_exact(value) - _exact(target.target)) <= _exact(target.tolerance):
        return Rag.AMBER
    if direction(value, previous, polarity) is Direction.IMPROVING:
        return Rag.AMBER
    return Rag.RED
