"""The command's years and its summary."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from cscmonitor.synth.command import parse_days, parse_years, run


def test_years_as_typed() -> None:
    assert parse_years("2019-2021") == [2019, 2020, 2021]
    assert parse_years("2023/24, 2025") == [2024, 2025]
    with pytest.raises(ValueError):
        parse_years("2025-2019")


def test_annex_a_dates_as_typed() -> None:
    assert parse_days("2025-02-28, 2025-01-31") == [date(2025, 1, 31), date(2025, 2, 28)]


def test_run_writes_and_summarises(tmp_path: Path) -> None:
    lines: list[str] = []
    summary = run(tmp_path, "england-average", "2025", seed=5, population=4000,
                  annex_a="2025-01-31,2025-03-31", echo=lines.append)
    assert lines == ["[1/1] 331 England-average: simulated and written"]
    assert "collection years 2025 to 2025" in summary
    assert (tmp_path / "manifest.json").is_file()
    assert {p.name for p in (tmp_path / "331" / "2025" / "annex_a").iterdir()} == {
        "2025-01-31", "2025-03-31"}
