from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest

from cscmonitor.warehouse import DATA_DIR_ENV, data_dir, database_path


def test_override_wins_over_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "env"))
    assert data_dir(tmp_path / "flag") == tmp_path / "flag"


def test_environment_wins_over_platform_default(monkeypatch: pytest.MonkeyPatch,
                                                tmp_path: Path) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "env"))
    assert database_path() == tmp_path / "env" / "cscmonitor.duckdb"


def test_platform_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    assert data_dir() == Path(platformdirs.user_data_dir("cscmonitor", appauthor=False))
