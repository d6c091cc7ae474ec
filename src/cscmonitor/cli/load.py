"""``cscmonitor load``: statutory files in, snapshots out."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated

import typer

from cscmonitor.cli.app import EXIT_FAILED, app, open_warehouse, stderr, stdout
from cscmonitor.cli.loading import progress_bar, read_or_exit, store
from cscmonitor.cli.render import issues_table, outcome_table, plural
from cscmonitor.model import parse_year

_LA_CODE = re.compile(r"^\d{3}$")


def parse_la_code(text: str) -> str:
    code = text.strip()
    if not _LA_CODE.match(code):
        raise ValueError(f"{text!r} is not a 3-digit LA code (e.g. 333)")
    return code


@app.command()
def load(
    ctx: typer.Context,
    paths: Annotated[list[Path], typer.Argument(
        exists=True, metavar="PATH...",
        help="Files, or folders of files (an SSDA903 CSV set is one folder).")],
    year: Annotated[int | None, typer.Option(
        parser=parse_year, metavar="YEAR",
        help="Collection year (2024/25 or 2025) for files that don't state it.")] = None,
    la: Annotated[str | None, typer.Option(
        parser=parse_la_code, metavar="CODE",
        help="3-digit LA code for returns that don't state it.")] = None,
    show_warnings: Annotated[int, typer.Option(
        min=0, metavar="N", help="Print the first N warnings of each return.")] = 0,
) -> None:
    """Load statutory returns into the warehouse, each as one snapshot.

    Every file is read before anything is stored: if any return has a fatal problem, all
    problems are printed and nothing is stored. Files already loaded (same checksums) are
    recognised and not stored twice.
    """
    out, err = stdout(), stderr()
    results = read_or_exit(paths, year, la, err, "Cannot load", " Nothing was stored.")
    with open_warehouse(ctx) as warehouse:
        with progress_bar(err) as progress:
            outcomes, refused = store(warehouse, results, progress)
        for outcome, result in zip(outcomes, results, strict=False):
            out.print(outcome_table(outcome, warehouse.registry))
            if show_warnings and result.issues:
                shown = result.issues[:show_warnings]
                out.print(issues_table(
                    shown, f"First {len(shown)} of {plural(len(result.issues), 'warning')} "
                           f"(all: cscmonitor issues {outcome.snapshot_id})"))
    if refused is not None:
        err.print(f"Cannot store: {refused}", markup=False)
        raise typer.Exit(EXIT_FAILED)
