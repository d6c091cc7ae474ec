"""The demo's default: a synthetic authority written, loaded, and loaded again unchanged."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from cscmonitor.cli import app


def test_demo_writes_and_loads_a_synthetic_authority(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["--data-dir", str(tmp_path), "demo", "--years", "2025"],
                                env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "Skipped" not in result.stderr
    text = " ".join(result.stdout.split())
    for title in ("Children in need census", "Children looked after return (SSDA903)",
                  "Children's social work workforce census", "Ofsted Annex A"):
        assert title in text, title
    stored_part = text.split("Loaded again")[0]
    assert "already loaded" not in stored_part
    assert "Warnings" in stored_part and " 0 warnings" in text, "clean returns read cleanly"
    assert "Loaded again: 4 of 4 returns recognised as already loaded" in text
    assert (tmp_path / "synthetic-authority" / "manifest.json").is_file()
    assert "Indicators, 2024/25, LA 333" in text
    for indicator in ("referrals", "cla_at_period_end", "agency_rate"):
        assert indicator in text, indicator
    pack = tmp_path / "board-pack"
    assert f"Board pack for 2024/25: {pack / 'report.pdf'}" in text
    for name in ("report.pdf", "report.html", "report.xlsx"):
        assert (pack / name).stat().st_size > 0, name
