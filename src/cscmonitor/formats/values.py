"""Turn the raw text of a table into typed canonical columns, reporting every value that fails.

All readers hand over a frame of strings (one column per canonical field they found, plus
``_row``) and get back the canonical frame and the located issues. The work is vectorised over
whole columns; issue objects are only built for the rows that fail, so clean files stay fast.

Accepted as real exports send them: surrounding whitespace, empty strings for blanks, codes in
any letter case, dates as dd/mm/yyyy (or d/m/yyyy), ISO yyyy-mm-dd (with a midnight time part)
and Excel serial day numbers, booleans as true/false, 1/0, yes/no, y/n. Anything else is kept
as an issue and never guessed: a failed date or number is stored empty, an unknown code is
stored as written.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from cscmonitor.formats.issues import Issue
from cscmonitor.model import ROW, Column, ColumnType, Table, registry, year_label

_DMY = r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$"
_YMD = r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]00:00(?::00(?:\.0+)?)?)?Z?$"
_SERIAL = r"^(\d{1,7})(?:\.0+)?$"
_MAX_SERIAL = 2_958_465  # 31/12/9999, Excel's last day
_EXCEL_EPOCH = pl.date(1899, 12, 30)
_TRUE = ("TRUE", "1", "YES", "Y", "T")
_FALSE = ("FALSE", "0", "NO", "N", "F")


@dataclass(frozen=True)
class Located:
    """Where the frame came from, for the issues it raises."""

    file: str
    table: str
    sheet: str | None = None


def _blank_to_null(name: str) -> pl.Expr:
    text = pl.col(name).cast(pl.String).str.strip_chars()
    return pl.when(text == "").then(None).otherwise(text)


def _iso(y: pl.Expr, m: pl.Expr, d: pl.Expr) -> pl.Expr:
    return pl.concat_str([y, m.str.zfill(2), d.str.zfill(2)], separator="-").str.to_date(
        "%Y-%m-%d", strict=False
    )


def _date(text: pl.Expr) -> tuple[pl.Expr, pl.Expr]:
    """(parsed date, whether the text had a date's shape)."""
    dmy = text.str.extract_groups(_DMY)
    ymd = text.str.extract_groups(_YMD)
    serial = text.str.extract(_SERIAL, 1).cast(pl.Int64, strict=False)
    from_serial = (
        pl.when(serial.is_between(1, _MAX_SERIAL))
        .then(_EXCEL_EPOCH + pl.duration(days=serial))
        .otherwise(None)
    )
    parsed = pl.coalesce(
        _iso(dmy.struct["3"], dmy.struct["2"], dmy.struct["1"]),
        _iso(ymd.struct["1"], ymd.struct["2"], ymd.struct["3"]),
        from_serial.cast(pl.Date),
    )
    shaped = text.str.contains(_DMY) | text.str.contains(_YMD)
    return parsed, shaped


def _datetime(text: pl.Expr) -> pl.Expr:
    # A UTC designator (Z or +00:00, as xs:dateTime allows) is dropped: times are kept naive.
    text = text.str.replace(r"(?:Z|[+-]00:?00)$", "")
    return pl.coalesce(
        text.str.to_datetime("%Y-%m-%dT%H:%M:%S%.f", strict=False, time_unit="us"),
        text.str.to_datetime("%Y-%m-%dT%H:%M:%S", strict=False, time_unit="us"),
        text.str.to_datetime("%Y-%m-%d %H:%M:%S", strict=False, time_unit="us"),
        text.str.to_datetime("%d/%m/%Y %H:%M:%S", strict=False, time_unit="us"),
        text.str.to_datetime("%d/%m/%Y %H:%M", strict=False, time_unit="us"),
    )


def _code_maps(column: Column, year: int | None) -> tuple[dict[str, str], list[str]]:
    assert column.codelist is not None
    codelist = registry().codelist(column.codelist)
    folded = {folded: code.code for folded, code in codelist.by_folded_code.items()}
    return folded, codelist.codes_in_year(year)


def _typed(column: Column, year: int | None) -> tuple[pl.Expr, pl.Expr, str, str]:
    """(typed value, failure flag, issue code, expectation) for one column."""
    text = pl.col(column.name)
    present = text.is_not_null()
    kind = column.type
    if kind is ColumnType.CODE:
        folded, valid = _code_maps(column, year)
        canonical = text.str.to_uppercase().replace_strict(folded, default=None)
        value = pl.coalesce(canonical, text)
        assert column.codelist is not None
        title = registry().codelist(column.codelist).title
        when = f" in {year_label(year)}" if year else ""
        return (value, present & ~value.is_in(valid), "unknown-code",
                f"a code of '{title}' valid{when}")
    if kind is ColumnType.DATETIME:
        value = _datetime(text)
        return value, present & value.is_null(), "not-a-date", "a date and time, ISO 8601"
    if kind is ColumnType.INTEGER:
        as_float = text.cast(pl.Float64, strict=False)
        whole = as_float.is_not_null() & (as_float == as_float.floor()) & as_float.is_finite()
        value = pl.when(whole).then(as_float.cast(pl.Int64, strict=False)).otherwise(None)
        return value, present & value.is_null(), "not-a-number", "a whole number"
    if kind is ColumnType.DECIMAL:
        value = text.cast(pl.Float64, strict=False)
        value = pl.when(value.is_finite()).then(value).otherwise(None)
        return value, present & value.is_null(), "not-a-number", "a number"
    if kind is ColumnType.BOOLEAN:
        upper = text.str.to_uppercase()
        value = (
            pl.when(upper.is_in(_TRUE)).then(True)
            .when(upper.is_in(_FALSE)).then(False)
            .otherwise(None)
        )
        return value, present & value.is_null(), "not-a-boolean", "true/false, 1/0 or yes/no"
    return text, pl.lit(False), "", ""


def _failures(frame: pl.DataFrame, failed: pl.Expr, column: str, where: Located,
              table: str, code: pl.Expr, expected: pl.Expr) -> list[Issue]:
    """Issues for the rows where ``failed`` holds; code and expectation may vary by row."""
    bad = frame.filter(failed).select(ROW, column, code.alias("code"), expected.alias("exp"))
    return [
        Issue(file=where.file, sheet=where.sheet, line=row, table=table, field=column,
              value=text, code=issue_code, expected=expectation)
        for row, text, issue_code, expectation in bad.iter_rows()
    ]


def coerce(raw: pl.DataFrame, table: Table, year: int | None,
           where: Located) -> tuple[pl.DataFrame, list[Issue]]:
    """Canonical frame for ``table`` from a frame of raw strings, plus the issues found.

    ``raw`` holds any subset of the table's columns (missing ones become empty) and ``_row``.
    Problems in columns that are not part of the return in ``year`` are not reported. Values
    and failure flags come from one pass over the text; rows are only filtered for the checks
    that actually failed, so a clean table costs a single vectorised select.
    """
    if ROW not in raw.columns:
        raise ValueError("raw frame needs a _row column")
    frame = raw.select(
        [_blank_to_null(c.name).alias(c.name) if c.name in raw.columns
         else pl.lit(None, pl.String).alias(c.name) for c in table.columns]
        + [pl.col(ROW).cast(pl.Int64)]
    )
    staged: list[pl.Expr] = []
    checks: dict[str, tuple[str, pl.Expr, pl.Expr]] = {}
    for column in table.columns:
        text = pl.col(column.name)
        if column.type is ColumnType.DATE:
            value, shaped = _date(text)
            failed = text.is_not_null() & value.is_null()
            code = pl.when(shaped).then(pl.lit("impossible-date")).otherwise(pl.lit("not-a-date"))
            expected = pl.when(shaped).then(pl.lit("a real calendar date")).otherwise(
                pl.lit("a date as dd/mm/yyyy, yyyy-mm-dd or an Excel serial number"))
        else:
            value, failed, issue_code, expectation = _typed(column, year)
            code, expected = pl.lit(issue_code), pl.lit(expectation)
        staged.append(value.cast(column.type.polars).alias(f"value:{column.name}"))
        if not column.in_year(year):
            continue
        if column.type is not ColumnType.STRING:
            staged.append(failed.alias(f"bad:{column.name}"))
            checks[f"bad:{column.name}"] = (column.name, code, expected)
        if column.mandatory:
            staged.append(text.is_null().alias(f"blank:{column.name}"))
            checks[f"blank:{column.name}"] = (column.name, pl.lit("missing-mandatory"),
                                              pl.lit(f"{column.name} is required"))
    frame = frame.with_columns(staged)
    issues: list[Issue] = []
    if checks:
        counts = frame.select(pl.col(list(checks)).sum()).row(0, named=True)
        for key, count in counts.items():
            if count:
                name, code, expected = checks[key]
                issues += _failures(frame, pl.col(key), name, where, table.name, code, expected)
    result = frame.select([pl.col(f"value:{c.name}").alias(c.name) for c in table.columns]
                          + [pl.col(ROW)])
    issues.sort(key=lambda i: (i.line or 0, i.field or ""))
    return result, issues
