"""Reading an Ofsted Annex A workbook (.xlsx) into the eleven list tables.

The workbook is checked for decompression bombs before anything opens it, then each sheet is
read once by calamine (through fastexcel) with every cell as text: dates arrive as
``yyyy-mm-dd hh:mm:ss`` (a date cell) or as typed (``dd/mm/yyyy``, a serial number), and the
shared coercion turns them into dates. Rows keep their worksheet row number in ``_row``.

A list whose identifier column (child or adopter) or identifying date is missing cannot be read
and stops the load. Any other missing column the template requires is reported once, at the
header row, rather than once for every row.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import fastexcel
import polars as pl

from cscmonitor.formats.annex_a.as_at import title_date
from cscmonitor.formats.annex_a.dropdowns import canonical_codes
from cscmonitor.formats.annex_a.layout import HEADER_SEARCH_ROWS, header_columns, list_named, locate
from cscmonitor.formats.excel_safety import unescape_formula_text
from cscmonitor.formats.issues import Issue, fatal
from cscmonitor.formats.registry import ReadOptions
from cscmonitor.formats.result import ReadResult
from cscmonitor.formats.values import Located, coerce
from cscmonitor.formats.workbook import check_workbook
from cscmonitor.model import ROW, ColumnType, Table, year_label
from cscmonitor.model.returns.annex_a import LISTS, RETURN
from cscmonitor.model.years import year_containing

FORMAT = "annex-a-xlsx"
_DATE_TIME = r"^(\d{4}-\d{2}-\d{2})[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$"


@dataclass
class _Found:
    """What the sheets of one workbook gave."""

    raw: dict[str, pl.DataFrame] = field(default_factory=dict)
    sheets: dict[str, str] = field(default_factory=dict)
    absent: dict[str, set[str]] = field(default_factory=dict)
    titles: list[str] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    list_sheets: int = 0


def _sheets(path: Path) -> list[tuple[str, pl.DataFrame]]:
    """Every sheet as a frame of text cells, row 0 being the sheet's first row."""
    try:
        workbook = fastexcel.read_excel(str(path))
        return [(name, workbook.load_sheet(name, header_row=None, skip_rows=0,
                                           dtypes="string").to_polars())
                for name in workbook.sheet_names]
    except fastexcel.FastExcelError as exc:
        raise fatal(path.name, "malformed", f"a readable .xlsx workbook ({exc})") from exc


def _blank(expr: pl.Expr) -> pl.Expr:
    return expr.is_null() | (expr.str.strip_chars() == "")


def _columns(frame: pl.DataFrame, header_index: int, table: Table, file: str,
             sheet: str) -> tuple[dict[int, str], list[Issue]]:
    """Which cell of the header row holds which column; the other non-empty columns as issues."""
    cells = list(frame.row(header_index))
    positions = header_columns(cells, table)
    data = frame.slice(header_index + 1)
    issues = []
    for position, cell in enumerate(cells):
        if position in positions:
            continue
        if cell is not None and cell.strip():
            issues.append(Issue(file=file, sheet=sheet, line=header_index + 1, table=table.name,
                                field=cell.strip(), code="unknown-column",
                                expected=f"a column of {table.title}"))
            continue
        values = data.get_column(frame.columns[position]).drop_nulls().str.strip_chars()
        values = values.filter(values != "")
        if values.len():
            issues.append(Issue(file=file, sheet=sheet, line=header_index + 1, table=table.name,
                                code="unknown-column", value=values[0],
                                expected="a header above every column of values"))
    return positions, issues


def _raw(frame: pl.DataFrame, header_index: int, table: Table, file: str, sheet: str,
         found: _Found) -> None:
    """The list's rows as canonical-named text columns, ready for coercion."""
    positions, issues = _columns(frame, header_index, table, file, sheet)
    present = set(positions.values())
    absent = {c.name for c in table.columns if c.mandatory and c.name not in present}
    for name in table.key:
        if name in absent:
            raise fatal(file, "missing-column", f"a column {name} in {table.title}",
                        sheet=sheet, line=header_index + 1, table=table.name, field=name)
    issues += [Issue(file=file, sheet=sheet, line=header_index + 1, table=table.name,
                     field=name, code="missing-mandatory",
                     expected=f"a column {name}, which {table.title} requires")
               for name in sorted(absent)]
    first = header_index + 2
    data = frame.slice(header_index + 1).with_row_index(ROW, offset=first)
    raw = data.select([_prepared(pl.col(frame.columns[p]), table, n).alias(n)
                       for p, n in positions.items()]
                      + [pl.col(ROW).cast(pl.Int64)])
    names = list(positions.values())
    if names:
        raw = raw.filter(~pl.all_horizontal([_blank(pl.col(n)) for n in names]))
    found.raw[table.name] = raw
    found.sheets[table.name] = sheet
    found.absent[table.name] = absent
    found.issues += issues


def _prepared(expr: pl.Expr, table: Table, name: str) -> pl.Expr:
    """Text as the shared coercion expects it: unescaped, date cells without a time part,
    template options turned into codes."""
    column = table.column(name)
    expr = unescape_formula_text(expr)
    if column.type is ColumnType.DATE:
        return expr.str.replace(_DATE_TIME, "$1")
    if column.type is ColumnType.CODE:
        assert column.codelist is not None
        return canonical_codes(expr, column.codelist)
    return expr


