"""England, region and statistical-neighbour benchmarks from DfE's published figures.

``load_benchmarks`` gives the figures imported into the warehouse (``cscmonitor benchmarks
import``) or, when none were, the copy shipped with cscmonitor. A ``BenchmarkSet`` answers
a ``Comparator`` for an LA and collection year: England, its region, the mean and median of
its ten statistical neighbours (2025 model) and the LA's own published figure.

The neighbours' mean and median are computed from their published figures, which DfE has
already rounded; neighbours whose figure is suppressed or missing are left out (the count
used is returned) and the result is rounded half-up to one decimal place, as shown.
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cached_property

import polars as pl

from cscmonitor.indicators.benchmarks.official import ENGLAND, Kind
from cscmonitor.indicators.benchmarks.shipped import read_shipped
from cscmonitor.indicators.comparator import Comparator
from cscmonitor.indicators.rounding import round_half_up
from cscmonitor.warehouse import Warehouse
from cscmonitor.warehouse.reference_data import ReferenceTables, read_reference_data

__all__ = ["Area", "BenchmarkSet", "Comparators", "Figure", "Population", "UnknownArea",
           "UnknownComparator", "load_benchmarks"]

_POPULATION_COLUMN = "population_estimate"


@dataclass(frozen=True)
class Figure:
    """One published figure: a number, or DfE's marker for why there is none."""

    value: float | None
    marker: str | None
    """c suppressed, k below 0.5, u low reliability, x not available, z not applicable,
    low (workforce: too few to show); None with a value, or when nothing was published."""


NOTHING = Figure(None, None)


@dataclass(frozen=True)
class Comparators:
    """What an LA's figure for one indicator and year is compared with."""

    england: Figure
    region: Figure
    sn_mean: Figure
    sn_median: Figure
    published: Figure
    """The LA's own figure as DfE published it."""
    neighbours_used: int
    """Statistical neighbours with a number (the others are left out of mean and median)."""
    source: str
    """For the appendix, e.g. ``DfE c1_children_in_need_...csv, year to 31 March 2025``."""


@dataclass(frozen=True)
class Population:
    """Children aged 0–17 (ONS mid-year estimate) used for a rate per 10,000."""

    count: int | None
    year: int | None
    """The mid-year estimate used (2024 = mid-2024)."""
    note: str
    """Empty when the estimate asked for was used; otherwise what was used instead and why."""


@dataclass(frozen=True)
class Area:
    code: str
    name: str
    region_code: str | None
    region_name: str | None


class UnknownArea(LookupError):
    """The code is not an LA, region or England in the benchmark data."""


class UnknownComparator(ValueError):
    """A comparator names a column or dimension values the statistics file does not have."""


def population_year(period_end: date) -> int:
    """The mid-year estimate a period ending on ``period_end`` uses: the calendar year before
    the year the period ends in (year to 31 March 2025 -> mid-2024; to 31 December 2024 ->
    mid-2023), so every month of one year uses the same estimate."""
    return period_end.year - 1


_Key = tuple[int, str, str]
"""(time_period, level, area code)"""


