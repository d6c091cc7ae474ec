"""The plain-English statement of what changed, generated from the figures as shown.

It reads only shown figures (``ShownValue``), so a public statement can't reveal a
suppressed number: when either end is suppressed the statement says so instead.
"""

from __future__ import annotations

from cscmonitor.indicators.definition import Indicator, Unit
from cscmonitor.reports.audience import Audience
from cscmonitor.reports.figures import shown_published, shown_value
from cscmonitor.reports.gather import IndicatorData, Point

_SPANS = {24: "over two years", 12: "over the past year"}


def _start(data: IndicatorData) -> tuple[Point, str] | None:
    series = [p for p in data.series if p.period.end <= data.current.period.end]
    for months, words in _SPANS.items():
        if len(series) > months:
            return series[-1 - months], words
    if len(series) > 1:
        return series[0], f"since the 12 months to {series[0].period.end:%B %Y}"
    return None


def _england(indicator: Indicator, data: IndicatorData, current: float) -> str:
    """``, now above England (22.6%)``, for figures comparable with England's."""
    benchmarks = data.line.benchmarks
    if indicator.unit is Unit.COUNT or benchmarks is None or benchmarks.england.value is None:
        return ""
    england = benchmarks.england.value
    where = "above" if current > england else "below" if current < england else "the same as"
    return f", now {where} England ({shown_published(indicator, benchmarks.england)})"


def change_sentence(data: IndicatorData, audience: Audience) -> str:
    indicator = data.indicator
    now = shown_value(indicator, data.current, audience)
    start = _start(data)
    if now.value.suppressed:
        return (f"{indicator.title}: the latest figure is too small to publish "
                "(shown as c).")
    if now.number is None:
        return f"{indicator.title}: no figure for {data.current.period.label}."
    comparison = _england(indicator, data, now.number)
    if start is None:
        return f"{indicator.title} was {now.value.text} in {data.current.period.label}" \
               f"{comparison}."
    point, span = start
    then = shown_value(indicator, point, audience)
    if then.value.suppressed or then.number is None:
        why = "is too small to publish" if then.value.suppressed else "is not available"
        return (f"{indicator.title} was {now.value.text} in {data.current.period.label}"
                f"{comparison}; the earlier figure {why}.")
    if then.value.text == now.value.text:
        verb = f"stayed at {now.value.text} {span}"
    else:
        moved = "rose" if now.number > then.number else "fell"
        verb = f"{moved} from {then.value.text} to {now.value.text} {span}"
    return f"{indicator.title} {verb}{comparison}."
