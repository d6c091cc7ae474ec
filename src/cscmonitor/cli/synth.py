"""``cscmonitor synth``: write a synthetic local authority's statutory returns."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from cscmonitor.cli.app import app, stderr, stdout
from cscmonitor.synth import profile_names
from cscmonitor.synth.command import run


def _profile(name: str) -> str:
    if name not in profile_names():
        raise typer.BadParameter(f"{name!r}; choose one of {', '.join(profile_names())}")
    return name


@app.command()
def synth(
    out: Annotated[Path, typer.Option(
        file_okay=False, metavar="DIR", help="Folder to write the returns into.")],
    profile: Annotated[str, typer.Option(
        parser=_profile, metavar="NAME",
        help="Calibration profile: sandwell-like or england-average.")] = "sandwell-like",
    years: Annotated[str, typer.Option(
        metavar="YEARS", help="Collection years: 2019-2025, 2023/24, or a list 2021,2023.")
    ] = "2019-2025",
    seed: Annotated[int, typer.Option(help="Random seed: the same seed writes identical "
                                           "files.")] = 1,
    inject_errors: Annotated[float, typer.Option(
        min=0.0, max=1.0, metavar="RATE",
        help="Share of records given a realistic data-quality fault, listed in a "
             "ground-truth file.")] = 0.0,
    population: Annotated[int | None, typer.Option(
        min=1, metavar="N", help="Children aged 0-17 in each authority (default: the "
                                 "profile's).")] = None,
    authorities: Annotated[int, typer.Option(
        min=1, metavar="K", help="How many authorities, each with its own LA code.")] = 1,
    annex_a: Annotated[str | None, typer.Option(
        "--annex-a", metavar="DATES",
        help="Dates the Annex A workbooks are as at, comma-separated month ends such as "
             "2024-12-31,2025-03-31 (default: 31 March of the last year).")] = None,
) -> None:
    """Write the statutory returns (CIN census, SSDA903, workforce census, Annex A) of a
    synthetic local authority. No real child's data is involved."""
    err = stderr()
    summary = run(out, profile, years, seed, inject_errors=inject_errors,
                  population=population, authorities=authorities, annex_a=annex_a,
                  echo=lambda line: err.print(line, markup=False))
    stdout().print(summary, markup=False)
