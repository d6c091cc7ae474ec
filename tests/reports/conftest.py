"""A small synthetic authority in a warehouse, and its board and public packs, built once.

The authority is small (6,000 children aged 0–17) so that many figures are counts of 1 to 5:
the suppression tests would prove nothing without them. One stored validation finding names
a real child id of the authority, so the "no child ids" test covers the data-quality section.
"""

from __future__ import annotations

import dataclasses
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

from cscmonitor.cli import app
from cscmonitor.formats import read
from cscmonitor.synth import generate
from cscmonitor.warehouse import Warehouse
from cscmonitor.warehouse.findings import store_validation

LA = "333"
YEARS = [2024, 2025]
COMMENTARY = ("=HYPERLINK(\"http://example.com\",\"click\") Re-referrals are falling.\n\n"
              "- A new <script>alert(1)</script> triage team\n- Weekly audits\n")


@dataclass(frozen=True)
class Pack:
    html: Path
    pdf: Path
    xlsx: Path


@dataclass(frozen=True)
class Authority:
    data_dir: Path
    child_ids: frozenset[str]
    """Every LA child id and UPN in the warehouse."""
    board: Pack
    public: Pack


def _load(data_dir: Path, returns: Path) -> None:
    with Warehouse.open(data_dir) as warehouse:
        for folder in sorted(p for p in returns.glob("*/*") if p.name != "annex_a"):
            for result in read([folder]):
                warehouse.load(dataclasses.replace(result, la_code=result.la_code or LA))
        cin = next(s for s in warehouse.current_snapshots() if s.return_name == "cin")
        child = warehouse.table("cin_child", cin.snapshot_id)["LAchildID"][0]
        runs = pl.DataFrame({"rule": ["8500"], "severity": ["error"], "outcome": ["failed"],
                             "findings": [1], "detail": [""]})
        found = pl.DataFrame({"rule": ["8500"], "severity": ["error"],
                              "table_name": ["cin_episode"], "_row": [1], "child_id": [child],
                              "fields": ["CINreferralDate"], "values": ["2024-01-01"],
                              "message": ["A made-up finding"]})
        store_validation(warehouse, cin.snapshot_id, runs, found,
                         datetime(2025, 4, 10, tzinfo=UTC))


def _child_ids(data_dir: Path) -> frozenset[str]:
    ids: set[str] = set()
    with Warehouse.open(data_dir) as warehouse:
        for table, columns in (("cin_child", ("LAchildID", "UPN")),
                               ("ssda903_header", ("CHILD", "UPN"))):
            frame = warehouse.table(table)
            for column in columns:
                ids |= set(frame[column].drop_nulls().to_list())
    return frozenset(ids)


def _pack(data_dir: Path, audience: str, out: Path) -> Pack:
    result = CliRunner().invoke(app, ["--data-dir", str(data_dir), "report", "--as-of",
                                      "2025-03-31", "--audience", audience, "--out", str(out)])
    assert result.exit_code == 0, result.output
    return Pack(out / "report.html", out / "report.pdf", out / "report.xlsx")


@pytest.fixture(scope="package")
def authority(tmp_path_factory: pytest.TempPathFactory) -> Authority:
    root = tmp_path_factory.mktemp("report")
    returns, data_dir = root / "returns", root / "data"
    generate(returns, "sandwell-like", YEARS, seed=11, population=6_000)
    _load(data_dir, returns / LA)
    (data_dir / "commentary").mkdir()
    (data_dir / "commentary" / "rereferral_rate.md").write_text(COMMENTARY, encoding="utf-8")
    shutil.rmtree(returns)
    return Authority(data_dir, _child_ids(data_dir), _pack(data_dir, "board", root / "board"),
                     _pack(data_dir, "public", root / "public"))
