"""``cscmonitor demo``: the main job on the embedded default, end to end.

By default it writes a synthetic local authority (the ``sandwell-like`` profile, no real
child's data) as real statutory files, loads every one, shows what was stored, loads them again
to show a repeat load changes nothing, and ends with the authority's scorecard and board pack.
``--samples DIR`` loads a folder of files instead (for example the public fake samples); a file
that cannot be read is reported and skipped, so one unsupported sample does not hide what the
others show.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from cscmonitor.cli.app import EXIT_FAILED, app, open_warehouse, stderr, stdout
from cscmonitor.cli.indicators import (
    authority,
    scorecard_lines,
    scorecard_table,
    targets_or_exit,
)
from cscmonitor.cli.loading import (
    authority_conflicts,
    input_files,
    progress_bar,
    read_returns,
    store,
)
from cscmonitor.cli.render import plural, print_problems, stored_table
from cscmonitor.formats import FormatError, Issue, ReadOptions, ReadResult
from cscmonitor.indicators.benchmarks import load_benchmarks
from cscmonitor.indicators.periods import Period
from cscmonitor.indicators.registry import indicators
from cscmonitor.reports.audience import Audience
from cscmonitor.reports.commentary import COMMENTARY_FOLDER
from cscmonitor.reports.pack import build_pack
from cscmonitor.synth.command import run as write_synthetic_authority
from cscmonitor.warehouse import LoadOutcome, Warehouse
from cscmonitor.warehouse.schema import quote

SYNTHETIC = "synthetic-authority"
"""Folder beside the warehouse that the demo writes the synthetic returns into."""
BOARD_PACK = "board-pack"
"""Folder beside the warehouse that the demo writes the synthetic authority's pack into."""


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


def show_scorecard_and_pack(warehouse: Warehouse, out: Console) -> None:
    """The synthetic authority's scorecard for its latest official year, then its board pack
    (HTML, PDF and workbook) written beside the warehouse."""
    years = [s.collection_year for s in warehouse.current_snapshots()]
    la_code = authority(warehouse, None)
    period = Period.official_year(max(years))
    chosen = list(indicators().values())
    data_dir = warehouse.path.parent
    lines = scorecard_lines(warehouse, chosen, period, la_code, None, data_dir)
    out.print(scorecard_table(lines, period, la_code, out.width))
    with stderr().status("Writing the board pack (HTML, PDF, workbook)"):
        files = build_pack(warehouse, chosen, period, la_code, load_benchmarks(warehouse),
                           targets_or_exit(None, data_dir), Audience.BOARD,
                           data_dir / BOARD_PACK, data_dir / COMMENTARY_FOLDER)
    out.print(f"Board pack for {period.label}: {files.pdf} (also {files.html.name} and "
              f"{files.xlsx.name})", markup=False)


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
    what was stored, load them again to show a repeat load changes nothing, then show the
    authority's scorecard for its latest year and write its board pack."""
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
            la_codes = [p.name for p in folder.iterdir() if p.is_dir()]
        else:
            la_codes = []
            folder = samples
            folders = [folder, *sorted(p for p in folder.rglob("*") if p.is_dir())]
        out.print(f"Loading the returns in {folder}", markup=False)
        results, skipped = _read(folders, err)
        if len(la_codes) == 1:  # the SSDA903 CSV set carries no LA code of its own
            authority_conflicts(results, la_codes[0])
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
        if len(la_codes) == 1:
            authority_conflicts(again, la_codes[0])
        repeat = _store(warehouse, again, err)
        after = _contents(warehouse)
        if samples is None:
            show_scorecard_and_pack(warehouse, out)
    recognised = sum(1 for o in repeat if not o.new)
    out.print(f"Loaded again: {recognised} of {plural(len(repeat), 'return')} recognised as "
              f"already loaded. Warehouse before: {_describe(before)}; after: "
              f"{_describe(after)}.", markup=False)
    if recognised != len(repeat) or before != after:
        err.print("The repeat load changed the warehouse: this is a bug.", markup=False)
        raise typer.Exit(EXIT_FAILED)
