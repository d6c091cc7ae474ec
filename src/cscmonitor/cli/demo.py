"""``cscmonitor demo``: the main job on the embedded default, end to end.

By default it writes a synthetic local authority (the ``sandwell-like`` profile, no real
child's data) as real statutory files, loads every one, shows what was stored, and loads them
again to show a repeat load changes nothing. ``--samples DIR`` loads a folder of files instead
(for example the public fake samples); a file that cannot be read is reported and skipped, so
one unsupported sample does not hide what the others show.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from cscmonitor.cli.app import EXIT_FAILED, app, open_warehouse, stderr, stdout
from cscmonitor.cli.loading import input_files, progress_bar, read_returns, store
from cscmonitor.cli.render import plural, print_problems, stored_table
from cscmonitor.formats import FormatError, Issue, ReadOptions, ReadResult
from cscmonitor.synth.command import run as write_synthetic_authority
from cscmonitor.warehouse import LoadOutcome, Warehouse
from cscmonitor.warehouse.schema import quote

SYNTHETIC = "synthetic-authority"
"""Folder beside the warehouse that the demo writes the synthetic returns into."""


@dataclass(frozen=True)
class Skipped:
    files: list[Path]
    issues: list[Issue]


def _read(folders: list[Path], err: Console) -> tuple[list[ReadResult], list[Skipped]]:
    """Every readable return in the folders (each folder alone, not recursing)."""
    results: list[ReadResult] = []
    skipped: list[Skipped] = []
    with progress_bar(err) as progress:
        for folder in folders:
            try:
                attempts = read_returns([folder], ReadOptions(), progress)
            except FormatError as error:
                skipped.append(Skipped(input_files([folder]), error.issues))
                continue
            for attempt in attempts:
                if attempt.result is not None:
                    results.append(attempt.result)
                elif attempt.error is not None:
                    skipped.append(Skipped(attempt.files, attempt.error.issues))
    return results, skipped


def _store(warehouse: Warehouse, results: list[ReadResult], err: Console) -> list[LoadOutcome]:
    with progress_bar(err) as progress:
        outcomes, refused = store(warehouse, results, progress)
    if refused is not None:
        err.print(f"Cannot store: {refused}", markup=False)
        raise typer.Exit(EXIT_FAILED)
    return outcomes


def _contents(warehouse: Warehouse) -> tuple[int, int, int]:
    """(snapshots, canonical rows, issues): what a repeat load must leave unchanged."""
    counts = [f"(SELECT count(*) FROM {quote(name)})" for name in warehouse.registry.tables]
    rows = " + ".join(counts) if counts else "0"
    frame = warehouse.query(
        f"SELECT (SELECT count(*) FROM snapshots), {rows}, (SELECT count(*) FROM snapshot_issues)")
    first = frame.row(0)
    return int(first[0]), int(first[1]), int(first[2])


def _describe(contents: tuple[int, int, int]) -> str:
    snapshots, rows, warnings = contents
    return (f"{plural(snapshots, 'snapshot')}, {plural(rows, 'row')}, "
            f"{plural(warnings, 'warning')}")


@app.command()
def demo(
    ctx: typer.Context,
    samples: Annotated[Path | None, typer.Option(
        exists=True, file_okay=False, metavar="DIR",
        help="Load this folder of returns instead of a synthetic authority.")] = None,
    years: Annotated[str, typer.Option(
        metavar="YEARS", help="Collection years of the synthetic authority.")] = "2019-2025",
    seed: Annotated[int, typer.Option(help="Seed of the synthetic authority.")] = 1,
) -> None:
    """Write a synthetic local authority's returns, load every one into the warehouse, show
    what was stored, then load them again to show a repeat load changes nothing."""
    out, err = stdout(), stderr()
    with open_warehouse(ctx) as warehouse:
        out.print(f"Warehouse: {warehouse.path}", markup=False)
        if samples is None:
            folder = warehouse.path.parent / SYNTHETIC
            out.print(f"Writing a synthetic local authority (sandwell-like, {years}, seed "
                      f"{seed}) into {folder}", markup=False)
            out.print(write_synthetic_authority(
                folder, "sandwell-like", years, seed,
                echo=lambda line: err.print(line, markup=False)), markup=False)
            # The returns are in <LA>/<year>/<return>/; the top holds the manifest.
            folders = sorted(p for p in folder.rglob("*") if p.is_dir())
        else:
            folder = samples
            folders = [folder, *sorted(p for p in folder.rglob("*") if p.is_dir())]
        out.print(f"Loading the returns in {folder}", markup=False)
        results, skipped = _read(folders, err)
        for item in skipped:
            err.print(f"Skipped {', '.join(p.name for p in item.files)}: cannot be read.",
                      markup=False)
            print_problems(err, item.issues)
        if not results:
            err.print("No sample return could be read.", markup=False)
            raise typer.Exit(EXIT_FAILED)
        out.print(stored_table(_store(warehouse, results, err), warehouse.registry))
        before = _contents(warehouse)
        again, _ = _read(folders, err)
        repeat = _store(warehouse, again, err)
        after = _contents(warehouse)
    recognised = sum(1 for o in repeat if not o.new)
    out.print(f"Loaded again: {recognised} of {plural(len(repeat), 'return')} recognised as "
              f"already loaded. Warehouse before: {_describe(before)}; after: "
              f"{_describe(after)}.", markup=False)
    if recognised != len(repeat) or before != after:
        err.print("The repeat load changed the warehouse: this is a bug.", markup=False)
        raise typer.Exit(EXIT_FAILED)
