"""``cscmonitor synth`` writes the returns, with Annex A workbooks at the dates asked for."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from cscmonitor.cli import app


def test_synth_writes_annex_a_at_each_date_asked_for(tmp_path: Path) -> None:
    out = tmp_path / "synthetic"
    result = CliRunner().invoke(app, ["synth", "--out", str(out), "--years", "2025",
                                      "--annex-a", "2024-12-31,2025-03-31"])
    assert result.exit_code == 0, result.output
    workbooks = sorted(p.parent.name for p in out.rglob("annex_a_*.xlsx"))
    assert workbooks == ["2024-12-31", "2025-03-31"]
    assert (out / "manifest.json").is_file()
    assert list(out.rglob("cin_census_2025.xml"))


def test_synth_refuses_an_unknown_profile(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["synth", "--out", str(tmp_path), "--profile", "nowhere"])
    assert result.exit_code == 2
