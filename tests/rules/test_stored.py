from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import polars as pl
import pytest

from cscmonitor.formats import Issue, ReadResult
from cscmonitor.model import registry
from cscmonitor.rules import FINDINGS_SCHEMA, Outcome, Rule, Severity, validate
from cscmonitor.rules.stored import keep_validation, previous_year, stored_submission
from cscmonitor.warehouse import Warehouse
from cscmonitor.warehouse.findings import FINDINGS, findings, rule_runs
from cscmonitor.warehouse.schema import SNAPSHOT_ID

IN_BOTH_YEARS = Rule(code="T1", message="Child also in last year's return.",
                     severity=Severity.QUERY,
                     tables=("ssda903_header", "ssda903_header_last"), fields=("CHILD",),
                     sql="SELECT _row FROM ssda903_header WHERE CHILD IN "
                         "(SELECT CHILD FROM ssda903_header_last)")


def _header(children: list[str]) -> pl.DataFrame:
    schema = registry().table("ssda903_header").polars_schema()
    return pl.DataFrame([{"CHILD": c, "_row": n} for n, c in enumerate(children, start=2)],
                        schema=schema)


def _result(folder: Path, year: int, la: str | None, children: list[str],
            issues: list[Issue] | None = None) -> ReadResult:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"header-{year}-{la}.csv"
    path.write_text(f"{year} {la} {children}")
    return ReadResult("ssda903", "ssda903-csv", year, {"ssda903_header": _header(children)},
                      [path], issues or [], la_code=la)


@pytest.fixture
def warehouse(tmp_path: Path) -> Iterator[Warehouse]:
    with Warehouse(tmp_path / "w.duckdb") as opened:
        yield opened


def test_a_snapshot_becomes_the_submission_it_was_read_as(warehouse: Warehouse,
                                                          tmp_path: Path) -> None:
    bad_date = Issue("header.csv", "impossible-date", "a date", line=3,
                     table="ssda903_header", field="DOB", value="31/02/2015")
    outcome = warehouse.load(_result(tmp_path, 2025, "333", ["C1", "C2"], [bad_date]))
    submission = stored_submission(warehouse, outcome.snapshot_id)
    assert (submission.return_name, submission.year, submission.la_code) == (
        "ssda903", 2025, "333")
    assert submission.tables["ssda903_header"].equals(_header(["C1", "C2"]))
    assert submission.read_issues.rows() == [
        ("ssda903_header", 3, "DOB", "impossible-date", "31/02/2015")]
    assert submission.last_year is None
    [run] = validate(submission, [IN_BOTH_YEARS]).runs
    assert run.outcome is Outcome.SKIPPED


def test_last_year_is_the_current_snapshot_of_the_same_la(warehouse: Warehouse,
                                                          tmp_path: Path) -> None:
    warehouse.load(_result(tmp_path / "old", 2024, "333", ["C1"]))
    newer = warehouse.load(_result(tmp_path / "resubmitted", 2024, "333", ["C2"]))
    warehouse.load(_result(tmp_path, 2024, "999", ["C3"]))
    this_year = warehouse.load(_result(tmp_path, 2025, "333", ["C1", "C2", "C3"]))
    found = previous_year(warehouse, "ssda903", 2025, "333")
    assert found is not None and found.snapshot_id == newer.snapshot_id
    assert previous_year(warehouse, "ssda903", 2025, "111") is None
    validation = validate(stored_submission(warehouse, this_year.snapshot_id),
                          [IN_BOTH_YEARS])
    assert validation.findings.get_column("child_id").to_list() == ["C2"]


def test_a_validation_is_stored_with_its_snapshot(warehouse: Warehouse,
                                                  tmp_path: Path) -> None:
    warehouse.load(_result(tmp_path, 2024, "333", ["C1"]))
    snapshot_id = warehouse.load(_result(tmp_path, 2025, "333", ["C1", "C2"])).snapshot_id
    validation = validate(stored_submission(warehouse, snapshot_id), [IN_BOTH_YEARS])
    keep_validation(warehouse, snapshot_id, validation)
    assert findings(warehouse, snapshot_id).drop(SNAPSHOT_ID).equals(validation.findings)
    assert rule_runs(warehouse, snapshot_id).select("rule", "outcome", "findings").rows() == [
        ("T1", "failed", 1)]


def test_the_warehouse_findings_table_has_the_engines_columns() -> None:
    """The warehouse may not import the rules, so the two definitions are checked here."""
    assert [name for name, _ in FINDINGS.columns] == [SNAPSHOT_ID, *FINDINGS_SCHEMA.names()]
