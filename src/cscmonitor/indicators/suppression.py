"""Small-number suppression: the one function set every published output uses.

DfE's rule, as cscmonitor applies it to figures about children:

- a count of 1 to 5 is shown as ``c``; 0 is shown as 0;
- a percentage, rate or average is shown as ``c`` when its numerator or its denominator is a
  count of 1 to 5 (the figure would let the count be worked out);
- in a breakdown whose total is shown, a single suppressed cell could be worked out as the
  total minus the others, so the next-smallest cell is suppressed too (secondary suppression);
  a total of 1 to 5 is suppressed, and a suppressed total with every cell shown is protected
  by suppressing the smallest non-zero cell.

Figures that are not counts of children (workforce FTE, days) follow their indicator's
declared ``Suppression.NONE`` and are shown as they are. A missing figure is shown as ``x``
(DfE's "not available"). Numbers are rounded half-up; counts get thousands separators.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from cscmonitor.indicators.definition import Suppression
from cscmonitor.indicators.rounding import round_decimal

SUPPRESSED = "c"
NOT_AVAILABLE = "x"
SMALLEST, LARGEST = 1, 5
"""Counts in this range are suppressed."""


@dataclass(frozen=True)
class Shown:
    """A figure as it may be published."""

    text: str
    """``c``, ``x`` or the formatted number."""
    suppressed: bool


@dataclass(frozen=True)
class ShownTable:
    """A breakdown and its total, as they may be published."""

    cells: tuple[Shown, ...]
    total: Shown


def is_small(count: int | None) -> bool:
    return count is not None and SMALLEST <= count <= LARGEST


def _number(value: float, decimals: int) -> str:
    return f"{round_decimal(value, decimals):,}"


def suppress_count(count: int | None,
                   kind: Suppression = Suppression.CHILDREN) -> Shown:
    """A count: ``c`` when it is 1 to 5 and counts children."""
    if count is None:
        return Shown(NOT_AVAILABLE, False)
    if kind is Suppression.CHILDREN and is_small(count):
        return Shown(SUPPRESSED, True)
    return Shown(f"{count:,}", False)


def suppress_figure(value: float | None, numerator: int | None, denominator: int | None,
                    decimals: int = 1, kind: Suppression = Suppression.CHILDREN) -> Shown:
    """A percentage, rate or average built on counts: ``c`` when either count is 1 to 5.
    Pass ``denominator=None`` for a rate over a population (it is never small)."""
    if value is None:
        return Shown(NOT_AVAILABLE, False)
    if kind is Suppression.CHILDREN and (is_small(numerator) or is_small(denominator)):
        return Shown(SUPPRESSED, True)
    return Shown(_number(value, decimals), False)


def suppress_table(cells: Sequence[int], total: int,
                   kind: Suppression = Suppression.CHILDREN) -> ShownTable:
    """A breakdown (``cells`` adding up to ``total``) with primary and secondary
    suppression, so no suppressed cell can be worked out from what is shown."""
    if kind is Suppression.NONE:
        return ShownTable(tuple(suppress_count(c, kind) for c in cells),
                          suppress_count(total, kind))
    hidden = {i for i, count in enumerate(cells) if is_small(count)}
    total_hidden = is_small(total)
    if total_hidden and not hidden and total > 0:
        hidden.add(_smallest(cells, hidden))
    if not total_hidden and len(hidden) == 1:
        if len(cells) == 1:
            total_hidden = True
        else:
            hidden.add(_smallest(cells, hidden))
    shown = tuple(Shown(SUPPRESSED, True) if i in hidden else suppress_count(count, kind)
                  for i, count in enumerate(cells))
    return ShownTable(shown, Shown(SUPPRESSED, True) if total_hidden
                      else suppress_count(total, kind))


def _smallest(cells: Sequence[int], hidden: set[int]) -> int:
    """The cell to suppress next: the smallest shown non-zero cell, else (only zeros left)
    the first zero; either way the two suppressed cells can't be told apart."""
    candidates = [i for i in range(len(cells)) if i not in hidden]
    return min(candidates, key=lambda i: (cells[i] == 0, cells[i], i))
