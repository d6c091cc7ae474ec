"""``cscmonitor demo``: load the reference sample returns and show that a repeat load is a no-op.

Until the synthetic authority exists, the public sample files are the embedded default. A
sample that cannot be read is reported and skipped rather than stopping the demonstration, so
one unsupported sample year does not hide what the others show.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

import cscmonitor
from cscmonitor.cli.app import EXIT_FAILED, app, open_warehouse, stderr, stdout
from cscmonitor.cli.loading import input_files, progress_bar, read_returns, store
from cscmonitor.cli.render import outcome_table, plural, print_problems
from cscmonitor.formats import FormatError, Issue, ReadOptions, ReadResult
from cscmonitor.warehouse import LoadOutcome, Warehouse
from cscmonitor.warehouse.schema import quote

SAMPLES = Path("shared") / "reference" / "samples"


def default_samples() -> Path:
    """``../shared/reference/samples`` from the current folder, else from the repository."""
    repository = Path(cscmonitor.__file__).resolve().parents[2]
    candidates = [Path.cwd().parent / SAMPLES, repository.parent / SAMPLES]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    tried = " or ".join(str(c) for c in candidates)
    raise typer.BadParameter(f"no sample folder at {tried}; give one with --samples",
                             param_hint="--samples")


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
        help="Folder of sample returns (default: ../shared/reference/samples).")] = None,
) -> None:
    """Load every sample return into the warehouse, then load them again to show that a
    repeat load is recognised and changes nothing."""
    out, err = stdout(), stderr()
    folder = samples if samples is not None else default_samples()
    folders = [folder, *sorted(p for p in folder.rglob("*") if p.is_dir())]
    with open_warehouse(ctx) as warehouse:
        out.print(f"Warehouse: {warehouse.path}", markup=False)
        out.print(f"Loading the sample returns in {folder}", markup=False)
        results, skipped = _read(folders, err)
        for item in skipped:
            err.print(f"Skipped {', '.join(p.name for p in item.files)}: cannot be read.",
                      markup=False)
            print_problems(err, item.issues)
        if not results:
            err.print("No sample return could be read.", markup=False)
            raise typer.Exit(EXIT_FAILED)
        for outcome in _store(warehouse, results, err):
            out.print(outcome_table(outcome, warehouse.registry))
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
