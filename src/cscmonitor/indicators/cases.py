"""An indicator's YAML cases: small hand-made returns and the exact figures expected.

In ``<id>.yml`` under ``cases:``::

    - name: a re-referral exactly 12 months later counts
      period: {end: 2025-03-31}            # the 12 months to end
      breakdown: age_band                  # optional
      returns:                             # loaded returns, oldest first
        - year: 2025
          la_code: "333"                   # optional: the authority the figures are for
          tables:
            cin_episode: [{LAchildID: A, CINdetailsID: 1, CINreferralDate: 2024-06-15}]
      expect: {numerator: 1, denominator: 2, value: 50.0, children: [A]}

``period: {"on": DATE}`` is one day (quote ``on``: YAML 1.1 reads it as true). ``series:
{first: 2024-05, last: 2024-06}`` instead of ``period`` computes the monthly series and
``expect: {periods: {2024-05-31: [numerator, denominator]}}`` checks it; ``expect: {groups:
{group: numerator}}`` (or ``group: [numerator, denominator]``) checks a breakdown, and
``quartiles: [lower, median, upper]`` an indicator's days. Rows go
through the readers' coercion, so dates and codes are written as a return would have them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import duckdb
import polars as pl
import yaml

from cscmonitor.formats.handmade import handmade_tables
from cscmonitor.indicators.definition import Indicator
from cscmonitor.indicators.engine import ALL, Value, compute
from cscmonitor.indicators.periods import Period, PeriodKind, monthly, parse_month
from cscmonitor.indicators.records import HISTORY_TABLES
from cscmonitor.model import registry


@dataclass(frozen=True)
class Case:
    indicator: Indicator
    name: str
    periods: tuple[Period, ...]
    returns: tuple[dict[str, Any], ...]
    expect: dict[str, Any]
    breakdown: str | None = None


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _periods(entry: dict[str, Any]) -> tuple[Period, ...]:
    if "series" in entry:
        series = entry["series"]
        return tuple(monthly(parse_month(str(series["first"])), parse_month(str(series["last"]))))
    period = entry["period"]
    day = period.get("on", period.get(True))  # YAML 1.1 reads a bare `on:` key as true
    if day is not None:
        return (Period.day(_day(day)),)
    end = _day(period["end"])
    kind = PeriodKind.YEAR if (end.month, end.day) == (3, 31) else PeriodKind.ROLLING
    return (Period.twelve_months_to(end, kind),)


def load_cases(indicator: Indicator) -> list[Case]:
    if indicator.source is None:
        raise ValueError(f"indicator {indicator.id} has no source file")
    document = yaml.safe_load(indicator.source.read_text(encoding="utf-8")) or {}
    return [Case(indicator=indicator, name=str(entry["name"]), periods=_periods(entry),
                 returns=tuple(entry.get("returns") or ()), expect=entry.get("expect") or {},
                 breakdown=entry.get("breakdown"))
            for entry in document.get("cases", [])]


def history_connection(returns: tuple[dict[str, Any], ...], file: str
                       ) -> duckdb.DuckDBPyConnection:
    """An in-memory connection whose ``<table>_history`` tables hold the hand-made returns,
    shaped as the warehouse's history views are."""
    con = duckdb.connect(":memory:")
    stored: dict[str, list[pl.DataFrame]] = {}
    for snapshot_id, entry in enumerate(returns, start=1):
        year = int(entry["year"])
        frames, _ = handmade_tables(entry.get("tables") or {}, year, file)
        for name, frame in frames.items():
            stored.setdefault(name, []).append(frame.with_columns(
                pl.lit(year, pl.Int32()).alias("collection_year"),
                pl.lit(entry.get("la_code"), pl.String()).alias("la_code"),
                pl.lit(snapshot_id, pl.Int64()).alias("snapshot_id")))
    for name in HISTORY_TABLES:
        table = registry().table(name)
        empty = table.empty_frame().with_columns(
            pl.lit(None, pl.Int32()).alias("collection_year"),
            pl.lit(None, pl.String()).alias("la_code"),
            pl.lit(None, pl.Int64()).alias("snapshot_id"))
        frame = pl.concat([empty, *stored.get(table.name, [])], how="diagonal_relaxed")
        con.register("incoming", frame.to_arrow())
        con.execute(f'CREATE TABLE "{table.name}_history" AS SELECT * FROM incoming')
        con.unregister("incoming")
    return con


def run_case(case: Case) -> list[Value]:
    """The case's values, for the authority its returns name (``la_code``), if any."""
    file = case.indicator.source.name if case.indicator.source else case.indicator.id
    authorities = {str(entry["la_code"]) for entry in case.returns if entry.get("la_code")}
    if len(authorities) > 1:
        raise ValueError(f"{file}: case {case.name!r} names several authorities")
    con = history_connection(case.returns, file)
    try:
        return compute(con, [case.indicator], case.periods, next(iter(authorities), None),
                       breakdown=case.breakdown)
    finally:
        con.close()


def mismatches(case: Case, values: list[Value]) -> list[str]:
    """What differs between the case's expectations and the computed values."""
    expect, problems = case.expect, []
    if "periods" in expect:
        got = {v.period.end: [v.numerator, v.denominator] for v in values}
        for end, pair in expect["periods"].items():
            if got.get(_day(end)) != [float(x) if x is not None else None for x in pair]:
                problems.append(f"{end}: expected {pair}, got {got.get(_day(end))}")
        return problems
    if "groups" in expect:
        pairs = any(isinstance(n, list) for n in expect["groups"].values())
        got_groups: dict[str, object] = {
            v.group: [v.numerator, v.denominator] if pairs else v.numerator
            for v in values if v.numerator or (pairs and v.denominator)}
        wanted: dict[str, object] = {
            str(k): [float(x) for x in n] if pairs else float(n)
            for k, n in expect["groups"].items()}
        if got_groups != wanted:
            problems.append(f"groups: expected {wanted}, got {got_groups}")
        return problems
    (value,) = [v for v in values if v.group == ALL]
    for key in ("numerator", "denominator", "value"):
        if key in expect and getattr(value, key) != (
                None if expect[key] is None else float(expect[key])):
            problems.append(f"{key}: expected {expect[key]}, got {getattr(value, key)}")
    if "quartiles" in expect and value.quartiles != tuple(float(q) for q in expect["quartiles"]):
        problems.append(f"quartiles: expected {expect['quartiles']}, got {value.quartiles}")
    if "children" in expect and list(value.children) != [str(c) for c in expect["children"]]:
        problems.append(f"children: expected {expect['children']}, got {list(value.children)}")
    return problems
