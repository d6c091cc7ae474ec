from __future__ import annotations

from pathlib import Path

import pytest

from cscmonitor.warehouse import Warehouse
from tests.cli.conftest import Run, stored
from tests.cli.toyformat import toy_file
from tests.warehouse.toy import toy_registry

pytestmark = pytest.mark.usefixtures("toy")


def test_load_prints_what_was_stored(run: Run, tmp_path: Path, data_dir: Path) -> None:
    result = run("load", toy_file(tmp_path, "a.txt", children=["A1,2010-01-01", "B2,soon"]))
    assert result.exit_code == 0, result.output
    for text in ("Toy return 2024/25: stored", "1 (stored)", "toy-text", "333", "a.txt",
                 "toy_child rows", "Warnings"):
        assert text in result.stdout
    assert stored(data_dir) == [1]


def test_reloading_says_already_loaded(run: Run, tmp_path: Path, data_dir: Path) -> None:
    path = toy_file(tmp_path, "a.txt")
    run("load", path)
    again = run("load", path)
    assert again.exit_code == 0
    assert "1 (already loaded)" in again.stdout
    assert stored(data_dir) == [1]


def test_folders_and_repeated_paths_are_read_once(run: Run, tmp_path: Path,
                                                  data_dir: Path) -> None:
    first = toy_file(tmp_path / "in", "a.txt")
    toy_file(tmp_path / "in", "b.txt", children=["C3,2012-01-01"])
    result = run("load", tmp_path / "in", first)
    assert result.exit_code == 0, result.output
    assert result.stdout.count("(stored)") == 2
    assert stored(data_dir) == [1, 2]


def test_a_fatal_problem_names_file_line_and_field_and_stores_nothing(
        run: Run, tmp_path: Path, data_dir: Path) -> None:
    good = toy_file(tmp_path, "good.txt")
    bad = tmp_path / "bad.txt"
    bad.write_text("TOY 2025\nCHILD,BIRTH\nA1,2010-01-01\n")
    result = run("load", good, bad)
    assert result.exit_code == 1
    assert "Nothing was stored" in result.stderr
    assert "bad.txt, line 2: toy_child.DOB [missing-column] a DOB column" in result.stderr
    assert result.stdout == ""
    assert stored(data_dir) == []


def test_unrecognised_files_are_named(run: Run, tmp_path: Path, data_dir: Path) -> None:
    (tmp_path / "notes.txt").write_text("not a return\n")
    result = run("load", toy_file(tmp_path / "in", "a.txt"), tmp_path / "notes.txt")
    assert result.exit_code == 1
    assert "notes.txt: [wrong-format]" in result.stderr
    assert stored(data_dir) == []


def test_year_option(run: Run, tmp_path: Path, data_dir: Path) -> None:
    path = toy_file(tmp_path, "a.txt", first_line="TOY")
    missing = run("load", path)
    assert missing.exit_code == 1
    assert "a.txt, line 1: [unknown-year]" in missing.stderr
    given = run("load", path, "--year", "2023/24")
    assert given.exit_code == 0, given.output
    assert "Toy return 2023/24: stored" in given.stdout
    with Warehouse(data_dir / "cscmonitor.duckdb", toy_registry()) as warehouse:
        assert warehouse.snapshot(1).collection_year == 2024


@pytest.mark.parametrize("year", ["2024/26", "next", "24"])
def test_a_bad_year_is_a_usage_error(run: Run, tmp_path: Path, year: str) -> None:
    result = run("load", toy_file(tmp_path, "a.txt"), "--year", year)
    assert result.exit_code == 2
    assert "--year" in result.stderr


def test_la_option_fills_a_missing_code(run: Run, tmp_path: Path, data_dir: Path) -> None:
    result = run("load", toy_file(tmp_path, "a.txt", first_line="TOY 2025"), "--la", "333")
    assert result.exit_code == 0, result.output
    with Warehouse(data_dir / "cscmonitor.duckdb", toy_registry()) as warehouse:
        assert warehouse.snapshot(1).la_code == "333"


def test_la_option_contradicting_the_file_stores_nothing(run: Run, tmp_path: Path,
                                                         data_dir: Path) -> None:
    result = run("load", toy_file(tmp_path, "a.txt", first_line="TOY 2025 333"), "--la", "334")
    assert result.exit_code == 1
    assert "a.txt: the return is for LA 333, not 334" in result.stderr
    assert stored(data_dir) == []


def test_a_bad_la_code_is_a_usage_error(run: Run, tmp_path: Path) -> None:
    result = run("load", toy_file(tmp_path, "a.txt"), "--la", "33")
    assert result.exit_code == 2
    assert "3-digit LA code" in result.stderr


def test_a_missing_path_is_a_usage_error(run: Run, tmp_path: Path) -> None:
    result = run("load", tmp_path / "nowhere.txt")
    assert result.exit_code == 2
    assert "nowhere.txt" in result.stderr


def test_show_warnings(run: Run, tmp_path: Path) -> None:
    path = toy_file(tmp_path, "a.txt", children=["A1,soon", "B2,later", "C3,2010-01-01"])
    result = run("load", path, "--show-warnings", "1")
    assert result.exit_code == 0, result.output
    assert "First 1 of 2 warnings (all: cscmonitor issues 1)" in result.stdout
    assert "a.txt, line 3" in result.stdout
    assert "soon" in result.stdout
    assert "later" not in result.stdout
