"""``cscmonitor indicators``: the scorecard and monthly series over loaded returns."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import polars as pl
import pytest

from tests.cli.conftest import Run

CIN_SAMPLE = Path("samples") / "cin" / "cin_fake_larger_sample.xml"


@pytest.fixture
def loaded(run: Run, reference: Path) -> Run:
    result = run("load", reference / CIN_SAMPLE)
    assert result.exit_code == 0, result.output
    return run


def _year(run: Run) -> int:
    shown = run("snapshots")
    return next(int(w[:4]) + 1 for w in shown.stdout.split() if len(w) == 7 and w[4] == "/")


def test_scorecard_as_json_has_every_indicator(loaded: Run) -> None:
    year = _year(loaded)
    result = loaded("indicators", "--as-of", f"{year}-03-31", "--format", "json")
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    referrals = next(r for r in records if r["indicator"] == "referrals")
    assert referrals["period"] == f"{year - 1}/{year % 100:02d}"
    assert referrals["value"] == referrals["numerator"] > 0
    assert referrals["england"] is not None
    assert {"last_year", "sn_median", "target", "rag", "direction"} <= set(referrals)
    assert not any("children" in r for r in records)


def test_scorecard_table_and_a_rolling_period(loaded: Run) -> None:
    year = _year(loaded)
    table = loaded("indicators", "--as-of", f"{year}-03-31", "referrals", "rereferral_rate")
    assert table.exit_code == 0, table.output
    assert "referrals" in table.stdout and "rereferral_rate" in table.stdout
    rolling = loaded("indicators", "--as-of", f"{year - 1}-09-30", "--rolling", "--format",
                     "csv", "referrals")
    assert rolling.exit_code == 0, rolling.output
    (row,) = list(csv.DictReader(io.StringIO(rolling.stdout)))
    assert row["period"] == f"12 months to 30/09/{year - 1}"


def test_official_year_must_end_on_31_march(loaded: Run) -> None:
    result = loaded("indicators", "--as-of", "2024-09-30")
    assert result.exit_code == 2
    assert "--rolling" in result.output


def test_unknown_indicator_is_refused(loaded: Run) -> None:
    result = loaded("indicators", "no_such_indicator")
    assert result.exit_code == 2
    assert "unknown indicators no_such_indicator" in result.output


def test_monthly_series_is_one_row_per_month(loaded: Run) -> None:
    year = _year(loaded)
    result = loaded("indicators", "--series", f"{year - 1}-04..{year}-03", "referrals")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows[0]["period_end"][:7] == f"{year - 1}-04"
    assert len(rows) == 12
    assert rows[-1]["numerator"] == loaded(
        "indicators", "--as-of", f"{year}-03-31", "--format", "csv", "referrals"
    ).stdout.splitlines()[1].split(",")[6]


def test_breakdown_gives_a_row_per_group(loaded: Run) -> None:
    year = _year(loaded)
    result = loaded("indicators", "--as-of", f"{year}-03-31", "--breakdown", "age_band",
                    "--format", "json", "referrals")
    assert result.exit_code == 0, result.output
    groups = {r["group"]: r["numerator"] for r in json.loads(result.stdout)}
    assert len(groups) > 1
    total = loaded("indicators", "--as-of", f"{year}-03-31", "--format", "json", "referrals")
    assert sum(groups.values()) == json.loads(total.stdout)[0]["numerator"]


def test_scorecard_workbook(loaded: Run, tmp_path: Path) -> None:
    year = _year(loaded)
    out = tmp_path / "scorecard.xlsx"
    result = loaded("indicators", "--as-of", f"{year}-03-31", "--format", "xlsx", "--out", out)
    assert result.exit_code == 0, result.output
    sheet = pl.read_excel(out, sheet_name="indicators")
    assert "referrals" in sheet.get_column("indicator").to_list()


def test_nothing_loaded_says_so(run: Run) -> None:
    result = run("indicators")
    assert result.exit_code == 1
    assert "No returns loaded" in result.output
