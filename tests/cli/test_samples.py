"""The command line over the real readers and the public sample returns (integration)."""

from __future__ import annotations

import shutil
from pathlib import Path

from cscmonitor.warehouse import Warehouse
from tests.cli.conftest import Run


def snapshot_count(data_dir: Path) -> int:
    path = data_dir / "cscmonitor.duckdb"
    if not path.exists():
        return 0
    with Warehouse(path) as warehouse:
        return len(warehouse.snapshots())


def test_load_every_kind_of_sample_then_reload(run: Run, reference: Path,
                                               data_dir: Path) -> None:
    samples = reference / "samples"
    folders = [samples / kind for kind in ("cin", "ssda903", "annex_a", "workforce")]
    result = run("load", *folders)
    assert result.exit_code == 0, result.output
    for text in ("cin-xml", "ssda903-csv", "ssda903_episodes rows", "cin_child rows"):
        assert text in result.stdout
    loaded = snapshot_count(data_dir)
    assert result.stdout.count("(stored)") == loaded == 6
    again = run("load", *folders)
    assert again.exit_code == 0, again.output
    assert again.stdout.count("(already loaded)") == loaded
    assert snapshot_count(data_dir) == loaded
    listed = run("snapshots")
    assert listed.exit_code == 0
    for name in ("cin_fake_larger_sample.xml", "episodes.csv", "ssda903"):
        assert name in listed.stdout


def test_a_903_set_missing_a_required_column_is_refused(run: Run, reference: Path,
                                                        tmp_path: Path, data_dir: Path) -> None:
    folder = tmp_path / "903"
    shutil.copytree(reference / "samples" / "ssda903", folder)
    episodes = folder / "episodes.csv"
    lines = episodes.read_text().splitlines()
    assert lines[0].split(",")[1] == "DECOM"
    without_decom = [",".join(cells[:1] + cells[2:]) for cells in (x.split(",") for x in lines)]
    episodes.write_text("\n".join(without_decom) + "\n")
    result = run("load", folder)
    assert result.exit_code == 1
    problem = next(line for line in result.stderr.splitlines() if "episodes.csv" in line)
    assert "DECOM" in problem and "missing-column" in problem
    assert snapshot_count(data_dir) == 0


def test_a_cin_census_that_is_not_well_formed_is_refused(run: Run, tmp_path: Path,
                                                         data_dir: Path) -> None:
    census = tmp_path / "census.xml"
    census.write_text(
        "<Message>\n  <Header>\n    <CollectionDetails>\n      <Collection>CIN</Collection>\n"
        "      <Year>2025</Year>\n    </CollectionDetails>\n  <Children>\n</Message>\n")
    result = run("load", census)
    assert result.exit_code == 1
    problem = next(line for line in result.stderr.splitlines() if "census.xml" in line)
    assert "line 8" in problem and "malformed" in problem
    assert snapshot_count(data_dir) == 0


def test_demo_on_the_samples(run: Run, data_dir: Path, reference: Path) -> None:
    result = run("demo", "--samples", reference / "samples")
    assert result.exit_code == 0, result.output
    assert "Skipped" not in result.stderr
    assert "Loaded again: 6 of 6 returns recognised as already loaded." in " ".join(
        result.stdout.split())
    assert snapshot_count(data_dir) == 6
