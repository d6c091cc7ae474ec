from __future__ import annotations

from pathlib import Path

from polars.testing import assert_frame_equal

from cscmonitor.indicators.benchmarks.build import ATTRIBUTION_FILE, attribution, build
from cscmonitor.indicators.benchmarks.official import ReadOutcome, read_reference
from cscmonitor.indicators.benchmarks.shipped import read_shipped, read_tables, shipped_dir
from tests.indicators.benchmarks.conftest import row, stats_file

MAX_BYTES = 5 * 1024 * 1024


def test_shipped_copy_equals_a_fresh_build(official: ReadOutcome) -> None:
    shipped = read_shipped()
    for name, fresh in official.tables.frames().items():
        assert_frame_equal(shipped.frames()[name], fresh, check_exact=True)
    notice = (shipped_dir() / ATTRIBUTION_FILE).read_text(encoding="utf-8")
    assert notice == attribution(official.tables)
    assert "Open Government Licence v3.0" in notice


def test_shipped_copy_is_small() -> None:
    assert sum(p.stat().st_size for p in shipped_dir().iterdir()) < MAX_BYTES


def test_build_writes_what_it_read(tmp_path: Path) -> None:
    source = tmp_path / "source"
    source.mkdir()
    stats_file(source, "t.csv", "count", [row(2025, "National", "", "10")])
    written = build([source], tmp_path / "out")
    assert {p.name for p in written} == {
        ATTRIBUTION_FILE, "benchmark_files.parquet", "benchmark_figures.parquet",
        "benchmark_areas.parquet", "benchmark_neighbours.parquet"}
    tables = read_tables(tmp_path / "out")
    assert_frame_equal(tables.figures, read_reference([source]).tables.figures)
    assert "| t.csv |" in (tmp_path / "out" / ATTRIBUTION_FILE).read_text(encoding="utf-8")
