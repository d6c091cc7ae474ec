from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import polars as pl
import pytest

from cscmonitor import __version__
from cscmonitor.formats.issues import Issue
from cscmonitor.warehouse import SnapshotNotFound, Warehouse, WarehouseError
from cscmonitor.warehouse.provenance import USER_ENV
from tests.warehouse.conftest import counts
from tests.warehouse.toy import child_frame, episode_frame, toy_registry, toy_result

WARNING = Issue(file="toy.csv", code="unknown-code", expected="a code of 'Sex'", line=3,
                table="toy_child", field="SEX", value="9")


def test_load_stores_rows_and_provenance(warehouse: Warehouse, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(USER_ENV, "tester")
    result = toy_result(tmp_path / "in", issues=[WARNING])
    before = datetime.now(UTC)
    outcome = warehouse.load(result)
    assert outcome.new
    snapshot = outcome.snapshot
    assert (snapshot.snapshot_id, snapshot.return_name, snapshot.format) == (1, "toy", "toy-csv")
    assert (snapshot.collection_year, snapshot.la_code) == (2025, "333")
    assert snapshot.reference_date == date(2025, 3, 31)
    assert snapshot.loaded_by == "tester"
    assert before - timedelta(seconds=1) <= snapshot.loaded_at <= datetime.now(UTC)
    assert snapshot.row_counts == {"toy_child": 2, "toy_episode": 2}
    assert snapshot.warning_count == 1
    assert snapshot.cscmonitor_version == __version__
    [source] = snapshot.files
    content = result.files[0].read_bytes()
    assert (source.file_name, source.sha256, source.size_bytes, source.format) == (
        "toy.csv", hashlib.sha256(content).hexdigest(), len(content), "toy-csv")
    assert warehouse.snapshots() == [snapshot]
    assert warehouse.issues(1) == [WARNING]


def test_rows_come_back_exactly(warehouse: Warehouse, tmp_path: Path) -> None:
    result = toy_result(tmp_path / "in")
    result.tables["toy_child"] = child_frame([("A1", None, None), ("B2", "2", date(2011, 2, 3))])
    snapshot_id = warehouse.load(result).snapshot_id
    for name, frame in result.tables.items():
        stored = warehouse.table(name, snapshot_id)
        assert stored.drop("snapshot_id").equals(frame)
        assert stored.get_column("snapshot_id").to_list() == [snapshot_id] * frame.height
    assert warehouse.table("toy_note", snapshot_id).height == 0


def test_frame_columns_in_another_order_are_accepted(warehouse: Warehouse,
                                                     tmp_path: Path) -> None:
    result = toy_result(tmp_path / "in")
    frame = result.tables["toy_episode"]
    result.tables["toy_episode"] = frame.select(reversed(frame.columns))
    snapshot_id = warehouse.load(result).snapshot_id
    assert warehouse.table("toy_episode", snapshot_id).drop("snapshot_id").equals(frame)


def test_same_files_are_loaded_once(warehouse: Warehouse, tmp_path: Path) -> None:
    first = warehouse.load(toy_result(tmp_path / "in"))
    stored = counts(warehouse)
    again = warehouse.load(toy_result(tmp_path / "in"))
    assert not again.new
    assert again.snapshot == first.snapshot
    assert counts(warehouse) == stored


def test_same_content_under_another_name_is_recognised(warehouse: Warehouse,
                                                       tmp_path: Path) -> None:
    first = warehouse.load(toy_result(tmp_path / "a", "census.csv", content="same"))
    copy = warehouse.load(toy_result(tmp_path / "b", "copy of census.csv", content="same"))
    assert (copy.new, copy.snapshot_id) == (False, first.snapshot_id)
    other = warehouse.load(toy_result(tmp_path / "c", "census.csv", content="changed"))
    assert (other.new, other.snapshot_id) == (True, first.snapshot_id + 1)


def test_failure_mid_load_leaves_everything_as_it_was(warehouse: Warehouse, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    warehouse.load(toy_result(tmp_path / "first"))
    before = counts(warehouse)
    snapshots = warehouse.snapshots()
    original = Warehouse._insert_frame
    calls: list[str] = []

    def fail_on_the_last_table(self: Warehouse, table: str, snapshot_id: int,
                               frame: pl.DataFrame) -> None:
        calls.append(table)
        if table == "toy_episode":
            raise OSError("disk full")
        original(self, table, snapshot_id, frame)

    monkeypatch.setattr(Warehouse, "_insert_frame", fail_on_the_last_table)
    with pytest.raises(OSError, match="disk full"):
        warehouse.load(toy_result(tmp_path / "second", children=("C3",), issues=[WARNING]))
    assert calls == ["snapshot_issues", "toy_child", "toy_episode"]
    assert counts(warehouse) == before
    assert warehouse.snapshots() == snapshots
    monkeypatch.undo()
    retry = warehouse.load(toy_result(tmp_path / "second", children=("C3",)))
    assert (retry.new, retry.snapshot_id) == (True, 2)


def test_a_frame_that_does_not_match_the_model_is_refused(warehouse: Warehouse,
                                                          tmp_path: Path) -> None:
    before = counts(warehouse)
    result = toy_result(tmp_path / "in")
    result.tables["toy_episode"] = episode_frame(["A1"]).rename({"DECOM": "DECOMM"})
    with pytest.raises(WarehouseError, match=r"unexpected: \['DECOMM Date'\]"):
        warehouse.load(result)
    result.tables["toy_episode"] = episode_frame(["A1"]).with_columns(pl.col("MOVES").cast(
        pl.String))
    with pytest.raises(WarehouseError, match="MOVES String"):
        warehouse.load(result)
    assert counts(warehouse) == before


def test_tables_of_another_return_are_refused(warehouse: Warehouse, tmp_path: Path) -> None:
    result = toy_result(tmp_path / "in")
    result.tables["cin_child"] = result.tables.pop("toy_child")
    with pytest.raises(WarehouseError, match="cin_child is not a table of return toy"):
        warehouse.load(result)
    result.return_name = "nonesuch"
    with pytest.raises(WarehouseError, match="nonesuch"):
        warehouse.load(result)


def test_snapshots_cannot_be_changed_through_queries(warehouse: Warehouse,
                                                     tmp_path: Path) -> None:
    warehouse.load(toy_result(tmp_path / "in"))
    before = counts(warehouse)
    warehouse.query("DELETE FROM toy_child")
    warehouse.query("UPDATE snapshots SET la_code = '999'")
    assert counts(warehouse) == before
    assert warehouse.snapshot(1).la_code == "333"


def test_later_loads_leave_earlier_snapshots_untouched(warehouse: Warehouse,
                                                       tmp_path: Path) -> None:
    first = warehouse.load(toy_result(tmp_path / "a", children=("A1",)))
    rows = warehouse.table("toy_child", first.snapshot_id)
    warehouse.load(toy_result(tmp_path / "b", children=("B2", "C3")))
    assert warehouse.snapshot(first.snapshot_id) == first.snapshot
    assert warehouse.table("toy_child", first.snapshot_id).equals(rows)


def test_unknown_snapshot(warehouse: Warehouse) -> None:
    with pytest.raises(SnapshotNotFound, match="no snapshot 7"):
        warehouse.issues(7)
    with pytest.raises(SnapshotNotFound):
        warehouse.table("toy_child", 7)


def test_snapshots_survive_reopening(tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    with Warehouse(path, toy_registry()) as first:
        stored = first.load(toy_result(tmp_path / "in")).snapshot
    with Warehouse(path, toy_registry()) as second:
        assert second.snapshots() == [stored]
        assert not second.load(toy_result(tmp_path / "in")).new


def test_a_large_return_loads_completely(warehouse: Warehouse, tmp_path: Path) -> None:
    """10,000 children with five episodes each and one warning per hundred rows."""
    children = [f"C{n:05d}" for n in range(10_000)]
    result = toy_result(tmp_path / "in", children=tuple(children))
    result.tables["toy_episode"] = episode_frame([c for c in children for _ in range(5)])
    result.issues = [WARNING] * 500
    outcome = warehouse.load(result)
    assert outcome.snapshot.row_counts == {"toy_child": 10_000, "toy_episode": 50_000}
    assert warehouse.table("toy_episode", outcome.snapshot_id).height == 50_000