class BenchmarkSet:
    """Published figures, areas and neighbours of one edition of reference data."""

    def __init__(self, tables: ReferenceTables, origin: str) -> None:
        self.tables = tables
        self.origin = origin
        """Where the figures came from: the import time, or the shipped copy."""
        self._series: dict[tuple[str, str, str], dict[_Key, Figure]] = {}
        self._split: dict[str, dict[str, dict[str, pl.DataFrame]]] = {}

    @cached_property
    def _by_file(self) -> dict[str, pl.DataFrame]:
        parts = self.tables.figures.partition_by("stem", as_dict=True, include_key=False)
        return {str(stem): frame for (stem,), frame in parts.items()}

    def _file_series(self, stem: str) -> dict[str, dict[str, pl.DataFrame]]:
        """A file's figures by value column, then by dimension values (split on first use:
        a report asks for a few dozen of the ~2,000 series)."""
        if stem not in self._split:
            frame = self._by_file.get(stem, pl.DataFrame())
            split: dict[str, dict[str, pl.DataFrame]] = {}
            if frame.height:
                for (column, filters), part in frame.partition_by(
                        "value_column", "filters", as_dict=True).items():
                    split.setdefault(str(column), {})[str(filters)] = part
            self._split[stem] = split
        return self._split[stem]

    @cached_property
    def _files(self) -> dict[str, tuple[str, str]]:
        """stem -> (file name, kind)."""
        return {r["stem"]: (r["file_name"], r["kind"])
                for r in self.tables.files.iter_rows(named=True)}

    @cached_property
    def _areas(self) -> dict[str, Area]:
        return {r["code"]: Area(r["code"], r["name"], r["region_code"], r["region_name"])
                for r in self.tables.areas.iter_rows(named=True)}

    @cached_property
    def _levels(self) -> dict[str, str]:
        return {r["code"]: r["level"] for r in self.tables.areas.iter_rows(named=True)}

    @cached_property
    def _neighbours(self) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        for row in self.tables.neighbours.sort("la_code", "rank").iter_rows(named=True):
            found.setdefault(row["la_code"], []).append(row["neighbour_code"])
        return found

    def _filters(self, comparator: Comparator) -> str | None:
        """The stored dimension values ``comparator`` picks out; None when its file is not in
        the set. Raises ``UnknownComparator`` when the file is there but the column or
        dimension values don't pick exactly one series."""
        if comparator.file not in self._files:
            return None
        columns = self._file_series(comparator.file)
        series = columns.get(comparator.column)
        if series is None:
            raise UnknownComparator(f"{comparator.file} has no value column "
                                    f"{comparator.column!r} (it has {', '.join(sorted(columns))})")
        parsed = {text: json.loads(text) for text in series}
        wanted = dict(comparator.where)
        matching = [text for text, values in parsed.items()
                    if all(values.get(k) == v for k, v in wanted.items())]
        if len(matching) == 1:
            return matching[0]
        described = _dimensions(list(parsed.values()), wanted)
        if not matching:
            raise UnknownComparator(f"{comparator.file}:{comparator.column}: no figures where "
                                    f"{wanted}; the file's dimensions are {described}")
        raise UnknownComparator(f"{comparator.file}:{comparator.column}: {len(matching)} series "
                                f"match {wanted}; say which in 'where': {described}")

    def check(self, comparator: Comparator) -> None:
        """Raise ``UnknownComparator`` unless ``comparator`` picks exactly one published
        series (or its file is not in this set at all)."""
        self._filters(comparator)

    def _series_of(self, comparator: Comparator) -> dict[_Key, Figure] | None:
        filters = self._filters(comparator)
        if filters is None:
            return None
        key = (comparator.file, comparator.column, filters)
        if key not in self._series:
            frame = self._file_series(comparator.file)[comparator.column][filters]
            self._series[key] = {
                (r["time_period"], r["level"], r["area_code"]): Figure(r["value"], r["marker"])
                for r in frame.iter_rows(named=True)}
        return self._series[key]

    def comparators(self, comparator: Comparator, la_code: str, year: int,
                    per_10000: bool = False) -> Comparators:
        """England, region, neighbours and the LA's own figure for collection ``year``.

        ``per_10000``: turn each area's published count into a rate per 10,000 children aged
        0–17 (its ONS estimate for the year, see ``population``), for counts DfE publishes
        without a rate: only rates compare across areas of different sizes.
        """
        series = self._series_of(comparator)
        period = comparator.time_period(year)
        if series is None:
            return Comparators(NOTHING, NOTHING, NOTHING, NOTHING, NOTHING, 0,
                               f"{comparator.file} is not in the benchmark data ({self.origin})")
        as_of = date(year, 3, 31)

        def figure(level: str, code: str) -> Figure:
            found = series.get((period, level, code), NOTHING)
            if not per_10000 or found.value is None:
                return found
            population = self.population(code, as_of).count
            if not population:
                return NOTHING
            return Figure(round_half_up(found.value / population * 10_000), None)

        area = self._areas.get(la_code)
        region = (figure("region", area.region_code)
                  if area is not None and area.region_code else NOTHING)
        values = [found.value for code in self.neighbours(la_code)
                  if (found := figure("la", code)).value is not None]
        mean = Figure(round_half_up(statistics.fmean(values)), None) if values else NOTHING
        median = Figure(round_half_up(statistics.median(values)), None) if values else NOTHING
        name = self._files[comparator.file][0]
        when = (f"census at 30 September {period}" if comparator.census
                else f"year to 31 March {period}")
        rate = ", per 10,000 children aged 0-17 (ONS mid-year estimates)" if per_10000 else ""
        return Comparators(
            england=figure("england", ENGLAND), region=region,
            sn_mean=mean, sn_median=median, published=figure("la", la_code),
            neighbours_used=len(values), source=f"DfE {name}, {when}{rate}")

    def latest_year(self, comparator: Comparator) -> int | None:
        """The latest collection year with any England, region or LA figure."""
        series = self._series_of(comparator)
        if not series:
            return None
        return comparator.collection_year(max(period for period, _, _ in series))

    def neighbours(self, la_code: str) -> list[str]:
        """The LA's statistical neighbours, closest first (empty when the model lacks it)."""
        return list(self._neighbours.get(la_code, []))

    def area(self, la_code: str) -> Area:
        try:
            return self._areas[la_code]
        except KeyError:
            raise UnknownArea(f"{la_code} is not an area in the benchmark data") from None

    def population(self, la_code: str, period_end: date) -> Population:
        """Children aged 0–17 in the area for a rate over the period ending ``period_end``:
        the mid-year estimate of ``population_year``, or the nearest year published (said in
        ``note``). ``la_code`` may also be a region code or England's."""
        stems = [stem for stem, (_, kind) in self._files.items() if kind == Kind.POPULATION]
        level = self._levels.get(la_code)
        if not stems or level is None:
            missing = ("no population estimates" if not stems else f"no area {la_code}")
            return Population(None, None, f"{missing} in the benchmark data")
        series = self._series_of(Comparator(stems[0], _POPULATION_COLUMN)) or {}
        years = sorted(p for p, lvl, code in series if lvl == level and code == la_code)
        wanted = population_year(period_end)
        if not years:
            return Population(None, None, f"no population estimate for {la_code}")
        used = min(years, key=lambda year: (abs(year - wanted), -year))
        note = ("" if used == wanted else
                f"mid-{wanted} estimate not published; used mid-{used}, the nearest available")
        figure = series[(used, level, la_code)]
        if figure.value is None:
            return Population(None, used, f"mid-{used} estimate not published "
                                          f"({figure.marker})")
        return Population(int(figure.value), used, note)


def _dimensions(series: list[dict[str, str]], wanted: Mapping[str, str]) -> str:
    values: dict[str, set[str]] = {}
    for filters in series:
        for name, value in filters.items():
            values.setdefault(name, set()).add(value)
    return "; ".join(f"{name}: {sorted(found)}" for name, found in sorted(values.items())
                     if len(found) > 1 or name in wanted) or "none"


def load_benchmarks(warehouse: Warehouse | None = None) -> BenchmarkSet:
    """The figures imported into ``warehouse``, else the copy shipped with cscmonitor."""
    stored = read_reference_data(warehouse) if warehouse is not None else None
    if stored is not None:
        when = stored.imported_at.strftime("%Y-%m-%d %H:%M UTC")
        return BenchmarkSet(stored.tables, f"imported {when} by {stored.imported_by}")
    return BenchmarkSet(read_shipped(), "the copy shipped with cscmonitor")
