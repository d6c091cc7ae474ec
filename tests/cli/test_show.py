from __future__ import annotations

import csv
import hashlib
import io
from pathlib import Path

import pytest

from tests.cli.conftest import Run
from tests.cli.toyformat import toy_file

pytestmark = pytest.mark.usefixtures("toy")


def test_snapshots_lists_provenance(run: Run, tmp_path: Path) -> None:
    path = toy_file(tmp_path, "a.txt", children=["A1,soon"])
    run("load", path, env={"CSCMONITOR_USER": "analyst"})
    run("load", toy_file(tmp_path, "b.txt", children=["B2,2010-01-01"]))
    result = run("snapshots")
    assert result.exit_code == 0, result.output
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:12]
    lines = result.stdout.splitlines()
    first = next(line for line in lines if f"a.txt ({digest})" in line)
    assert "analyst" in first and "2024/25" in first and "toy-text" in first
    second = next(line for line in lines if "b.txt" in line)
    assert second.rstrip(" │").endswith("yes")
    assert not first.rstrip(" │").endswith("yes")


def test_snapshots_when_empty(run: Run) -> None:
    result = run("snapshots")
    assert result.exit_code == 0
    assert "No snapshots yet" in result.stdout


def test_issues_as_a_table(run: Run, tmp_path: Path) -> None:
    run("load", toy_file(tmp_path, "a.txt", children=["A1,soon", "B2,2010-01-01"]))
    result = run("issues", "1")
    assert result.exit_code == 0, result.output
    assert "Snapshot 1: 1 warning" in result.stdout
    row = next(line for line in result.stdout.splitlines() if "a.txt, line 3" in line)
    assert "toy_child.DOB" in row and "soon" in row and "not-a-date" in row


def test_issues_as_csv(run: Run, tmp_path: Path) -> None:
    run("load", toy_file(tmp_path, "a.txt", children=["A1,soon", "B2,later"]))
    result = run("issues", "1", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["file"], r["line"], r["field"], r["value"], r["code"], r["severity"])
            for r in rows] == [("a.txt", "3", "DOB", "soon", "not-a-date", "warning"),
                               ("a.txt", "4", "DOB", "later", "not-a-date", "warning")]


def test_a_snapshot_without_warnings(run: Run, tmp_path: Path) -> None:
    run("load", toy_file(tmp_path, "a.txt"))
    assert "Snapshot 1 has no warnings" in run("issues", "1").stdout


@pytest.mark.parametrize("args", [["issues", "9"], ["issues", "x"],
                                  ["issues", "1", "--format", "xml"]])
def test_issues_usage_errors(run: Run, tmp_path: Path, args: list[str]) -> None:
    run("load", toy_file(tmp_path, "a.txt"))
    assert run(*args).exit_code == 2
