"""How snapshots, load outcomes and issues look in the terminal."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import fields

from rich.console import Console
from rich.table import Table

from cscmonitor.formats.issues import Issue
from cscmonitor.model import Registry, year_label
from cscmonitor.warehouse import LoadOutcome, Snapshot


def plural(count: int, noun: str) -> str:
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def return_title(registry: Registry, name: str) -> str:
    try:
        return registry.return_spec(name).title
    except KeyError:
        return name


def outcome_table(outcome: LoadOutcome, registry: Registry) -> Table:
    """One loaded return: what was stored (or recognised) and how many rows per table."""
    snapshot = outcome.snapshot
    status = "stored" if outcome.new else "already loaded"
    table = Table(
        title=f"{return_title(registry, snapshot.return_name)} "
              f"{year_label(snapshot.collection_year)}: {status}",
        title_justify="left", show_header=False,
    )
    table.add_column(style="bold")
    table.add_column(overflow="fold")
    table.add_row("Snapshot", f"{snapshot.snapshot_id} ({status})")
    table.add_row("Return", snapshot.return_name)
    table.add_row("Format", snapshot.format)
    table.add_row("Year", year_label(snapshot.collection_year))
    table.add_row("LA", snapshot.la_code or "not stated")
    table.add_row("Files", "\n".join(f.file_name for f in snapshot.files))
    for name, rows in snapshot.row_counts.items():
        table.add_row(f"{name} rows", f"{rows:,}")
    table.add_row("Warnings", f"{snapshot.warning_count:,}")
    return table


def stored_table(outcomes: Sequence[LoadOutcome], registry: Registry) -> Table:
    """Many loaded returns at a glance: one line each, with the main table's row count."""
    table = Table(title="What was stored", title_justify="left")
    for heading in ("Snapshot", "Return", "Year", "LA", "Files", "Rows", "Warnings", "Status"):
        table.add_column(heading, justify="right" if heading in ("Snapshot", "Files", "Rows",
                                                                 "Warnings") else "left")
    for outcome in outcomes:
        snapshot = outcome.snapshot
        table.add_row(str(snapshot.snapshot_id), return_title(registry, snapshot.return_name),
                      year_label(snapshot.collection_year), snapshot.la_code or "",
                      f"{len(snapshot.files):,}", f"{sum(snapshot.row_counts.values()):,}",
                      f"{snapshot.warning_count:,}",
                      "stored" if outcome.new else "already loaded")
    return table


def snapshots_table(snapshots: Sequence[Snapshot], current: set[int]) -> Table:
    table = Table(title="Stored snapshots", title_justify="left")
    for heading in ("ID", "Return", "Format", "Year", "LA", "Loaded (UTC)", "By"):
        table.add_column(heading, overflow="fold")
    table.add_column("Files (SHA-256)", overflow="fold")
    table.add_column("Rows", justify="right")
    table.add_column("Warnings", justify="right")
    table.add_column("Current")
    for s in snapshots:
        table.add_row(
            str(s.snapshot_id), s.return_name, s.format, year_label(s.collection_year),
            s.la_code or "", s.loaded_at.strftime("%Y-%m-%d %H:%M:%S"), s.loaded_by,
            "\n".join(f"{f.file_name} ({f.sha256[:12]})" for f in s.files),
            f"{sum(s.row_counts.values()):,}", f"{s.warning_count:,}",
            "yes" if s.snapshot_id in current else "",
        )
    return table


def issues_table(issues: Sequence[Issue], title: str) -> Table:
    table = Table(title=title, title_justify="left")
    for heading in ("Where", "Field", "Value", "Problem", "Expected"):
        table.add_column(heading, overflow="fold")
    for issue in issues:
        field = ".".join(p for p in (issue.table, issue.field) if p)
        table.add_row(issue.location, field, issue.value if issue.value is not None else "",
                      issue.code, issue.expected)
    return table


def issues_csv(issues: Sequence[Issue]) -> str:
    """Every field of every issue, for a spreadsheet or another tool."""
    buffer = io.StringIO()
    records = [i.as_record() for i in issues]
    names = [f.name for f in fields(Issue)] + ["severity"]
    writer = csv.DictWriter(buffer, fieldnames=names, lineterminator="\n")
    writer.writeheader()
    writer.writerows(records)
    return buffer.getvalue()


def print_problems(console: Console, issues: Sequence[Issue]) -> None:
    """Fatal problems, one per line so they can be read, grepped and pasted into a ticket."""
    for issue in issues:
        console.print(f"  {issue}", markup=False)
