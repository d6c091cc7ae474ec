from __future__ import annotations

from datetime import UTC, datetime

import polars as pl
import pytest
from polars.testing import assert_frame_equal

from cscmonitor.warehouse import Warehouse, reference_data
from cscmonitor.warehouse.reference_data import (
    BENCHMARK_AREAS,
    BENCHMARK_FIGURES,
    BENCHMARK_FILES,
    BENCHMARK_NEIGHBOURS,
    ReferenceTables,
    polars_schema,
    read_reference_data,
    store_reference_data,
)


def tables(value: float) -> ReferenceTables:
    return ReferenceTables(
        files=pl.DataFrame([{"file_name": "t.csv", "stem": "t", "kind": "statistics",
                             "sha256": "ab", "size_bytes": 10, "figures": 2}],
                           schema=polars_schema(BENCHMARK_FILES)),
        figures=pl.DataFrame([
            {"stem": "t", "value_column": "n", "filters": "{}", "time_period": 2025,
             "level": "la", "area_code": "333", "value": value, "marker": None},
            {"stem": "t", "value_column": "n", "filters": "{}", "time_period": 2025,
             "level": "la", "area_code": "336", "value": None, "marker": "c"},
        ], schema=polars_schema(BENCHMARK_FIGURES)),
        areas=pl.DataFrame([{"code": "333", "level": "la", "name": "Sandwell",
                             "ons_code": "E08000028", "region_code": "E12000005",
                             "region_name": "West Midlands"}],
                           schema=polars_schema(BENCHMARK_AREAS)),
        neighbours=pl.DataFrame([{"la_code": "333", "rank": 1, "neighbour_code": "336",
                                  "closeness": "Very close"}],
                                schema=polars_schema(BENCHMARK_NEIGHBOURS)),
    )


def test_nothing_imported(warehouse: Warehouse) -> None:
    assert read_reference_data(warehouse) is None


def test_store_and_read_back(warehouse: Warehouse) -> None:
    when = datetime(2026, 11, 1, 9, 30, tzinfo=UTC)
    store_reference_data(warehouse, tables(22.7), imported_at=when)
    stored = read_reference_data(warehouse)
    assert stored is not None and stored.imported_at == when
    for name, frame in tables(22.7).frames().items():
        assert_frame_equal(stored.tables.frames()[name], frame)


def test_an_import_replaces_the_previous_one(warehouse: Warehouse) -> None:
    store_reference_data(warehouse, tables(22.7))
    store_reference_data(warehouse, tables(19.0))
    stored = read_reference_data(warehouse)
    assert stored is not None
    assert stored.tables.figures.get_column("value").to_list() == [19.0, None]
    assert stored.tables.files.height == 1


def test_a_failed_import_changes_nothing(warehouse: Warehouse,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    store_reference_data(warehouse, tables(22.7))

    def fail() -> str:
        raise RuntimeError("interrupted")

    monkeypatch.setattr(reference_data, "loaded_by", fail)
    with pytest.raises(RuntimeError):
        store_reference_data(warehouse, tables(19.0))
    stored = read_reference_data(warehouse)
    assert stored is not None
    assert stored.tables.figures.get_column("value").to_list() == [22.7, None]


def test_frames_missing_a_column_are_refused(warehouse: Warehouse) -> None:
    good = tables(1.0)
    bad = ReferenceTables(good.files, good.figures.drop("marker"), good.areas, good.neighbours)
    with pytest.raises(ValueError, match="benchmark_figures: missing columns"):
        store_reference_data(warehouse, bad)
