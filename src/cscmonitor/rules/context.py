"""The DuckDB connection a rule's SQL runs in, and the vocabulary it may use.

Tables: every canonical table of the return (empty when the file set lacked it), the previous
year's as ``<table>_last`` when loaded, ``read_issues`` (see ``Submission``) and ``codes``
(``list, code``: the DfE codes valid in the year).

Macros:
- ``collection_start()``, ``collection_end()``: 1 April and 31 March of the year;
- ``collection_year()``: the end year (2025 for 2024/25);
- ``valid_code(list, value)``: ``value`` is a code of ``list`` valid in the year, e.g.
  ``valid_code('ssda903.placement_type', PLACE)``;
- ``age_on(dob, day)``: whole years of age on ``day``;
- ``invalid_read(table, field, row)``: the reader found the value unreadable (a bad date or
  number, stored empty). Macro arguments are substituted as written, so pass the row as a
  column of the outer query (``_row``), never inside a subquery over ``read_issues``.
"""

from __future__ import annotations

import duckdb
import polars as pl

from cscmonitor.model import registry, year_end, year_start
from cscmonitor.rules.submission import Submission


def _codes(year: int) -> pl.DataFrame:
    lists = registry().codelists
    rows = [(name, code) for name, codelist in lists.items()
            for code in codelist.codes_in_year(year)]
    return pl.DataFrame(rows, schema={"list": pl.String(), "code": pl.String()}, orient="row")


def connect(submission: Submission) -> duckdb.DuckDBPyConnection:
    """An in-memory connection holding the submission's tables (zero-copy via Arrow)."""
    con = duckdb.connect(":memory:")
    spec = registry().return_spec(submission.return_name)
    frames = {table.name: submission.tables.get(table.name, table.empty_frame())
              for table in spec.tables}
    if submission.last_year is not None:
        frames |= {f"{table.name}_last": submission.last_year.get(table.name,
                                                                   table.empty_frame())
                   for table in spec.tables}
    frames |= {"read_issues": submission.read_issues, "codes": _codes(submission.year)}
    for name, frame in frames.items():
        # Copied once into DuckDB's own storage: hundreds of rules then scan native tables.
        con.register("incoming", frame.to_arrow())
        con.execute(f'CREATE TABLE "{name}" AS SELECT * FROM incoming')
        con.unregister("incoming")
    start, end = year_start(submission.year), year_end(submission.year)
    con.execute(f"""
        CREATE MACRO collection_start() AS DATE '{start.isoformat()}';
        CREATE MACRO collection_end() AS DATE '{end.isoformat()}';
        CREATE MACRO collection_year() AS {submission.year};
        CREATE MACRO valid_code(l, v) AS v IN (SELECT code FROM codes WHERE list = l);
        CREATE MACRO age_on(dob, d) AS
            year(d) - year(dob) - CASE WHEN strftime(d, '%m%d') < strftime(dob, '%m%d')
                                       THEN 1 ELSE 0 END;
        CREATE MACRO invalid_read(t, f, r) AS r IN (
            SELECT i._row FROM read_issues i WHERE i.table_name = t AND i.field = f
            AND i.code IN ('impossible-date', 'not-a-date', 'not-a-number', 'not-a-boolean'));
    """)
    return con
