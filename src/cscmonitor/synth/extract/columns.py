"""Building canonical frames column by column from simulated records.

Extracts collect each table as lists of values per column (dates as day ordinals), then make
one frame with exactly the table's canonical schema: every column of every year in order, then
``_row`` (left empty: synthetic rows have no source line).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import polars as pl

from cscmonitor.model import ROW, ColumnType, Table

UNIX_EPOCH = 719_163
"""``date(1970, 1, 1).toordinal()``: polars dates count days from it."""


class Rows:
    """Column lists for one table; ``add`` takes a record by column name."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self.columns: dict[str, list[Any]] = {c.name: [] for c in table.columns}

    def add(self, **values: Any) -> None:
        for name, column in self.columns.items():
            column.append(values.get(name))

    def __len__(self) -> int:
        return len(next(iter(self.columns.values()), []))

    def frame(self) -> pl.DataFrame:
        schema = self.table.polars_schema()
        series = []
        for column in self.table.columns:
            values = self.columns[column.name]
            if column.type is ColumnType.DATE:
                ordinals = pl.Series(column.name, values, dtype=pl.Int64)
                series.append((ordinals - UNIX_EPOCH).cast(pl.Date))
            else:
                series.append(pl.Series(column.name, values, dtype=schema[column.name]))
        series.append(pl.Series(ROW, [None] * len(self), dtype=pl.Int64))
        return pl.DataFrame(series)


def frames(rows: Mapping[str, Rows]) -> dict[str, pl.DataFrame]:
    return {name: r.frame() for name, r in rows.items()}
