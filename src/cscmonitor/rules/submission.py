"""What a validation runs over: one return's canonical tables for one year, the problems the
reader found in them, and (when loaded) the previous year's return for the "_last" rules."""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from cscmonitor.formats import Issue, ReadResult
from cscmonitor.model import ROW

READ_ISSUES_SCHEMA = pl.Schema({"table_name": pl.String(), ROW: pl.Int64(),
                                "field": pl.String(), "code": pl.String(),
                                "value": pl.String()})


@dataclass
class Submission:
    return_name: str
    year: int
    tables: dict[str, pl.DataFrame]
    read_issues: pl.DataFrame
    """Located value problems from reading (``table_name, _row, field, code, value``): a date
    the reader could not store is empty in its table, and rules about invalid values need to
    tell it from a blank one."""
    last_year: dict[str, pl.DataFrame] | None = None
    la_code: str | None = None

    @classmethod
    def from_read(cls, result: ReadResult,
                  last_year: dict[str, pl.DataFrame] | None = None) -> Submission:
        return cls(result.return_name, result.collection_year, result.tables,
                   issues_frame(result.issues), last_year, result.la_code)


def issues_frame(issues: list[Issue]) -> pl.DataFrame:
    """The value problems among ``issues``, as the ``read_issues`` table rules may query."""
    located = [i for i in issues if i.table and i.field and i.line is not None]
    return pl.DataFrame(
        {"table_name": [i.table for i in located], ROW: [i.line for i in located],
         "field": [i.field for i in located], "code": [i.code for i in located],
         "value": [i.value for i in located]},
        schema=READ_ISSUES_SCHEMA)
