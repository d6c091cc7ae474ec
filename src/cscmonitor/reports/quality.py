"""The data-quality section: validation findings by return over time, and the indicators
each return's problems can affect.

Findings come from the warehouse (``cscmonitor validate --snapshot ID`` keeps them with the
snapshot). A return affects an indicator when the indicator reads one of the tables the
findings are in. Only counts leave this module: never a child id, row or value.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import polars as pl

from cscmonitor.indicators.definition import Indicator
from cscmonitor.model.registry import registry
from cscmonitor.warehouse import Warehouse
from cscmonitor.warehouse.findings import findings, rule_runs


@dataclass(frozen=True)
class QualityRow:
    return_name: str
    return_title: str
    collection_year: int
    snapshot_id: int
    validated: str
    """When the snapshot was validated (empty when it never was)."""
    errors: int
    queries: int
    children: int
    """Children with at least one finding: a count of children, suppressed for the public."""
    indicators: tuple[str, ...]
    """Titles of the indicators reading the tables with errors."""


def quality_rows(warehouse: Warehouse, indicators: Sequence[Indicator]) -> list[QualityRow]:
    """One row per current snapshot, by return then collection year."""
    runs = rule_runs(warehouse)
    found = findings(warehouse)
    validated = {r["snapshot_id"]: r["validated_at"] for r in runs.group_by("snapshot_id").agg(
        pl.col("validated_at").max()).iter_rows(named=True)}
    rows = []
    for snapshot in sorted(warehouse.current_snapshots(),
                           key=lambda s: (s.return_name, s.collection_year)):
        mine = found.filter(pl.col("snapshot_id") == snapshot.snapshot_id)
        errors = mine.filter(pl.col("severity") == "error")
        tables = set(errors["table_name"].drop_nulls().to_list())
        when = validated.get(snapshot.snapshot_id)
        rows.append(QualityRow(
            return_name=snapshot.return_name,
            return_title=registry().return_spec(snapshot.return_name).title,
            collection_year=snapshot.collection_year,
            snapshot_id=snapshot.snapshot_id,
            validated=when.strftime("%d/%m/%Y") if when is not None else "",
            errors=errors.height,
            queries=mine.filter(pl.col("severity") == "query").height,
            children=mine["child_id"].drop_nulls().n_unique(),
            indicators=tuple(i.title for i in indicators if tables & set(i.tables))))
    return rows
