"""Running the CLI in-process against a temporary data folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from cscmonitor.cli import app
from cscmonitor.formats import registry as format_registry
from cscmonitor.warehouse import DATA_DIR_ENV, Warehouse, store
from tests.cli.toyformat import TOY_FORMAT
from tests.warehouse.toy import toy_registry

Run = Callable[..., Result]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def run(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Run:
    """``run("load", path)`` = ``cscmonitor --data-dir <tmp> load <path>``, wide output."""
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)

    def invoke(*args: str | Path, data: bool = True, env: dict[str, str] | None = None) -> Result:
        words = [str(a) for a in args]
        if data:
            words = ["--data-dir", str(data_dir), *words]
        return CliRunner().invoke(app, words, env={"COLUMNS": "200", **(env or {})})

    return invoke


@pytest.fixture
def toy(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the toy format and the toy return exist while the test runs."""
    monkeypatch.setattr(format_registry, "formats", lambda: {TOY_FORMAT.name: TOY_FORMAT})
    registry = toy_registry()
    monkeypatch.setattr(store, "model_registry", lambda: registry)


def stored(data_dir: Path) -> list[int]:
    """Snapshot ids in the toy warehouse (none if it was never created)."""
    path = data_dir / "cscmonitor.duckdb"
    if not path.exists():
        return []
    with Warehouse(path, toy_registry()) as warehouse:
        return [s.snapshot_id for s in warehouse.snapshots()]
