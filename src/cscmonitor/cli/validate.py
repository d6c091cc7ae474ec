"""``cscmonitor validate``: run every DfE rule in force over files or a stored snapshot."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from cscmonitor.cli.app import Settings, app, open_warehouse, stderr, stdout
from cscmonitor.cli.load import parse_la_code
from cscmonitor.cli.loading import progress_bar, read_or_exit
from cscmonitor.formats import ReadResult
from cscmonitor.model import parse_year
from cscmonitor.rules import Outcome, Submission, Validation, rules_for, validate
from cscmonitor.rules.report import ReportFormat, print_summary, summarise, write_reports
from cscmonitor.rules.stored import keep_validation, last_year_tables, stored_submission
from cscmonitor.warehouse import SnapshotNotFound, database_path

EXIT_ERRORS = 3
"""With ``--fail-on-error``: the return has errors, or a rule crashed."""


def parse_formats(text: str) -> list[ReportFormat]:
    chosen = [part.strip().lower() for part in text.split(",") if part.strip()]
    try:
        return [ReportFormat(part) for part in dict.fromkeys(chosen)]
    except ValueError:
        raise ValueError(f"{text!r}: choose from csv, xlsx, html (comma-separated)") from None


@app.command(name="validate")
def validate_command(
    ctx: typer.Context,
    paths: Annotated[list[Path] | None, typer.Argument(
        exists=True, metavar="PATH...",
        help="Files, or folders of files, to validate (not with --snapshot).")] = None,
    year: Annotated[int | None, typer.Option(
        parser=parse_year, metavar="YEAR",
        help="Collection year (2024/25 or 2025) for files that don't state it.")] = None,
    la: Annotated[str | None, typer.Option(
        parser=parse_la_code, metavar="CODE",
        help="3-digit LA code for returns that don't state it (used to find last year's "
             "return in the warehouse).")] = None,
    snapshot: Annotated[int | None, typer.Option(
        "--snapshot", metavar="ID",
        help="Validate a stored snapshot instead of files; its findings are stored with it.")
    ] = None,
    out: Annotated[Path | None, typer.Option(
        file_okay=False, metavar="DIR", help="Write the findings to files in DIR.")] = None,
    formats: Annotated[str, typer.Option(
        "--format", metavar="LIST",
        help="Files to write with --out: any of csv,xlsx,html.")] = "csv,xlsx,html",
    fail_on_error: Annotated[bool, typer.Option(
        "--fail-on-error",
        help=f"Exit with status {EXIT_ERRORS} when a return has errors or a rule crashed.")
    ] = False,
) -> None:
    """Check returns against every DfE validation rule in force for their year.

    Prints, per return, the rules run, passed, failed, skipped (with the reason, e.g. last
    year's return not loaded) and crashed (with the error: a crashed rule is never counted as
    passed), then the errors and queries by rule and the children affected.

    Validating files directly stores nothing: load them first (`cscmonitor load`) and validate
    the snapshot (--snapshot ID) to keep the findings with it, for the trend across loads. The
    "_last" rules use last year's return of the same LA from the warehouse when it is loaded.
    """
    err = stderr()
    try:
        chosen = parse_formats(formats)
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="--format") from None
    if (snapshot is None) == (not paths):
        raise typer.BadParameter("give files to validate, or --snapshot ID (not both)")
    if snapshot is not None:
        validations = [_validate_snapshot(ctx, snapshot, err)]
        sources = [f"snapshot {snapshot}"]
    else:
        results = read_or_exit(paths or [], year, la, err, "Cannot validate")
        validations = [_run(_file_submission(ctx, r), err) for r in results]
        sources = [", ".join(p.name for p in r.files) for r in results]
    failed = False
    names: set[str] = set()
    for validation, source in zip(validations, sources, strict=True):
        summary = summarise(validation, source)
        print_summary(stdout(), summary)
        if out is not None:
            stem = _stem(validation, snapshot, names)
            for path in write_reports(validation, summary, out, stem, chosen):
                stdout().print(f"Wrote {path}", markup=False)
        failed |= summary.errors > 0 or summary.outcomes[Outcome.CRASHED] > 0
    if fail_on_error and failed:
        raise typer.Exit(EXIT_ERRORS)


def _file_submission(ctx: typer.Context, result: ReadResult) -> Submission:
    """Files as a submission, with last year's return when the warehouse has it (an absent
    warehouse is not created just to look)."""
    settings = ctx.find_object(Settings)
    if not database_path(settings.data_dir if settings else None).exists():
        return Submission.from_read(result)
    with open_warehouse(ctx) as warehouse:
        last = last_year_tables(warehouse, result.return_name, result.collection_year,
                                result.la_code)
    return Submission.from_read(result, last)


def _validate_snapshot(ctx: typer.Context, snapshot_id: int, err: Console) -> Validation:
    with open_warehouse(ctx) as warehouse:
        try:
            submission = stored_submission(warehouse, snapshot_id)
        except SnapshotNotFound as error:
            raise typer.BadParameter(str(error), param_hint="--snapshot") from None
        validation = _run(submission, err)
        keep_validation(warehouse, snapshot_id, validation)
    return validation


def _run(submission: Submission, err: Console) -> Validation:
    rules = rules_for(submission.return_name, submission.year)
    with progress_bar(err) as progress:
        task = progress.add_task(f"Validating {submission.return_name}", total=len(rules))
        return validate(submission, rules, progress=lambda rule: progress.advance(task))


def _stem(validation: Validation, snapshot: int | None, taken: set[str]) -> str:
    """A file name per return that doesn't overwrite another written by the same command."""
    submission = validation.submission
    base = (f"snapshot-{snapshot}-findings" if snapshot is not None else
            f"{submission.return_name}-{submission.year}-findings")
    stem, n = base, 1
    while stem in taken:
        n += 1
        stem = f"{base}-{n}"
    taken.add(stem)
    return stem
