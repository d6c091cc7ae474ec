"""The simulation's collection years (working days are tested in tests/model)."""

from __future__ import annotations

from datetime import date

from cscmonitor.synth.calendar import collection_year


def d(text: str) -> int:
    return date.fromisoformat(text).toordinal()


def test_collection_year_runs_april_to_march() -> None:
    assert collection_year(d("2024-03-31")) == 2024
    assert collection_year(d("2024-04-01")) == 2025
