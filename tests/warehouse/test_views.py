from __future__ import annotations

from pathlib import Path

import polars as pl

from cscmonitor.warehouse import Warehouse
from tests.warehouse.toy import NOTE, toy_registry, toy_result


def current_children(warehouse: Warehouse) -> list[tuple[int, str]]:
    frame = warehouse.query('SELECT snapshot_id, "CHILD" FROM toy_child_current ORDER BY ALL')
    return list(frame.iter_rows())


def test_the_latest_load_of_a_year_is_current(warehouse: Warehouse, tmp_path: Path) -> None:
    warehouse.load(toy_result(tmp_path / "april", children=("A1", "B2")))
    warehouse.load(toy_result(tmp_path / "june", children=("A1", "C3")))
    assert current_children(warehouse) == [(2, "A1"), (2, "C3")]
    assert [s.snapshot_id for s in warehouse.current_snapshots()] == [2]
    current = warehouse.table("toy_child")
    assert current.get_column("CHILD").to_list() == ["A1", "C3"]
    assert current.columns == ["snapshot_id", "CHILD", "SEX", "DOB", "_row"]


def test_reloading_an_older_file_does_not_make_it_current(warehouse: Warehouse,
                                                          tmp_path: Path) -> None:
    warehouse.load(toy_result(tmp_path / "april", children=("A1",)))
    warehouse.load(toy_result(tmp_path / "june", children=("B2",)))
    warehouse.load(toy_result(tmp_path / "april", children=("A1",)))
    assert current_children(warehouse) == [(2, "B2")]


def test_each_year_and_authority_has_its_own_current_snapshot(warehouse: Warehouse,
                                                              tmp_path: Path) -> None:
    warehouse.load(toy_result(tmp_path / "a", year=2024, children=("A1",)))
    warehouse.load(toy_result(tmp_path / "b", year=2025, children=("A1",)))
    warehouse.load(toy_result(tmp_path / "c", year=2025, la_code="334", children=("Z9",)))
    warehouse.load(toy_result(tmp_path / "d", year=2025, la_code=None, children=("N1",)))
    warehouse.load(toy_result(tmp_path / "e", year=2025, la_code=None, children=("N2",)))
    assert current_children(warehouse) == [(1, "A1"), (2, "A1"), (3, "Z9"), (5, "N2")]


def test_history_follows_current_rows_across_years(warehouse: Warehouse,
                                                   tmp_path: Path) -> None:
    warehouse.load(toy_result(tmp_path / "a", year=2024, children=("A1", "B2")))
    warehouse.load(toy_result(tmp_path / "b", year=2025, children=("A1",)))
    warehouse.load(toy_result(tmp_path / "c", year=2025, children=("A1", "C3")))
    history = warehouse.query(
        "SELECT * FROM toy_episode_history ORDER BY collection_year, \"CHILD\"")
    assert history.columns[:4] == ["collection_year", "la_code", "snapshot_id", "CHILD"]
    assert history.columns[-1] == "_row"
    assert list(history.select("collection_year", "snapshot_id", "CHILD").iter_rows()) == [
        (2024, 1, "A1"), (2024, 1, "B2"), (2025, 3, "A1"), (2025, 3, "C3")]
    assert history.get_column("DECOM").dtype == pl.Date


def test_child_years_links_a_child_across_years(warehouse: Warehouse, tmp_path: Path) -> None:
    first = toy_result(tmp_path / "a", year=2024, children=("A1", "B2"))
    first.tables["toy_episode"] = first.tables["toy_episode"].filter(pl.col("CHILD") == "A1")
    warehouse.load(first)
    warehouse.load(toy_result(tmp_path / "b", year=2025, children=("A1",)))
    years = warehouse.query("SELECT * FROM child_years ORDER BY child_id, collection_year")
    assert years.columns == ["child_id", "return_name", "collection_year", "la_code",
                             "snapshot_id", "tables"]
    assert [tuple(r.values()) for r in years.to_dicts()] == [
        ("A1", "toy", 2024, "333", 1, ["toy_child", "toy_episode"]),
        ("A1", "toy", 2025, "333", 2, ["toy_child", "toy_episode"]),
        ("B2", "toy", 2024, "333", 1, ["toy_child"]),
    ]


def test_child_years_without_any_child_table(tmp_path: Path) -> None:
    with Warehouse(tmp_path / "w.duckdb", toy_registry(NOTE)) as warehouse:
        years = warehouse.query("SELECT * FROM child_years")
    assert years.height == 0
    assert years.columns == ["child_id", "return_name", "collection_year", "la_code",
                             "snapshot_id", "tables"]
