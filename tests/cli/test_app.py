from __future__ import annotations

from pathlib import Path

import pytest

from cscmonitor import __version__
from tests.cli.conftest import Run
from tests.cli.toyformat import toy_file


def test_version(run: Run) -> None:
    result = run("--version", data=False)
    assert (result.exit_code, result.stdout) == (0, f"cscmonitor {__version__}\n")


def test_no_command_shows_help(run: Run) -> None:
    result = run(data=False)
    assert "load" in result.output and "snapshots" in result.output


def test_unknown_command_is_a_usage_error(run: Run) -> None:
    assert run("unload").exit_code == 2


@pytest.mark.usefixtures("toy")
def test_data_dir_from_the_environment(run: Run, tmp_path: Path) -> None:
    env_dir = tmp_path / "from-env"
    path = toy_file(tmp_path, "a.txt")
    result = run("load", path, data=False, env={"CSCMONITOR_DATA_DIR": str(env_dir)})
    assert result.exit_code == 0, result.output
    assert (env_dir / "cscmonitor.duckdb").is_file()
    listed = run("snapshots", data=False, env={"CSCMONITOR_DATA_DIR": str(env_dir)})
    assert "a.txt" in listed.stdout


@pytest.mark.usefixtures("toy")
def test_data_dir_option_wins_over_the_environment(run: Run, tmp_path: Path,
                                                   data_dir: Path) -> None:
    env_dir = tmp_path / "from-env"
    result = run("load", toy_file(tmp_path, "a.txt"), env={"CSCMONITOR_DATA_DIR": str(env_dir)})
    assert result.exit_code == 0, result.output
    assert (data_dir / "cscmonitor.duckdb").is_file()
    assert not env_dir.exists()


def test_a_warehouse_that_cannot_be_opened_is_reported(run: Run, tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "cscmonitor.duckdb").write_text("not a database")
    result = run("snapshots")
    assert result.exit_code == 1
    assert "Cannot open the warehouse" in result.stderr
