"""``cscmonitor indicators``: the scorecard for a period, or monthly series of indicators."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
import xlsxwriter
from rich import box
from rich.table import Table

from cscmonitor.cli.app import Settings, app, open_warehouse, stderr, stdout
from cscmonitor.cli.load import parse_la_code
from cscmonitor.cli.loading import progress_bar
from cscmonitor.formats.excel_safety import escape_formula
from cscmonitor.indicators.benchmarks import load_benchmarks
from cscmonitor.indicators.definition import Indicator, Unit
from cscmonitor.indicators.engine import Value, compute_prepared, prepare
from cscmonitor.indicators.periods import Period, monthly, parse_month
from cscmonitor.indicators.rag import Direction
from cscmonitor.indicators.registry import indicators as all_indicators
from cscmonitor.indicators.scorecard import ScoreLine, line_record, score
from cscmonitor.indicators.targets import Target, TargetsError, load_targets
from cscmonitor.warehouse import Warehouse

AuthorityOption = Annotated[str | None, typer.Option(
    "--la", parser=parse_la_code, metavar="CODE",
    help="3-digit LA code (default: the one the loaded returns carry).")]
TargetsOption = Annotated[Path | None, typer.Option(
    "--targets", exists=True, dir_okay=False, metavar="FILE",
    help="Targets YAML (default: targets.yml in the data folder, else the shipped one).")]
"""Options every command showing figures against targets shares."""


class OutputFormat(StrEnum):
    TABLE = "table"
    CSV = "csv"
    JSON = "json"
    XLSX = "xlsx"


def authority(warehouse: Warehouse, la: str | None) -> str | None:
    """The LA the figures are for: ``--la``, else the one LA code the loaded returns carry."""
    if la is not None:
        return la
    codes = sorted({s.la_code for s in warehouse.current_snapshots() if s.la_code})
    if len(codes) > 1:
        raise typer.BadParameter(f"the warehouse holds several authorities ({', '.join(codes)})"
                                 "; choose one with --la", param_hint="--la")
    return codes[0] if codes else None


def _chosen(ids: list[str] | None) -> list[Indicator]:
    known = all_indicators()
    unknown = [i for i in ids or [] if i not in known]
    if unknown:
        raise typer.BadParameter(f"unknown indicators {', '.join(unknown)}; see "
                                 "docs/indicators.md", param_hint="ID")
    return [known[i] for i in ids] if ids else list(known.values())


def _series_range(text: str) -> tuple[date, date]:
    first, separator, last = text.partition("..")
    if not separator:
        raise typer.BadParameter("write the months as FIRST..LAST, e.g. 2019-04..2025-03",
                                 param_hint="--series")
    try:
        return parse_month(first), parse_month(last)
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="--series") from None


def chosen_period(as_of: date, rolling: bool, day: bool = False) -> Period:
    """The period the options name: the official year to --as-of (a 31 March), the 12 months
    to it (--rolling), or the day itself (--day)."""
    if day:
        return Period.day(as_of)
    if rolling:
        return Period.twelve_months_to(as_of)
    if (as_of.month, as_of.day) != (3, 31):
        raise typer.BadParameter("the official year ends on 31 March; use --rolling for the "
                                 "12 months to another month end, or --day", param_hint="--as-of")
    return Period.official_year(as_of.year)


def _shown(value: object, unit: str | None = None) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        text = f"{value:,.0f}" if unit == Unit.COUNT and value.is_integer() else f"{value:,.1f}"
        return text + ("%" if unit == Unit.PERCENT else "")
    return str(value)


ARROWS = {Direction.IMPROVING: "↑ better", Direction.WORSENING: "↓ worse", Direction.UP: "↑",
          Direction.DOWN: "↓", Direction.NO_CHANGE: "→", Direction.NO_COMPARISON: ""}


def targets_or_exit(targets: Path | None, data_dir: Path | None) -> dict[str, Target]:
    """The targets in force; a file that can't be used ends the command with its reason."""
    try:
        return load_targets(targets, data_dir, known_ids=all_indicators())
    except TargetsError as error:
        stderr().print(str(error), markup=False)
        raise typer.Exit(1) from None


def scorecard_lines(warehouse: Warehouse, chosen: list[Indicator], period: Period,
                    la_code: str | None, targets: Path | None,
                    data_dir: Path | None) -> list[ScoreLine]:
    """The scorecard, with a progress bar; a targets file that can't be used ends the command
    with its located reason."""
    chosen_targets = targets_or_exit(targets, data_dir)
    benchmarks = load_benchmarks(warehouse)
    with warehouse.reading() as con, progress_bar(stderr()) as bar:
        task = bar.add_task("Computing indicators", total=len(chosen))
        return score(con, chosen, period, la_code, benchmarks, chosen_targets,
                     done=lambda _: bar.advance(task))


