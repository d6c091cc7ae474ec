from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import polars as pl
import pytest

from cscmonitor.warehouse import SnapshotNotFound, Warehouse, WarehouseError
from cscmonitor.warehouse.findings import findings, quality_trend, rule_runs, store_validation
from tests.warehouse.toy import toy_result

RUNS = pl.DataFrame({"rule": ["101", "102", "103"], "severity": ["error", "query", "error"],
                     "outcome": ["failed", "failed", "crashed"], "findings": [2, 1, 0],
                     "detail": ["", "", "BinderException: no column"]})
FOUND = pl.DataFrame({
    "rule": ["101", "101", "102"], "severity": ["error", "error", "query"],
    "table_name": ["toy_child"] * 3, "_row": [2, 3, 2], "child_id": ["A1", "B2", "A1"],
    "fields": ["DOB"] * 3, "values": ["DOB=", "DOB=", "DOB="], "message": ["m1", "m1", "m2"],
})


def _snapshot(warehouse: Warehouse, folder: Path, name: str = "a.csv") -> int:
    return warehouse.load(toy_result(folder, name, content=name)).snapshot_id


def test_a_validation_is_kept_with_its_snapshot(warehouse: Warehouse, tmp_path: Path) -> None:
    snapshot_id = _snapshot(warehouse, tmp_path)
    when = datetime(2026, 4, 30, 12, 0, tzinfo=UTC)
    store_validation(warehouse, snapshot_id, RUNS, FOUND, when)
    runs = rule_runs(warehouse, snapshot_id)
    assert runs.drop("snapshot_id", "validated_at").equals(RUNS)
    assert runs.get_column("validated_at").to_list() == [when.replace(tzinfo=None)] * 3
    assert findings(warehouse, snapshot_id).drop("snapshot_id").equals(FOUND)


def test_validating_again_replaces_only_that_snapshots_findings(warehouse: Warehouse,
                                                                tmp_path: Path) -> None:
    first, second = _snapshot(warehouse, tmp_path), _snapshot(warehouse, tmp_path, "b.csv")
    store_validation(warehouse, first, RUNS, FOUND)
    store_validation(warehouse, second, RUNS, FOUND)
    store_validation(warehouse, first, RUNS.head(1), FOUND.head(1))
    assert rule_runs(warehouse, first).height == 1
    assert findings(warehouse, first).height == 1
    assert findings(warehouse, second).height == 3
    assert findings(warehouse).height == 4


def test_nothing_stored_reads_as_empty_frames(warehouse: Warehouse, tmp_path: Path) -> None:
    snapshot_id = _snapshot(warehouse, tmp_path)
    assert rule_runs(warehouse, snapshot_id).columns == [
        "snapshot_id", "validated_at", "rule", "severity", "outcome", "findings", "detail"]
    assert findings(warehouse).height == 0
    assert quality_trend(warehouse).height == 0


def test_frames_must_have_the_tables_columns(warehouse: Warehouse, tmp_path: Path) -> None:
    snapshot_id = _snapshot(warehouse, tmp_path)
    with pytest.raises(WarehouseError, match="findings: expected columns"):
        store_validation(warehouse, snapshot_id, RUNS, FOUND.drop("values"))
    with pytest.raises(SnapshotNotFound):
        store_validation(warehouse, 99, RUNS, FOUND)
    assert findings(warehouse).height == 0


def test_quality_trend_counts_each_validated_snapshot(warehouse: Warehouse,
                                                      tmp_path: Path) -> None:
    first, second = _snapshot(warehouse, tmp_path), _snapshot(warehouse, tmp_path, "b.csv")
    store_validation(warehouse, first, RUNS, FOUND)
    store_validation(warehouse, second, RUNS.head(1).with_columns(outcome=pl.lit("passed")),
                     FOUND.clear())
    trend = quality_trend(warehouse).drop("validated_at")
    assert trend.rows() == [(first, 2, 1, 2, 1, 0), (second, 0, 0, 0, 0, 0)]
