"""The ``cscmonitor`` command group, its global options and what every command shares.

Exit codes: 0 done; 1 the input could not be loaded (or the warehouse refused), with every
problem printed to stderr; 2 the command was used wrongly (click's usage errors).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import duckdb
import typer
from rich.console import Console

from cscmonitor import __version__
from cscmonitor.warehouse import DATA_DIR_ENV, Warehouse, WarehouseError

EXIT_FAILED = 1

app = typer.Typer(
    name="cscmonitor",
    help="Children's social care performance monitoring from the statutory returns.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)


@dataclass(frozen=True)
class Settings:
    data_dir: Path | None


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"cscmonitor {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    ctx: typer.Context,
    data_dir: Annotated[Path | None, typer.Option(
        "--data-dir", file_okay=False, metavar="DIR",
        help=f"Folder holding the warehouse (default: ${DATA_DIR_ENV}, else the user's data "
             "folder).")] = None,
    version: Annotated[bool, typer.Option(
        "--version", callback=_print_version, is_eager=True,
        help="Show the version and exit.")] = False,
) -> None:
    """Children's social care performance monitoring from the statutory returns."""
    ctx.obj = Settings(data_dir=data_dir)


def open_warehouse(ctx: typer.Context) -> Warehouse:
    """The warehouse chosen by ``--data-dir``; a warehouse that can't be opened ends the
    command with its reason (another process holding it, a model change it can't follow)."""
    settings = ctx.find_object(Settings)
    try:
        return Warehouse.open(settings.data_dir if settings else None)
    except (WarehouseError, duckdb.Error, OSError) as error:
        stderr().print(f"Cannot open the warehouse: {error}", markup=False)
        raise typer.Exit(EXIT_FAILED) from None


def stdout() -> Console:
    """Created per command so the output follows whatever stdout is at the time."""
    return Console(highlight=False)


def stderr() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)
