"""``cscmonitor benchmarks``: DfE's published figures that indicators are compared with."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import polars as pl
import typer
from rich.table import Table

from cscmonitor.cli.app import EXIT_FAILED, open_warehouse, stderr, stdout
from cscmonitor.cli.app import app as main_app
from cscmonitor.indicators.benchmarks import load_benchmarks
from cscmonitor.indicators.benchmarks.official import BenchmarkFileError, read_reference
from cscmonitor.warehouse.reference_data import store_reference_data

app = typer.Typer(
    name="benchmarks", no_args_is_help=True, rich_markup_mode=None,
    help="DfE's published figures (England, regions, LAs, statistical neighbours).")
main_app.add_typer(app)


@app.command("import")
def import_(
    ctx: typer.Context,
    paths: Annotated[list[Path], typer.Argument(
        exists=True, metavar="PATH...",
        help="Official statistics CSVs, or folders of them, in DfE's published layout.")],
) -> None:
    """Import DfE's official statistics, ONS populations and the statistical neighbour model.

    Files are recognised by their columns; other files are left out with a note. Every file
    is read before anything is stored: a malformed file stops the import (naming its file,
    line and column) and nothing is stored. An import replaces any earlier one.
    """
    out, err = stdout(), stderr()
    try:
        with err.status("Reading the official statistics..."):
            outcome = read_reference(paths)
    except (BenchmarkFileError, OSError) as error:
        err.print(f"Cannot import: {error}. Nothing was stored.", markup=False)
        raise typer.Exit(EXIT_FAILED) from None
    for note in outcome.notes:
        err.print(f"Note: {note}", markup=False)
    if outcome.tables.files.height == 0:
        err.print("Cannot import: no statistics, population or neighbour-model files found. "
                  "Nothing was stored.", markup=False)
        raise typer.Exit(EXIT_FAILED)
    with open_warehouse(ctx) as warehouse, err.status("Storing..."):
        store_reference_data(warehouse, outcome.tables)
    out.print(_files_table(outcome.tables.files, "Imported"))


@app.command()
def info(ctx: typer.Context) -> None:
    """Which figures benchmarks use: the imported files, or the copy shipped with cscmonitor."""
    with open_warehouse(ctx) as warehouse:
        benchmarks = load_benchmarks(warehouse)
    title = f"Benchmarks: {benchmarks.origin}"
    stdout().print(_files_table(benchmarks.tables.files, title))


def _files_table(files: pl.DataFrame, title: str) -> Table:
    table = Table(title=title, title_justify="left")
    for name in ("file", "kind", "figures", "sha256"):
        table.add_column(name, justify="right" if name == "figures" else "left")
    for row in files.iter_rows(named=True):
        table.add_row(row["file_name"], row["kind"], f"{row['figures']:,}", row["sha256"][:12])
    return table
