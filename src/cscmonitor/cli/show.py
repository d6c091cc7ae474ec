"""``cscmonitor snapshots`` and ``cscmonitor issues``: what the warehouse holds."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from cscmonitor.cli.app import app, open_warehouse, stdout
from cscmonitor.cli.render import issues_csv, issues_table, plural, snapshots_table
from cscmonitor.warehouse import SnapshotNotFound


class OutputFormat(StrEnum):
    TABLE = "table"
    CSV = "csv"


@app.command()
def snapshots(ctx: typer.Context) -> None:
    """List the stored snapshots with their provenance (files, checksums, who, when)."""
    with open_warehouse(ctx) as warehouse:
        stored = warehouse.snapshots()
        current = {s.snapshot_id for s in warehouse.current_snapshots()}
    if not stored:
        stdout().print("No snapshots yet: load returns with `cscmonitor load PATH...`.",
                       markup=False)
        return
    stdout().print(snapshots_table(stored, current))


@app.command()
def issues(
    ctx: typer.Context,
    snapshot_id: Annotated[int, typer.Argument(help="Snapshot id (see `cscmonitor snapshots`).")],
    output: Annotated[OutputFormat, typer.Option(
        "--format", help="table for reading, csv for a spreadsheet.")] = OutputFormat.TABLE,
) -> None:
    """The warnings found when a snapshot's files were read, located to file, line and field."""
    with open_warehouse(ctx) as warehouse:
        try:
            found = warehouse.issues(snapshot_id)
        except SnapshotNotFound as error:
            raise typer.BadParameter(str(error), param_hint="SNAPSHOT_ID") from None
    if output is OutputFormat.CSV:
        typer.echo(issues_csv(found), nl=False)
    elif found:
        title = f"Snapshot {snapshot_id}: {plural(len(found), 'warning')}"
        stdout().print(issues_table(found, title))
    else:
        stdout().print(f"Snapshot {snapshot_id} has no warnings.", markup=False)
