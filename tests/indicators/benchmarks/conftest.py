"""Small hand-made files in DfE's published layout, and the real reference set read once."""

from __future__ import annotations

from pathlib import Path

import pytest

from cscmonitor.indicators.benchmarks import BenchmarkSet
from cscmonitor.indicators.benchmarks.official import ReadOutcome, read_reference

STATS = "dfe-official-statistics"
HEADER = ("time_period,time_identifier,geographic_level,country_code,country_name,region_code,"
          "region_name,old_la_code,new_la_code,la_name")


def stats_file(folder: Path, name: str, columns: str, rows: list[str],
               bom: bool = False) -> Path:
    """A statistics CSV: the geography header then ``columns``; ``rows`` carry the
    geography fields too."""
    text = "\n".join([f"{HEADER},{columns}", *rows]) + "\n"
    path = folder / name
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


def row(year: int, level: str, code: str, values: str) -> str:
    """One row of a statistics file for England, a West Midlands region or an LA."""
    if level == "National":
        return f"{year},Reporting year,National,E92000001,England,,,,,,{values}"
    if level == "Regional":
        return f"{year},Reporting year,Regional,E92000001,England,{code},West Midlands,,,,{values}"
    return (f"{year},Reporting year,Local authority,E92000001,England,E12000005,West Midlands,"
            f"{code},E0{code},LA {code},{values}")


def sn_model(folder: Path, neighbours: dict[str, list[str]]) -> Path:
    header = "old_la_code,la_name,region_ind,region_name," + ",".join(
        f"SN_{n},SN_{n}P" for n in range(1, 11))
    lines = [header]
    for code, codes in neighbours.items():
        cells = [f"{c},Close " for c in codes] + [","] * (10 - len(codes))
        lines.append(f"{code},LA {code},8,West Midlands," + ",".join(cells))
    path = folder / "sn_model.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def official(reference: Path) -> ReadOutcome:
    """The real official statistics folder, read once for the session."""
    return read_reference([reference / STATS])


@pytest.fixture(scope="session")
def real(official: ReadOutcome) -> BenchmarkSet:
    return BenchmarkSet(official.tables, "reference")
