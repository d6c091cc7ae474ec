from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import duckdb
import pytest

from cscmonitor.formats.issues import Issue
from cscmonitor.model import Column, ColumnType, Table
from cscmonitor.warehouse import Warehouse, WarehouseError
from tests.warehouse.toy import CHILD, EPISODE, NOTE, toy_registry, toy_result


def columns(warehouse: Warehouse, table: str) -> list[tuple[str, str]]:
    frame = warehouse.query(
        "SELECT column_name, data_type FROM information_schema.columns "
        "WHERE table_name = ? ORDER BY ordinal_position", [table])
    return list(frame.iter_rows())


def test_canonical_tables_follow_the_registry(warehouse: Warehouse) -> None:
    assert columns(warehouse, "toy_episode") == [
        ("snapshot_id", "BIGINT"), ("CHILD", "VARCHAR"), ("DECOM", "DATE"),
        ("SENT", "TIMESTAMP"), ("MOVES", "BIGINT"), ("COST", "DOUBLE"), ("OPEN", "BOOLEAN"),
        ("_row", "BIGINT"),
    ]
    assert [c for c, _ in columns(warehouse, "toy_child")] == [
        "snapshot_id", "CHILD", "SEX", "DOB", "_row"]


def test_bookkeeping_tables(warehouse: Warehouse) -> None:
    assert [c for c, _ in columns(warehouse, "snapshots")] == [
        "snapshot_id", "return_name", "format", "collection_year", "la_code", "reference_date",
        "identity", "loaded_at", "loaded_by", "row_counts", "warning_count",
        "cscmonitor_version"]
    assert [c for c, _ in columns(warehouse, "snapshot_files")] == [
        "snapshot_id", "file_name", "sha256", "size_bytes", "format"]
    issue_columns = columns(warehouse, "snapshot_issues")
    assert [c for c, _ in issue_columns] == [
        "snapshot_id", "issue_no", "file", "code", "expected", "line", "sheet", "table", "field",
        "value", "severity"]
    assert dict(issue_columns)["line"] == "BIGINT"


def test_views_exist_for_every_table(warehouse: Warehouse) -> None:
    views = set(warehouse.query(
        "SELECT table_name FROM information_schema.tables WHERE table_type = 'VIEW'"
    ).get_column("table_name"))
    for table in ("toy_child", "toy_episode", "toy_note"):
        assert {f"{table}_current", f"{table}_history"} <= views
    assert {"current_snapshots", "child_years"} <= views


def test_a_missing_view_is_recreated_on_opening(tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    Warehouse(path, toy_registry()).close()
    with duckdb.connect(str(path)) as con:
        con.execute("DROP VIEW toy_child_history")
    with Warehouse(path, toy_registry()) as reopened:
        assert reopened.query("SELECT * FROM toy_child_history").height == 0


WIDER_CHILD = replace(CHILD, columns=(*CHILD.columns, Column("UPN", ColumnType.STRING, "UPN.")))
EXTRA = Table(name="toy_extra", return_name="toy", title="Extra", description="Added later.",
              key=("CHILD",), child_id="CHILD",
              columns=(Column("CHILD", ColumnType.STRING, "Child id."),))


def test_reopening_adds_new_columns_and_tables_and_keeps_rows(tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    with Warehouse(path, toy_registry()) as old:
        first = old.load(toy_result(tmp_path / "in", children=("A1",))).snapshot_id
    with Warehouse(path, toy_registry(WIDER_CHILD, EPISODE, NOTE, EXTRA)) as new:
        assert [c for c, _ in columns(new, "toy_child")][-1] == "UPN"
        assert columns(new, "toy_extra") == [("snapshot_id", "BIGINT"), ("CHILD", "VARCHAR"),
                                             ("_row", "BIGINT")]
        kept = new.table("toy_child", first)
        assert kept.columns == ["snapshot_id", "CHILD", "SEX", "DOB", "UPN", "_row"]
        assert kept.get_column("CHILD").to_list() == ["A1"]
        assert kept.get_column("UPN").to_list() == [None]
        assert "UPN" in new.query("SELECT * FROM toy_child_current LIMIT 0").columns
        assert new.query("SELECT * FROM toy_extra_history").height == 0


def test_a_changed_column_type_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    Warehouse(path, toy_registry()).close()
    retyped = replace(CHILD, columns=(CHILD.columns[0], CHILD.columns[1],
                                      Column("DOB", ColumnType.STRING, "Now text.")))
    with pytest.raises(WarehouseError, match=r"toy_child\.DOB is DATE .* says VARCHAR"):
        Warehouse(path, toy_registry(retyped, EPISODE, NOTE))


@pytest.mark.parametrize(
    ("table", "message"),
    [
        (replace(NOTE, columns=(Column("snapshot_id", ColumnType.STRING, "x."),),
                 key=("snapshot_id",)), "clashes"),
        (replace(NOTE, columns=(Column("Collection_Year", ColumnType.STRING, "x."),),
                 key=()), "clashes"),
        (replace(NOTE, name="toy_child_current"), "already used"),
    ],
)
def test_names_that_clash_with_the_warehouse_are_refused(tmp_path: Path, table: Table,
                                                         message: str) -> None:
    with pytest.raises(WarehouseError, match=message):
        Warehouse(tmp_path / "w.duckdb", toy_registry(CHILD, EPISODE, table))
    assert not (tmp_path / "w.duckdb").exists()


def test_issue_fields_are_all_kept(warehouse: Warehouse, tmp_path: Path) -> None:
    issue = Issue(file="toy.csv", code="impossible-date", expected="a real calendar date",
                  line=7, sheet="Sheet1", table="toy_child", field="DOB", value="31/02/2010")
    outcome = warehouse.load(toy_result(tmp_path / "in", issues=[issue]))
    assert warehouse.issues(outcome.snapshot_id) == [issue]
    assert outcome.snapshot.reference_date == date(2025, 3, 31)
