"""Every figure of the pack as it may be shown to its audience.

All suppression goes through ``cscmonitor.indicators.suppression``: the public audience uses
the indicator's declared suppression; the board audience uses ``Suppression.NONE``, which
formats the same way but hides nothing. A percentage is also treated as the two-cell table
(numerator, denominator - numerator) with the denominator as its total, so that a
percentage whose complement is a small count (98.5% of 340) is suppressed too: that is the
secondary suppression a shown "n of N" calls for.
"""

from __future__ import annotations

from dataclasses import dataclass

from cscmonitor.indicators.benchmarks import Figure
from cscmonitor.indicators.definition import Indicator, Suppression, Unit
from cscmonitor.indicators.suppression import (
    NOT_AVAILABLE,
    SUPPRESSED,
    Shown,
    ShownTable,
    suppress_count,
    suppress_figure,
    suppress_table,
)
from cscmonitor.reports.audience import Audience
from cscmonitor.reports.gather import Point


@dataclass(frozen=True)
class ShownValue:
    """One period's figure of an indicator, as published."""

    value: Shown
    numerator: Shown | None
    """The count behind the figure (None when the figure is not built on a count shown)."""
    denominator: Shown | None
    number: float | None
    """The value to plot: None when it is suppressed or missing."""


def kind_for(indicator: Indicator, audience: Audience) -> Suppression:
    return indicator.suppression if audience is Audience.PUBLIC else Suppression.NONE


def _count(number: float | None) -> int | None:
    return None if number is None else round(number)


def shown_value(indicator: Indicator, value: Point, audience: Audience) -> ShownValue:
    """One period's figure as ``audience`` may see it."""
    kind = kind_for(indicator, audience)
    numerator, denominator = _count(value.numerator), _count(value.denominator)
    if indicator.unit is Unit.COUNT:
        shown = suppress_count(numerator, kind)
        return ShownValue(shown, shown, None, None if shown.suppressed else value.numerator)
    figure = suppress_figure(value.value, numerator, denominator, indicator.decimals, kind)
    if indicator.unit is Unit.PERCENT:
        figure = _with_complement(figure, numerator, denominator, kind)
        table = _table(numerator, denominator, kind)
        num = table.cells[0] if table else suppress_count(numerator, kind)
        den = table.total if table else suppress_count(denominator, kind)
    else:
        num, den = None, suppress_count(denominator, kind)
    if figure.text != NOT_AVAILABLE and indicator.unit is Unit.PERCENT:
        figure = Shown(figure.text + ("" if figure.suppressed else "%"), figure.suppressed)
    return ShownValue(figure, num, den,
                      None if figure.suppressed or value.value is None else value.value)


def _table(numerator: int | None, denominator: int | None,
           kind: Suppression) -> ShownTable | None:
    if numerator is None or denominator is None or not 0 <= numerator <= denominator:
        return None
    return suppress_table([numerator, denominator - numerator], denominator, kind)


def _with_complement(figure: Shown, numerator: int | None, denominator: int | None,
                     kind: Suppression) -> Shown:
    table = _table(numerator, denominator, kind)
    if table is not None and not figure.suppressed and any(c.suppressed for c in table.cells):
        return Shown(SUPPRESSED, True)
    return figure


def shown_rate(indicator: Indicator, rate: float | None, numerator: float,
               audience: Audience) -> Shown:
    """A count's rate per 10,000 children: suppressed with its count."""
    return suppress_figure(rate, _count(numerator), None, 1, kind_for(indicator, audience))


def shown_published(indicator: Indicator, figure: Figure | None) -> str:
    """A figure DfE published (England, neighbours): shown as published, with its marker."""
    if figure is None or figure.value is None:
        return (figure.marker if figure and figure.marker else NOT_AVAILABLE)
    text = suppress_figure(figure.value, None, None, indicator.decimals,
                           Suppression.NONE).text
    if indicator.unit is Unit.COUNT and float(figure.value).is_integer():
        text = suppress_count(int(figure.value), Suppression.NONE).text
    return text + ("%" if indicator.unit is Unit.PERCENT else "")


def shown_number(indicator: Indicator, number: float | None) -> str:
    """A target or other number in the indicator's unit that is not about children."""
    return shown_published(indicator, None if number is None else Figure(number, None))
