"""Delimited text tables (CSV) as real exports write them, read into raw string frames."""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterable

import polars as pl

from cscmonitor.formats.issues import FormatError, Issue, fatal
from cscmonitor.formats.source import decode_text
from cscmonitor.model import ROW, Table

_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def header_key(text: str) -> str:
    """Compare headers ignoring case, spaces, underscores and punctuation."""
    return _NOT_ALNUM.sub("", text.strip().lower())


def column_keys(table: Table) -> dict[str, str]:
    """Header key -> canonical column, from names and the table's known header variants."""
    keys: dict[str, str] = {}
    for column in table.columns:
        keys[header_key(column.name)] = column.name
        for alias in table.aliases.get(column.name, ()):
            keys[header_key(alias)] = column.name
    return keys


def match_headers(headers: Iterable[str], table: Table) -> dict[str, str]:
    """Header as found -> canonical column, for the headers that belong to ``table``."""
    keys = column_keys(table)
    return {h: keys[header_key(h)] for h in headers if header_key(h) in keys}


def read_delimited(data: bytes, file: str) -> pl.DataFrame:
    """All cells as strings, headers as written, plus ``_row`` (the 1-based file line).

    Blank trailing columns (no header, no values) and blank rows are dropped. Line numbers
    assume one record per line, which is how case management systems export these files.
    """
    text = decode_text(data, file)
    first_line = text.split("\n", 1)[0]
    try:
        delimiter = csv.Sniffer().sniff(first_line, delimiters=",\t;|").delimiter
    except csv.Error:
        delimiter = ","
    try:
        frame = pl.read_csv(
            io.StringIO(text), separator=delimiter, infer_schema=False, has_header=True,
            raise_if_empty=True,
        )
    except (pl.exceptions.ComputeError, pl.exceptions.NoDataError) as exc:
        raise fatal(file, "malformed", f"a delimited table with a header row ({exc})") from exc
    frame = frame.with_row_index(ROW, offset=2).select(pl.exclude(ROW), pl.col(ROW).cast(pl.Int64))
    blank_headers = [c for c in frame.columns if c != ROW and (
        not c.strip() or re.fullmatch(r"_duplicated_\d+", c))]
    empty = [c for c in blank_headers if frame.get_column(c).str.strip_chars().fill_null("")
             .eq("").all()]
    frame = frame.drop(empty)
    values = [c for c in frame.columns if c != ROW]
    if values:
        nonblank = pl.any_horizontal(
            pl.col(values).str.strip_chars().fill_null("").ne(""))
        frame = frame.filter(nonblank)
    return frame


def header_cells(head: bytes, file: str) -> list[str]:
    """The header row of a delimited file from its first bytes (empty if it has none).

    Only whole lines are decoded, so a character cut at the end of ``head`` cannot spoil it.
    """
    last = head.rfind(b"\n")
    whole = head[: last + 1 + head.startswith(codecs.BOM_UTF16_LE)] if last >= 0 else head
    try:
        first_line = decode_text(whole, file).split("\n", 1)[0]
        return [c for c in read_delimited(f"{first_line}\n".encode(), file).columns if c != ROW]
    except FormatError:
        return []


def to_raw(frame: pl.DataFrame, table: Table, file: str) -> tuple[pl.DataFrame, list[Issue]]:
    """Rename a delimited frame's headers to ``table``'s columns.

    A missing mandatory column is fatal (the table can't be read); unknown columns are kept as
    warnings and dropped.
    """
    mapping = match_headers([c for c in frame.columns if c != ROW], table)
    found = set(mapping.values())
    missing = [c.name for c in table.columns if c.mandatory and c.name not in found
               and c.valid_to is None and c.valid_from is None]
    if missing:
        raise fatal(file, "missing-column", f"a column {missing[0]} in table {table.name}",
                    line=1, table=table.name, field=missing[0])
    issues = [
        Issue(file=file, line=1, table=table.name, field=c.strip(), code="unknown-column",
              expected=f"a column of {table.name}")
        for c in frame.columns if c != ROW and c not in mapping
    ]
    return frame.select([pl.col(h).alias(n) for h, n in mapping.items()] + [pl.col(ROW)]), issues
