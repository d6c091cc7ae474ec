"""Hypothesis strategies for valid canonical tables, shared by every round-trip test.

Values are what a writer must be able to carry and a reader give back unchanged: codes valid in
the year, real dates, whole seconds, trimmed non-empty text. Mandatory columns are always
filled; columns outside the year are always empty; key tuples are unique.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import polars as pl
from hypothesis import strategies as st

from cscmonitor.model import ROW, Column, ColumnType, Table, registry

TEXT = st.text(alphabet="ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz0123456789",
               min_size=1, max_size=12)
DATES = st.dates(min_value=date(1995, 1, 1), max_value=date(2029, 12, 31))


def values_for(column: Column, year: int | None) -> st.SearchStrategy[Any]:
    """Valid values of one column in ``year`` (never null)."""
    kind = column.type
    if kind is ColumnType.CODE:
        assert column.codelist is not None
        codes = registry().codelist(column.codelist).codes_in_year(year)
        return st.sampled_from(codes) if codes else st.none()
    if kind is ColumnType.DATE:
        return DATES
    if kind is ColumnType.DATETIME:
        return st.datetimes(min_value=datetime(1995, 1, 1), max_value=datetime(2029, 12, 31)
                            ).map(lambda d: d.replace(microsecond=0))
    if kind is ColumnType.INTEGER:
        return st.integers(min_value=0, max_value=999)
    if kind is ColumnType.DECIMAL:
        return st.integers(min_value=0, max_value=10_000).map(lambda n: n / 100)
    if kind is ColumnType.BOOLEAN:
        return st.booleans()
    return TEXT


def cell(column: Column, year: int | None) -> st.SearchStrategy[Any]:
    if not column.in_year(year):
        return st.none()
    if column.mandatory:
        return values_for(column, year)
    return st.one_of(st.none(), values_for(column, year))


def rows(table: Table, year: int | None,
         overrides: dict[str, st.SearchStrategy[Any]] | None = None
         ) -> st.SearchStrategy[dict[str, Any]]:
    """One valid record; ``overrides`` fixes chosen columns (e.g. a parent's key)."""
    overrides = overrides or {}
    return st.fixed_dictionaries(
        {c.name: overrides.get(c.name, cell(c, year)) for c in table.columns})


def frame(table: Table, records: list[dict[str, Any]]) -> pl.DataFrame:
    """Canonical frame of ``records`` with ``_row`` numbered from 1."""
    data = {c.name: [r.get(c.name) for r in records] for c in table.columns}
    data[ROW] = list(range(1, len(records) + 1))
    return pl.DataFrame(data, schema=table.polars_schema())


@st.composite
def canonical_frames(draw: st.DrawFn, table: Table, year: int | None, min_rows: int = 0,
                     max_rows: int = 8,
                     overrides: dict[str, st.SearchStrategy[Any]] | None = None
                     ) -> pl.DataFrame:
    """A valid canonical frame of ``table`` with unique keys."""
    records = draw(st.lists(
        rows(table, year, overrides), min_size=min_rows, max_size=max_rows,
        unique_by=lambda r: tuple(r[k] for k in table.key) if table.key else id(r)))
    return frame(table, records)


def without_row(frame_: pl.DataFrame, table: Table) -> pl.DataFrame:
    """A frame compared on content: ``_row`` dropped, rows in key order."""
    result = frame_.drop(ROW)
    order = list(table.key) or result.columns
    return result.sort(order, nulls_last=True, maintain_order=True)


def assert_same_tables(written: dict[str, pl.DataFrame], read: dict[str, pl.DataFrame]) -> None:
    """Every written table comes back with the same content."""
    from polars.testing import assert_frame_equal

    for name, expected in written.items():
        table = registry().table(name)
        assert name in read, f"table {name} did not come back"
        assert_frame_equal(without_row(read[name], table), without_row(expected, table),
                           check_row_order=False)