def _scan(path: Path) -> _Found:
    found = _Found()
    file = path.name
    for name, frame in _sheets(path):
        if list_named(name) is not None:
            found.list_sheets += 1
        if frame.height == 0:
            continue
        rows = [list(r) for r in frame.head(HEADER_SEARCH_ROWS).iter_rows()]
        located = locate(name, rows)
        if located is None:
            found.issues.append(Issue(file=file, sheet=name, code="unrecognised-part",
                                      expected="a sheet holding one of the Annex A lists, with "
                                      "its header row"))
            continue
        table = located.table
        if table.name in found.raw:
            found.issues.append(Issue(
                file=file, sheet=name, table=table.name, code="unrecognised-part",
                expected=f"one sheet for {table.title}; it was read from sheet "
                f"{found.sheets[table.name]!r}"))
            continue
        found.titles += [c for row in rows[:located.header_index] for c in row if c]
        _raw(frame, located.header_index, table, file, name, found)
    return found


def _coerce_all(found: _Found, file: str,
                year: int | None) -> tuple[dict[str, pl.DataFrame], list[Issue]]:
    tables: dict[str, pl.DataFrame] = {}
    issues: list[Issue] = []
    for table in LISTS:
        raw = found.raw.get(table.name)
        if raw is None:
            tables[table.name] = table.empty_frame()
            continue
        where = Located(file=file, table=table.name, sheet=found.sheets[table.name])
        frame, problems = coerce(raw, table, year, where)
        absent = found.absent[table.name]
        issues += [i for i in problems if not (i.code == "missing-mandatory"
                                                and i.field in absent)]
        tables[table.name] = frame
    return tables, issues


def latest_date(tables: Mapping[str, pl.DataFrame], today: date) -> date | None:
    """The latest date in the lists that is not after ``today``."""
    latest: date | None = None
    for table in LISTS:
        frame = tables.get(table.name)
        if frame is None:
            continue
        for column in table.columns:
            if column.type is not ColumnType.DATE:
                continue
            values = frame.get_column(column.name)
            value = values.filter(values <= today).max()
            if isinstance(value, date) and (latest is None or value > latest):
                latest = value
    return latest


def _dates_only(table: Table) -> Table:
    """``table`` reduced to its date columns, to read dates before the year is known."""
    return Table(name=table.name, return_name=table.return_name, title=table.title,
                 description=table.description, key=(),
                 columns=tuple(c for c in table.columns if c.type is ColumnType.DATE))


def _latest_raw_date(found: _Found, file: str, today: date) -> date | None:
    """The latest list date, read through the shared coercion (its issues come later)."""
    dates = {}
    for table in LISTS:
        raw = found.raw.get(table.name)
        if raw is not None:
            only = _dates_only(table)
            present = [c for c in only.column_names if c in raw.columns]
            dates[table.name], _ = coerce(raw.select([*present, ROW]), only, None,
                                          Located(file=file, table=table.name))
    return latest_date(dates, today)


def _collection_year(found: _Found, file: str, given: int | None,
                     today: date) -> tuple[int, date | None, list[Issue]]:
    """(year, date stated in a title, warnings): the user's year, else the as-at date's."""
    stated = title_date(found.titles)
    issues = []
    if given is not None and stated is not None and year_containing(stated) != given:
        issues.append(Issue(file=file, code="year-mismatch", value=stated.isoformat(),
                            expected=f"a date in {year_label(given)}, the year given"))
    year = given
    if year is None and stated is not None:
        year = year_containing(stated)
    if year is None:
        latest = _latest_raw_date(found, file, today)
        if latest is None:
            raise fatal(file, "unknown-year", "a date in the workbook's title or lists")
        year = year_containing(latest)
    if year not in RETURN.years:
        raise fatal(file, "unsupported-year", "a collection year from "
                    f"{year_label(RETURN.years[0])} to {year_label(RETURN.years[-1])}",
                    value=year_label(year))
    return year, stated, issues


def read(paths: Sequence[Path], options: ReadOptions) -> ReadResult:
    """Read one Annex A workbook; see ``as_at`` for how its collection year is found."""
    if len(paths) != 1:
        raise ValueError("an Annex A workbook is read on its own")
    path = paths[0]
    file = path.name
    check_workbook(path, options.limits)
    found = _scan(path)
    if not found.raw:
        if found.list_sheets:
            raise fatal(file, "empty", "at least one Annex A list with a header row")
        raise fatal(file, "wrong-format", "an Annex A workbook: no sheet holds one of the "
                    "Annex A lists")
    today = date.today()
    year, stated, year_issues = _collection_year(found, file, options.year, today)
    tables, problems = _coerce_all(found, file, year)
    if not any(frame.height for frame in tables.values()):
        raise fatal(file, "empty", "at least one row in an Annex A list")
    return ReadResult(return_name=RETURN.name, format=FORMAT, collection_year=year,
                      tables=tables, files=[path], issues=found.issues + year_issues + problems,
                      reference_date=stated or latest_date(tables, today))
