"""One engine for every indicator: any periods, any breakdown, in one pass per indicator.

The engine builds the record tables once (``records``), puts the requested periods in a
``periods`` table (``period_start``, ``period_end``), runs each indicator's SQL over them and
sums its rows per period (and breakdown group). A monthly series over the whole history is
one call with many periods, not one call per month.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import duckdb
import polars as pl

from cscmonitor.indicators.definition import Indicator, Unit
from cscmonitor.indicators.periods import Period
from cscmonitor.indicators.records import build_period_records, build_records
from cscmonitor.indicators.rounding import round_half_up
from cscmonitor.warehouse.macros import install

ALL = "all"
"""The group of a value that is not broken down."""


@dataclass(frozen=True)
class Value:
    """An indicator's figure for one period (and breakdown group).

    ``children`` lists the children behind the numerator: for authorised views only, never
    for a published output.
    """

    indicator: str
    period: Period
    group: str
    numerator: float
    denominator: float | None
    value: float | None
    children: tuple[str, ...]
    quartiles: tuple[float, float, float] | None = None
    """Lower quartile, median and upper quartile of the units' days (see
    ``Indicator.quartiles``), in whole days rounded half up."""


def _value(indicator: Indicator, numerator: float, denominator: float | None) -> float | None:
    if indicator.unit is Unit.COUNT:
        return numerator
    if not denominator:
        return None
    ratio = numerator / denominator * (100 if indicator.unit is Unit.PERCENT else 1)
    return round_half_up(ratio, indicator.decimals)


_QUARTILES = ("quantile_cont(u.days, [0.25, 0.5, 0.75]) "
              "FILTER (WHERE u.days IS NOT NULL AND u.denominator > 0)")
"""Quartiles interpolated between the middle units, as a spreadsheet's QUARTILE does."""


def _periods_frame(periods: Sequence[Period]) -> pl.DataFrame:
    return pl.DataFrame({"period_start": [p.start for p in periods],
                         "period_end": [p.end for p in periods]},
                        schema={"period_start": pl.Date(), "period_end": pl.Date()})


def prepare(con: duckdb.DuckDBPyConnection, periods: Sequence[Period],
            la_code: str | None) -> None:
    """Give ``con`` the macros, record tables and ``periods`` every indicator's SQL reads."""
    if len({p.end for p in periods}) != len(periods):
        raise ValueError("each period must end on a different day")
    install(con)
    build_records(con, la_code)
    frame = _periods_frame(periods)
    con.register("requested_periods", frame.to_arrow())
    con.execute("CREATE OR REPLACE TEMP TABLE periods AS SELECT * FROM requested_periods")
    con.unregister("requested_periods")
    build_period_records(con)


def compute_prepared(con: duckdb.DuckDBPyConnection, indicator: Indicator,
                     periods: Sequence[Period], breakdown: str | None = None) -> list[Value]:
    """One indicator over the periods already in ``con`` (see ``prepare``)."""
    if breakdown is not None and breakdown not in indicator.breakdowns:
        raise ValueError(f"indicator {indicator.id} has no breakdown {breakdown!r}; it allows "
                         f"{', '.join(indicator.breakdowns) or 'none'}")
    group = f"coalesce(CAST(u.{breakdown} AS VARCHAR), 'unknown')" if breakdown \
        else f"'{ALL}'"
    try:
        rows = con.execute(f"""
            WITH units AS ({indicator.sql})
            SELECT u.period_end, {group} AS grp, sum(u.numerator) AS numerator,
                   sum(u.denominator) AS denominator,
                   list(DISTINCT CAST(u.child_id AS VARCHAR) ORDER BY CAST(u.child_id AS VARCHAR))
                       FILTER (WHERE u.numerator > 0 AND u.child_id IS NOT NULL) AS children,
                   {_QUARTILES if indicator.quartiles else "NULL"} AS quartiles
            FROM units u GROUP BY ALL
        """).fetchall()
    except duckdb.Error as error:
        raise RuntimeError(f"indicator {indicator.id} ({indicator.source}): {error}") from error
    by_end = {p.end: p for p in periods}
    found = {(end, grp): (num or 0.0, den, children, quartiles)
             for end, grp, num, den, children, quartiles in rows}
    groups = sorted({grp for _, grp in found}) or [ALL]
    values = []
    for period in periods:
        for grp in groups:
            numerator, denominator, children, quartiles = found.get(
                (period.end, grp), (0.0, None, [], None))
            if indicator.unit is not Unit.COUNT and denominator is None:
                denominator = 0.0
            values.append(Value(
                indicator=indicator.id, period=by_end[period.end], group=grp,
                numerator=float(numerator),
                denominator=None if denominator is None else float(denominator),
                value=_value(indicator, float(numerator), denominator),
                children=tuple(children or ()),
                quartiles=tuple(round_half_up(q, 0) for q in quartiles)  # type: ignore[arg-type]
                if quartiles else None))
    return values


def compute(con: duckdb.DuckDBPyConnection, indicators: Sequence[Indicator],
            periods: Sequence[Period], la_code: str | None = None,
            breakdown: str | None = None) -> list[Value]:
    """Every indicator for every period, over the ``<table>_history`` relations of ``con``."""
    prepare(con, periods, la_code)
    values: list[Value] = []
    for indicator in indicators:
        values += compute_prepared(con, indicator, periods, breakdown)
    return values
