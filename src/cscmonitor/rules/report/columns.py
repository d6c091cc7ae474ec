"""The findings as every file output shows them: headings an analyst understands."""

from __future__ import annotations

import polars as pl

from cscmonitor.model import ROW

HEADINGS = {"rule": "rule", "severity": "severity", "table_name": "table", ROW: "row",
            "child_id": "child id", "fields": "fields", "values": "values",
            "message": "message"}
"""Findings column -> heading, in output order."""

FROM_INPUT = ("child_id", "values")
"""Columns whose text comes from the input files, so may be crafted to run as a formula."""


def output_frame(findings: pl.DataFrame) -> pl.DataFrame:
    return findings.select(list(HEADINGS)).rename(HEADINGS)
