"""The scorecard: each indicator's latest figure beside last year's, the benchmarks and the
target, with its RAG status and direction of travel.

It is what the ``indicators`` command prints and what the board pack is built from. Values come
from the engine; benchmarks are those published for the collection year the period ends in, or
the latest year published before it (said in ``benchmark_year``), because DfE publishes a year's
figures months after it ends.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import duckdb

from cscmonitor.indicators.benchmarks import (
    BenchmarkSet,
    Comparators,
    Figure,
    Population,
    UnknownArea,
)
from cscmonitor.indicators.comparator import Comparator
from cscmonitor.indicators.definition import Indicator, Polarity
from cscmonitor.indicators.engine import Value, compute_prepared, prepare
from cscmonitor.indicators.periods import Period, PeriodKind, years_before
from cscmonitor.indicators.rag import Direction, Rag, direction, rag
from cscmonitor.indicators.rounding import round_half_up
from cscmonitor.indicators.targets import Target
from cscmonitor.model.years import year_containing


@dataclass(frozen=True)
class ScoreLine:
    indicator: Indicator
    current: Value
    last_year: Value | None
    rate: float | None
    """Per 10,000 children aged 0–17, for counts that have a published rate."""
    population: Population | None
    benchmarks: Comparators | None
    rate_benchmarks: Comparators | None
    """For counts with a published rate: the rates per 10,000, which compare across areas."""
    benchmark_year: int | None
    target: Target | None
    rag: Rag
    direction: Direction

    @property
    def polarity(self) -> Polarity:
        return self.target.polarity if self.target and self.target.polarity \
            else self.indicator.polarity


def year_earlier(period: Period) -> Period:
    """The same period one year before (the official year before, or 12 months to the same
    month end a year earlier, or the same day)."""
    end = years_before(period.end, 1)
    if period.kind is PeriodKind.DAY:
        return Period.day(end)
    if period.end.day != end.day and period.end.month == 2:
        end = end.replace(day=28)
    return Period.twelve_months_to(end, period.kind)


def _benchmark(comparator: Comparator | None, period: Period, la_code: str | None,
               benchmarks: BenchmarkSet, per_10000: bool = False
               ) -> tuple[Comparators | None, int | None]:
    if comparator is None or la_code is None:
        return None, None
    latest = benchmarks.latest_year(comparator)
    if latest is None:
        return None, None
    year = min(year_containing(period.end), latest)
    try:
        return benchmarks.comparators(comparator, la_code, year, per_10000), year
    except UnknownArea:
        return None, None


def _rate_benchmark(indicator: Indicator, period: Period, la_code: str | None,
                    benchmarks: BenchmarkSet) -> Comparators | None:
    """Rates per 10,000 for a count: DfE's published rates where the file has them, else its
    published counts over each area's population."""
    if indicator.comparator is None or not indicator.rate_per_10000:
        return None
    published = indicator.comparator.rate_comparator
    if published is not None:
        return _benchmark(published, period, la_code, benchmarks)[0]
    return _benchmark(indicator.comparator, period, la_code, benchmarks, per_10000=True)[0]


def _rate(value: Value, population: Population | None) -> float | None:
    if population is None or not population.count:
        return None
    return round_half_up(value.numerator / population.count * 10_000, 1)


def score(con: duckdb.DuckDBPyConnection, indicators: Sequence[Indicator], period: Period,
          la_code: str | None, benchmarks: BenchmarkSet, targets: dict[str, Target],
          done: Callable[[Indicator], None] | None = None) -> list[ScoreLine]:
    """One scorecard line per indicator for ``period``, over the history relations of ``con``
    (``done`` is told as each indicator is finished, for a progress bar)."""
    return score_with_series(con, indicators, period, la_code, benchmarks, targets, (),
                             done)[0]


def score_with_series(con: duckdb.DuckDBPyConnection, indicators: Sequence[Indicator],
                      period: Period, la_code: str | None, benchmarks: BenchmarkSet,
                      targets: dict[str, Target], series: Sequence[Period],
                      done: Callable[[Indicator], None] | None = None
                      ) -> tuple[list[ScoreLine], dict[str, list[Value]]]:
    """The scorecard and, from the same pass, each indicator's values over ``series`` (the
    monthly history a report draws): the records are built once for both."""
    earlier = year_earlier(period)
    wanted = {p.end: p for p in series}
    for own in (earlier, period):
        if wanted.setdefault(own.end, own).start != own.start:
            raise ValueError(f"{own.label} and a series period end on the same day")
    periods = sorted(wanted.values())
    prepare(con, periods, la_code)
    population = benchmarks.population(la_code, period.end) if la_code else None
    lines, values = [], {}
    for indicator in indicators:
        found = compute_prepared(con, indicator, periods)
        by_end = {v.period.end: v for v in found}
        values[indicator.id] = [v for v in found if v.period.end in {p.end for p in series}]
        current, previous = by_end[period.end], by_end.get(earlier.end)
        comparators, year = _benchmark(indicator.comparator, period, la_code, benchmarks)
        rates = _rate_benchmark(indicator, period, la_code, benchmarks)
        target = targets.get(indicator.id)
        polarity = target.polarity if target and target.polarity else indicator.polarity
        previous_value = previous.value if previous else None
        lines.append(ScoreLine(
            indicator=indicator, current=current, last_year=previous,
            rate=_rate(current, population) if indicator.rate_per_10000 else None,
            population=population if indicator.rate_per_10000 else None,
            benchmarks=comparators, rate_benchmarks=rates, benchmark_year=year, target=target,
            rag=rag(current.value, target, polarity, previous_value),
            direction=direction(current.value, previous_value, polarity)))
        if done is not None:
            done(indicator)
    return lines, values


def _figure(comparators: Comparators | None, name: str) -> float | str | None:
    if comparators is None:
        return None
    figure: Figure = getattr(comparators, name)
    return figure.value if figure.value is not None else figure.marker


def line_record(line: ScoreLine) -> dict[str, object]:
    """One scorecard line as plain fields, for CSV, JSON and spreadsheets (no child ids)."""
    current, previous = line.current, line.last_year
    return {
        "indicator": line.indicator.id, "title": line.indicator.title,
        "period": current.period.label, "period_end": current.period.end.isoformat(),
        "unit": line.indicator.unit.value, "value": current.value,
        "numerator": current.numerator, "denominator": current.denominator,
        "rate_per_10000": line.rate,
        "lower_quartile_days": current.quartiles[0] if current.quartiles else None,
        "median_days": current.quartiles[1] if current.quartiles else None,
        "upper_quartile_days": current.quartiles[2] if current.quartiles else None,
        "last_year": previous.value if previous else None,
        "england": _figure(line.benchmarks, "england"),
        "region": _figure(line.benchmarks, "region"),
        "sn_mean": _figure(line.benchmarks, "sn_mean"),
        "sn_median": _figure(line.benchmarks, "sn_median"),
        "published": _figure(line.benchmarks, "published"),
        "england_rate": _figure(line.rate_benchmarks, "england"),
        "sn_median_rate": _figure(line.rate_benchmarks, "sn_median"),
        "published_rate": _figure(line.rate_benchmarks, "published"),
        "benchmark_year": line.benchmark_year,
        "target": line.target.target if line.target else None,
        "polarity": line.polarity.value, "rag": line.rag.value,
        "direction": line.direction.value,
    }
