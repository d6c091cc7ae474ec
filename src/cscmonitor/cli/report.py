"""``cscmonitor report``: the board and scrutiny pack as HTML, PDF and an Excel workbook."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from cscmonitor.cli.app import EXIT_FAILED, Settings, app, open_warehouse, stderr, stdout
from cscmonitor.cli.indicators import (
    AuthorityOption,
    TargetsOption,
    authority,
    chosen_period,
    targets_or_exit,
)
from cscmonitor.indicators.benchmarks import load_benchmarks
from cscmonitor.indicators.registry import indicators as all_indicators
from cscmonitor.reports.audience import Audience
from cscmonitor.reports.commentary import COMMENTARY_FOLDER
from cscmonitor.reports.pack import build_pack
from cscmonitor.warehouse import data_dir as data_folder


@app.command(name="report")
def report_command(
    ctx: typer.Context,
    as_of: Annotated[str, typer.Option(
        "--as-of", metavar="DATE", help="Period end, e.g. 2025-03-31.")],
    audience: Annotated[Audience, typer.Option(
        help="board (figures as computed) or public (small numbers suppressed).")],
    out: Annotated[Path, typer.Option(
        file_okay=False, metavar="DIR", help="Folder to write report.html, .pdf and .xlsx.")],
    rolling: Annotated[bool, typer.Option(
        "--rolling", help="The 12 months to --as-of, for any month end.")] = False,
    la: AuthorityOption = None,
    targets: TargetsOption = None,
    commentary: Annotated[Path | None, typer.Option(
        file_okay=False, metavar="DIR",
        help="Folder of <indicator id>.md commentary files (default: commentary/ in the "
             "data folder).")] = None,
) -> None:
    """The board and scrutiny pack: scorecard, themed sections with trend charts and
    commentary, data quality and an appendix of definitions and sources.

    The public audience suppresses counts of 1 to 5 children, and the figures built on
    them, everywhere (tables, charts, sentences, workbook). Neither audience's pack holds
    any child-level data.
    """
    try:
        end = date.fromisoformat(as_of)
    except ValueError:
        raise typer.BadParameter(f"not a date: {as_of!r}", param_hint="--as-of") from None
    period = chosen_period(end, rolling)
    settings = ctx.find_object(Settings)
    data_dir = settings.data_dir if settings else None
    chosen = list(all_indicators().values())
    chosen_targets = targets_or_exit(targets, data_dir)
    with open_warehouse(ctx) as warehouse:
        if not warehouse.current_snapshots():
            stderr().print("No returns loaded: load them with `cscmonitor load PATH...`.",
                           markup=False)
            raise typer.Exit(EXIT_FAILED)
        la_code = authority(warehouse, la)
        files = build_pack(warehouse, chosen, period, la_code, load_benchmarks(warehouse),
                           chosen_targets, audience, out,
                           commentary or data_folder(data_dir) / COMMENTARY_FOLDER)
    for path in (files.pdf, files.html, files.xlsx):
        stdout().print(f"Wrote {path}", markup=False)
