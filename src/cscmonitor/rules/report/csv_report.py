"""The findings as CSV: one row per flagged record, for a spreadsheet or another tool."""

from __future__ import annotations

from functools import reduce
from pathlib import Path

import polars as pl

from cscmonitor.formats.excel_safety import FORMULA_STARTS
from cscmonitor.rules.report.columns import FROM_INPUT, output_frame


def _escaped(column: str) -> pl.Expr:
    """``escape_formula`` over a whole column at once."""
    text = pl.col(column)
    risky = reduce(lambda a, b: a | b, (text.str.starts_with(s) for s in FORMULA_STARTS))
    return pl.when(risky).then(pl.lit("'") + text).otherwise(text).alias(column)


def write_csv(findings: pl.DataFrame, path: Path) -> Path:
    """Text from the input is formula-escaped: a CSV is usually opened in a spreadsheet."""
    output_frame(findings.with_columns(_escaped(c) for c in FROM_INPUT)).write_csv(path)
    return path
