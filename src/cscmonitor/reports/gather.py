"""Everything a pack shows, computed once: the scorecard, each indicator's monthly series
over the loaded history, the benchmarks of each year and the validation findings.

Only aggregate figures leave this module: the engine's ``Value.children`` are dropped here,
so no renderer can reach a child id.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from cscmonitor.indicators.benchmarks import BenchmarkSet, Comparators, UnknownArea
from cscmonitor.indicators.definition import Indicator
from cscmonitor.indicators.engine import Value
from cscmonitor.indicators.periods import Period, monthly
from cscmonitor.indicators.scorecard import ScoreLine, score_with_series
from cscmonitor.indicators.targets import Target
from cscmonitor.model.years import year_containing
from cscmonitor.warehouse import Warehouse

SPARKLINE_MONTHS = 13


@dataclass(frozen=True)
class Point:
    """One period's aggregate figure (a ``Value`` without its children)."""

    period: Period
    numerator: float
    denominator: float | None
    value: float | None


@dataclass(frozen=True)
class YearBenchmark:
    year: int
    """Collection year (2025 = 2024/25)."""
    comparators: Comparators


@dataclass(frozen=True)
class IndicatorData:
    indicator: Indicator
    line: ScoreLine
    series: tuple[Point, ...]
    """The 12 months to each month end over the loaded history, oldest first."""
    benchmarks: tuple[YearBenchmark, ...]

    @property
    def current(self) -> Point:
        return _point(self.line.current)

    @property
    def last_year(self) -> Point | None:
        return _point(self.line.last_year) if self.line.last_year else None

    @property
    def sparkline(self) -> tuple[Point, ...]:
        ends = [p for p in self.series if p.period.end <= self.line.current.period.end]
        return tuple(ends[-SPARKLINE_MONTHS:])


@dataclass(frozen=True)
class PackData:
    la_code: str | None
    la_name: str | None
    period: Period
    items: tuple[IndicatorData, ...]
    benchmark_origin: str
    snapshots_years: tuple[int, ...]


def _point(value: Value) -> Point:
    return Point(value.period, value.numerator, value.denominator, value.value)


def history_periods(years: Sequence[int], period: Period) -> list[Period]:
    """12 months to each month end from the end of the first loaded collection year (the
    first whole 12 months of data) to the period end."""
    first = date(min(years), 3, 1)
    return [p for p in monthly(first, period.end) if p.end <= period.end]


def _year_benchmarks(indicator: Indicator, la_code: str | None, years: Sequence[int],
                     benchmarks: BenchmarkSet) -> tuple[YearBenchmark, ...]:
    if indicator.comparator is None or la_code is None:
        return ()
    latest = benchmarks.latest_year(indicator.comparator)
    found = []
    for year in sorted(set(years)):
        if latest is None or year > latest:
            continue
        try:
            found.append(YearBenchmark(year, benchmarks.comparators(indicator.comparator,
                                                                    la_code, year)))
        except UnknownArea:
            return ()
    return tuple(found)


def gather(warehouse: Warehouse, indicators: Sequence[Indicator], period: Period,
           la_code: str | None, benchmarks: BenchmarkSet,
           targets: dict[str, Target]) -> PackData:
    """The figures of a pack for ``period`` over every loaded return."""
    years = sorted({s.collection_year for s in warehouse.current_snapshots()})
    periods = history_periods(years or [year_containing(period.end)], period)
    with warehouse.reading() as con:
        lines, values = score_with_series(con, indicators, period, la_code, benchmarks,
                                          targets, periods)
    series = {indicator: tuple(_point(v) for v in found) for indicator, found in values.items()}
    shown_years = [y for y in years if y <= year_containing(period.end)]
    items = tuple(IndicatorData(line.indicator, line, series[line.indicator.id],
                                _year_benchmarks(line.indicator, la_code, shown_years,
                                                 benchmarks))
                  for line in lines)
    try:
        name = benchmarks.area(la_code).name if la_code else None
    except UnknownArea:
        name = None
    return PackData(la_code, name, period, items, benchmarks.origin, tuple(years))
