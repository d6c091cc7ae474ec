"""The plain-English statement of what changed, from the figures as shown."""

from __future__ import annotations

from datetime import date

from cscmonitor.indicators.benchmarks import NOTHING, Comparators, Figure
from cscmonitor.indicators.engine import Value
from cscmonitor.indicators.periods import monthly
from cscmonitor.indicators.rag import Direction, Rag
from cscmonitor.indicators.registry import indicator
from cscmonitor.indicators.scorecard import ScoreLine
from cscmonitor.reports.audience import Audience
from cscmonitor.reports.gather import IndicatorData, Point
from cscmonitor.reports.sentences import change_sentence

REREFERRALS = indicator("rereferral_rate")
PERIODS = monthly(date(2023, 3, 1), date(2025, 3, 31))


def _data(first: tuple[int, int], last: tuple[int, int]) -> IndicatorData:
    """Re-referrals: ``first`` (numerator, denominator) two years ago, ``last`` now."""
    series = []
    for period in PERIODS:
        num, den = first if period is PERIODS[0] else last
        series.append(Point(period, num, den, round(num / den * 100, 1)))
    current = series[-1]
    line = ScoreLine(
        indicator=REREFERRALS,
        current=Value(REREFERRALS.id, current.period, "all", current.numerator,
                      current.denominator, current.value, ()),
        last_year=None, rate=None, population=None,
        benchmarks=Comparators(Figure(22.6, None), NOTHING, NOTHING, NOTHING, NOTHING, 0, ""),
        rate_benchmarks=None,
        benchmark_year=2025, target=None, rag=Rag.NONE, direction=Direction.NO_COMPARISON)
    return IndicatorData(REREFERRALS, line, tuple(series), ())


def test_fall_over_two_years_compared_with_england() -> None:
    assert change_sentence(_data((248, 1000), (192, 1000)), Audience.PUBLIC) == (
        "Re-referrals within 12 months fell from 24.8% to 19.2% over two years, now below "
        "England (22.6%).")


def test_suppressed_start_is_not_revealed() -> None:
    sentence = change_sentence(_data((3, 12), (192, 1000)), Audience.PUBLIC)
    assert "25.0" not in sentence and " 3" not in sentence
    assert "too small to publish" in sentence


def test_board_sees_the_small_figure() -> None:
    sentence = change_sentence(_data((3, 12), (192, 1000)), Audience.BOARD)
    assert "from 25.0% to 19.2%" in sentence
