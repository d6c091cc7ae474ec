from __future__ import annotations

from pathlib import Path

from cscmonitor.warehouse import Warehouse
from cscmonitor.warehouse.reference_data import read_reference_data
from tests.cli.conftest import Run
from tests.indicators.benchmarks.conftest import row, sn_model, stats_file


def _stored_files(data_dir: Path) -> list[str]:
    with Warehouse.open(data_dir) as warehouse:
        stored = read_reference_data(warehouse)
    return [] if stored is None else stored.tables.files.get_column("file_name").to_list()


def test_import_and_info(run: Run, tmp_path: Path, data_dir: Path) -> None:
    source = tmp_path / "stats"
    source.mkdir()
    stats_file(source, "rates.csv", "count", [row(2025, "National", "", "10")])
    sn_model(source, {"333": ["336"]})
    (source / "notes.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    result = run("benchmarks", "import", source)
    assert result.exit_code == 0, result.output
    assert "notes.csv: not a statistics, population or neighbour-model layout" in result.stderr
    assert "rates.csv" in result.stdout and "sn_model" in result.stdout
    assert _stored_files(data_dir) == ["rates.csv", "sn_model.csv"]
    info = run("benchmarks", "info")
    assert info.exit_code == 0, info.output
    assert "Benchmarks: imported" in info.stdout and "rates.csv" in info.stdout


def test_info_without_import_uses_the_shipped_copy(run: Run) -> None:
    result = run("benchmarks", "info")
    assert result.exit_code == 0, result.output
    assert "the copy shipped with cscmonitor" in result.stdout
    assert "sn_model_2025_wide.csv" in result.stdout


def test_a_malformed_file_stores_nothing(run: Run, tmp_path: Path, data_dir: Path) -> None:
    good = tmp_path / "good"
    good.mkdir()
    stats_file(good, "rates.csv", "count", [row(2025, "National", "", "10")])
    assert run("benchmarks", "import", good).exit_code == 0
    bad = tmp_path / "bad"
    bad.mkdir()
    stats_file(bad, "other.csv", "count", [row(2024, "National", "", "9"),
                                           row(2025, "National", "", "ten?")])
    result = run("benchmarks", "import", bad)
    assert result.exit_code == 1
    assert "other.csv, line 3, column count: expected a number" in result.stderr
    assert "Nothing was stored" in result.stderr
    assert _stored_files(data_dir) == ["rates.csv"]


def test_a_folder_without_reference_files(run: Run, tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("hello", encoding="utf-8")
    result = run("benchmarks", "import", tmp_path / "x.txt")
    assert result.exit_code == 1
    assert "no statistics, population or neighbour-model files" in result.stderr