def scorecard_table(lines: list[ScoreLine], period: Period, la_code: str | None,
                    width: int) -> Table:
    """The scorecard for a terminal ``width`` characters wide: below 110 the numerator and
    denominator column is left out so that every figure stays on one line."""
    where = f"LA {la_code}" if la_code else "the loaded returns"
    wide = width >= 110
    table = Table(title=f"Indicators, {period.label}, {where}", title_justify="left",
                  box=box.SIMPLE_HEAD, pad_edge=False, padding=(0, 1),
                  collapse_padding=not wide)
    table.add_column("indicator", overflow="fold", min_width=20)
    for heading in ("value", *(("num/den",) if wide else ()), "last yr", "England",
                    "SN med", "target"):
        table.add_column(heading, justify="right", no_wrap=True)
    table.add_column("RAG", no_wrap=True)
    for line in lines:
        record, arrow = line_record(line), ARROWS[line.direction]
        unit = line.indicator.unit
        count = _shown(line.current.numerator, Unit.COUNT)
        num_den = count if line.current.denominator is None \
            else f"{count}/{_shown(line.current.denominator, Unit.COUNT)}"
        value = _shown(line.current.value, unit)
        england, median = record["england"], record["sn_median"]
        if line.indicator.rate_per_10000:  # counts compare as rates per 10,000, never counts
            if line.rate is not None:
                value += f"\n{_shown(line.rate)}/10k"
            england, median = record["england_rate"], record["sn_median_rate"]
        table.add_row(line.indicator.id, value, *((num_den,) if wide else ()),
                      _shown(record["last_year"], unit), _shown(england, unit),
                      _shown(median, unit), _shown(record["target"], unit),
                      f"{line.rag.value} {arrow if wide else arrow[:1]}")
    return table


def _write_records(records: list[dict[str, object]], output: OutputFormat,
                   out: Path | None) -> None:
    if output is OutputFormat.XLSX:
        if out is None:
            raise typer.BadParameter("xlsx needs --out FILE", param_hint="--out")
        workbook = xlsxwriter.Workbook(str(out))
        sheet = workbook.add_worksheet("indicators")
        headings = list(records[0]) if records else []
        sheet.write_row(0, 0, headings)
        for row, record in enumerate(records, start=1):
            sheet.write_row(row, 0, [escape_formula(v) if isinstance(v, str) else v
                                     for v in record.values()])
        sheet.autofilter(0, 0, max(len(records), 1), max(len(headings) - 1, 0))
        workbook.close()
        stdout().print(f"Wrote {out}", markup=False)
        return
    if output is OutputFormat.JSON:
        text = json.dumps(records, indent=2, default=str) + "\n"
    else:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=list(records[0]) if records else [],
                                lineterminator="\n")
        writer.writeheader()
        writer.writerows(records)
        text = buffer.getvalue()
    if out is None:
        typer.echo(text, nl=False)
    else:
        out.write_text(text, encoding="utf-8")
        stdout().print(f"Wrote {out}", markup=False)


def _series_record(value: Value) -> dict[str, object]:
    return {"indicator": value.indicator, "period_end": value.period.end.isoformat(),
            "group": value.group, "numerator": value.numerator,
            "denominator": value.denominator, "value": value.value}


@app.command(name="indicators")
def indicators_command(
    ctx: typer.Context,
    ids: Annotated[list[str] | None, typer.Argument(
        metavar="ID...", help="Indicators to show (default: all; see docs/indicators.md).")
    ] = None,
    as_of: Annotated[str | None, typer.Option(
        "--as-of", metavar="DATE",
        help="Period end, e.g. 2025-03-31 (default: 31 March of the latest loaded year).")
    ] = None,
    rolling: Annotated[bool, typer.Option(
        "--rolling", help="The 12 months to --as-of, for any month end.")] = False,
    day: Annotated[bool, typer.Option(
        "--day", help="A snapshot on --as-of: stocks on that day, that day's events.")] = False,
    series: Annotated[str | None, typer.Option(
        "--series", metavar="FIRST..LAST",
        help="Monthly series of the 12 months to each month end, e.g. 2019-04..2025-03.")
    ] = None,
    breakdown: Annotated[str | None, typer.Option(
        metavar="NAME",
        help="Break the figures down, e.g. age_band (indicators that allow it; a row per "
             "group).")
    ] = None,
    la: AuthorityOption = None,
    targets: TargetsOption = None,
    output: Annotated[OutputFormat, typer.Option(
        "--format", help="table, csv, json or xlsx.")] = OutputFormat.TABLE,
    out: Annotated[Path | None, typer.Option(
        dir_okay=False, metavar="FILE", help="Write to FILE instead of the screen.")] = None,
) -> None:
    """The scorecard: each indicator's value, numerator/denominator, last year, England,
    statistical-neighbour median, target and RAG; or, with --series, monthly figures.

    Figures are computed from every loaded return, exactly as docs/indicators.md defines
    them. Lists of children are never printed here.
    """
    chosen = _chosen(ids)
    settings = ctx.find_object(Settings)
    with open_warehouse(ctx) as warehouse:
        la_code = authority(warehouse, la)
        years = [s.collection_year for s in warehouse.current_snapshots()]
        if not years:
            stderr().print("No returns loaded: load them with `cscmonitor load PATH...`.",
                           markup=False)
            raise typer.Exit(1)
        end = date.fromisoformat(as_of) if as_of else date(max(years), 3, 31)
        period = chosen_period(end, rolling, day)
        if series is not None or breakdown is not None:
            periods = monthly(*_series_range(series)) if series is not None else [period]
            if breakdown is not None:
                chosen = [i for i in chosen if breakdown in i.breakdowns]
            with warehouse.reading() as con, progress_bar(stderr()) as bar:
                task = bar.add_task("Computing series", total=len(chosen))
                prepare(con, periods, la_code)
                values: list[Value] = []
                for indicator in chosen:
                    values += compute_prepared(con, indicator, periods, breakdown)
                    bar.advance(task)
            records = [_series_record(v) for v in values]
            if output is OutputFormat.TABLE:
                output = OutputFormat.CSV
            _write_records(records, output, out)
            return
        lines = scorecard_lines(warehouse, chosen, period, la_code, targets,
                                settings.data_dir if settings else None)
    if output is OutputFormat.TABLE and out is None:
        console = stdout()
        console.print(scorecard_table(lines, period, la_code, console.width))
        return
    _write_records([line_record(line) for line in lines],
                   OutputFormat.CSV if output is OutputFormat.TABLE else output, out)
