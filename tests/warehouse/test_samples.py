"""The real readers' output stored and read back, with the real registry (integration)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from benchmarks import datasets
from cscmonitor.formats import ReadResult, read
from cscmonitor.warehouse import Warehouse

SAMPLES = {
    "cin-small": ("cin", "cin_2026_small_sample.xml"),
    "cin-larger": ("cin", "cin_fake_larger_sample.xml"),
    "ssda903": ("ssda903",),
    "annex_a": ("annex_a", "Annex_A_2024_Jan_sample.xlsx"),
    "workforce": ("workforce", "social_work_workforce_2022_sample.xml"),
}


def sample(reference: Path, name: str) -> ReadResult:
    [result] = read([reference.joinpath("samples", *SAMPLES[name])])
    return result


@pytest.fixture
def warehouse(tmp_path: Path) -> Iterator[Warehouse]:
    with Warehouse(tmp_path / "w.duckdb") as opened:
        yield opened


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_a_sample_is_stored_exactly_and_only_once(warehouse: Warehouse, reference: Path,
                                                  name: str) -> None:
    result = sample(reference, name)
    outcome = warehouse.load(result)
    assert outcome.new
    assert outcome.snapshot.row_counts == result.row_counts
    assert outcome.snapshot.warning_count == len(result.issues)
    assert warehouse.issues(outcome.snapshot_id) == result.issues
    for table, frame in result.tables.items():
        stored = warehouse.table(table, outcome.snapshot_id).drop("snapshot_id")
        assert stored.equals(frame), table
    again = warehouse.load(sample(reference, name))
    assert (again.new, again.snapshot_id) == (False, outcome.snapshot_id)


@pytest.mark.parametrize("dataset", [datasets.cin_census, datasets.ssda903_set])
def test_a_large_authority_loads_completely(
        warehouse: Warehouse, tmp_path: Path, dataset: Callable[[Path], Path]) -> None:
    """The benchmark sizes (speed is measured in benchmarks/, not here)."""
    [result] = read([dataset(tmp_path)])
    outcome = warehouse.load(result)
    assert outcome.snapshot.row_counts == result.row_counts
