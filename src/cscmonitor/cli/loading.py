"""Read every return first, then store each as a snapshot.

Reading everything before storing anything means a fatal problem in any input stops the whole
command with nothing stored: a half-loaded set of returns is harder to reason about than none.
Each return is then stored in its own transaction (see ``Warehouse.load``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from cscmonitor.cli.app import EXIT_FAILED
from cscmonitor.cli.render import print_problems
from cscmonitor.formats import FormatError, ReadOptions, ReadResult
from cscmonitor.formats.registry import expand, group
from cscmonitor.warehouse import LoadOutcome, Warehouse, WarehouseError


@dataclass(frozen=True)
class Attempt:
    """One return's files and what reading them gave: a result, or the fatal problems."""

    files: list[Path]
    result: ReadResult | None = None
    error: FormatError | None = None


@contextmanager
def progress_bar(console: Console) -> Iterator[Progress]:
    """A transient bar on an interactive terminal; nothing at all when output is redirected."""
    with Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=console, transient=True, disable=not console.is_terminal,
    ) as progress:
        yield progress


def input_files(paths: Sequence[Path]) -> list[Path]:
    """Files given and files in folders given, each once even if named twice."""
    seen: set[Path] = set()
    unique = []
    for path in expand(paths):
        resolved = path.resolve()
        if resolved not in seen:
            seen.add(resolved)
            unique.append(path)
    return unique


def read_returns(paths: Sequence[Path], options: ReadOptions,
                 progress: Progress) -> list[Attempt]:
    """Read every return among ``paths``, keeping each one's fatal problems.

    Raises ``FormatError`` (with every unrecognised file) before reading anything when some
    file is not a known format.
    """
    groups = group(input_files(paths))
    task = progress.add_task("Reading", total=len(groups))
    attempts = []
    for spec, files in groups:
        progress.update(task, description=f"Reading {files[0].name}")
        try:
            attempts.append(Attempt(files, result=spec.read(files, options)))
        except FormatError as error:
            attempts.append(Attempt(files, error=error))
        progress.advance(task)
    return attempts


def authority_conflicts(results: Sequence[ReadResult], la_code: str | None) -> list[str]:
    """Give ``la_code`` to returns that don't state one; list the ones that state another."""
    if la_code is None:
        return []
    conflicts = []
    for result in results:
        if result.la_code is None:
            result.la_code = la_code
        elif result.la_code != la_code:
            names = ", ".join(p.name for p in result.files)
            conflicts.append(f"{names}: the return is for LA {result.la_code}, "
                             f"not {la_code} as given with --la")
    return conflicts


def store(warehouse: Warehouse, results: Sequence[ReadResult],
          progress: Progress) -> tuple[list[LoadOutcome], WarehouseError | None]:
    """Store each result; stop at the first the warehouse refuses, returning those stored."""
    task = progress.add_task("Storing", total=len(results))
    outcomes = []
    for result in results:
        progress.update(task, description=f"Storing {result.return_name}")
        try:
            outcomes.append(warehouse.load(result))
        except WarehouseError as error:
            return outcomes, error
        progress.advance(task)
    return outcomes, None


def read_or_exit(paths: Sequence[Path], year: int | None, la_code: str | None, err: Console,
                 refusal: str, aftermath: str = "") -> list[ReadResult]:
    """Every return in ``paths``; otherwise every fatal problem is printed and the command
    ends with exit status 1. ``refusal`` opens the message ("Cannot load"), ``aftermath``
    closes it (" Nothing was stored.")."""
    try:
        with progress_bar(err) as progress:
            attempts = read_returns(paths, ReadOptions(year=year), progress)
    except FormatError as error:
        err.print(f"{refusal}: these files are not a return cscmonitor knows.{aftermath}",
                  markup=False)
        print_problems(err, error.issues)
        raise typer.Exit(EXIT_FAILED) from None
    results = [a.result for a in attempts if a.result is not None]
    problems = [i for a in attempts if a.error is not None for i in a.error.issues]
    conflicts = authority_conflicts(results, la_code)
    if problems or conflicts:
        err.print(f"{refusal}: fatal problems were found.{aftermath}", markup=False)
        print_problems(err, problems)
        for conflict in conflicts:
            err.print(f"  {conflict}", markup=False)
        raise typer.Exit(EXIT_FAILED)
    return results
