"""Submissions from the warehouse: a stored snapshot, and the previous year's return.

DfE's "_last" rules compare a return with the same authority's return of the year before. That
return is the *current* snapshot (the latest loaded) of the same return, LA and year - 1; when
none is loaded, those rules are skipped and say why.
"""

from __future__ import annotations

import polars as pl

from cscmonitor.model import registry
from cscmonitor.rules.engine import Validation
from cscmonitor.rules.submission import Submission, issues_frame
from cscmonitor.warehouse import Snapshot, Warehouse
from cscmonitor.warehouse.findings import store_validation
from cscmonitor.warehouse.schema import SNAPSHOT_ID


def snapshot_tables(warehouse: Warehouse, snapshot: Snapshot) -> dict[str, pl.DataFrame]:
    """The canonical frames of one snapshot (tables it has no rows for are left out)."""
    spec = registry().return_spec(snapshot.return_name)
    return {table.name: warehouse.table(table.name, snapshot.snapshot_id).drop(SNAPSHOT_ID)
            for table in spec.tables if snapshot.row_counts.get(table.name)}


def previous_year(warehouse: Warehouse, return_name: str, year: int,
                  la_code: str | None) -> Snapshot | None:
    """The current snapshot of the same return and authority for ``year - 1``, if loaded."""
    for snapshot in warehouse.current_snapshots():
        if (snapshot.return_name, snapshot.collection_year, snapshot.la_code) == (
                return_name, year - 1, la_code):
            return snapshot
    return None


def last_year_tables(warehouse: Warehouse, return_name: str, year: int,
                     la_code: str | None) -> dict[str, pl.DataFrame] | None:
    """The previous year's tables for the "_last" rules, or None when it isn't loaded."""
    found = previous_year(warehouse, return_name, year, la_code)
    return None if found is None else snapshot_tables(warehouse, found)


def stored_submission(warehouse: Warehouse, snapshot_id: int) -> Submission:
    """A stored snapshot as a submission, with its read problems and last year's return."""
    snapshot = warehouse.snapshot(snapshot_id)
    return Submission(
        return_name=snapshot.return_name, year=snapshot.collection_year,
        tables=snapshot_tables(warehouse, snapshot),
        read_issues=issues_frame(warehouse.issues(snapshot_id)),
        last_year=last_year_tables(warehouse, snapshot.return_name, snapshot.collection_year,
                                   snapshot.la_code),
        la_code=snapshot.la_code,
    )


def runs_frame(validation: Validation) -> pl.DataFrame:
    """The rule runs as a plain frame, one row per rule, in run order."""
    return pl.DataFrame(
        {"rule": [r.rule.code for r in validation.runs],
         "severity": [r.rule.severity.value for r in validation.runs],
         "outcome": [r.outcome.value for r in validation.runs],
         "findings": [r.findings for r in validation.runs],
         "detail": [r.detail for r in validation.runs]},
        schema={"rule": pl.String(), "severity": pl.String(), "outcome": pl.String(),
                "findings": pl.Int64(), "detail": pl.String()})


def keep_validation(warehouse: Warehouse, snapshot_id: int, validation: Validation) -> None:
    """Store a snapshot's validation with it (replacing an earlier one of that snapshot)."""
    store_validation(warehouse, snapshot_id, runs_frame(validation), validation.findings)
