"""The DuckDB connection a rule's SQL runs in, and the vocabulary it may use.

Tables: every canonical table of the return (empty when the file set lacked it), the previous
year's as ``<table>_last`` (empty when that return is not loaded: the engine then skips the
rules that need it, see ``Rule.last_year_optional``), ``read_issues`` (see ``Submission``),
``codes`` (``list, code``: the DfE codes valid in the year) and ``bank_holidays`` (``day``).

Derived tables, computed once per validation when a rule's SQL names them, so that rules
sharing a costly step (a window over every child's episodes) do not each repeat it:
- ``ssda903_episode_spells`` (``_row, CHILD, LS, PLACE, ls_days, place_days``): each dated
  episode (DECOM not blank) with the length in days of its unbroken legal status spell and
  placement spell. A spell is a run of the child's episodes (in DECOM, ``_row`` order) with
  the same LS (PLACE), each starting the day the one before it ended; it lasts from its first
  DECOM to its last DEC, an open episode running to 31 March.
- ``ssda903_episode_neighbours`` (``_row, CHILD, n, previous_row, next_row``): each episode
  with its position ``n`` among the child's episodes in DECOM, ``_row`` order (blank DECOM
  last) and the ``_row`` of the episodes just before and after it (NULL at either end).
- ``ssda903_looked_after_12_months`` (``CHILD``): the children looked after continuously for
  at least 12 months at 31 March as DfE's LOOKED_AFTER_CONTINUOUSLY reads (the OC2 cohort of
  rules 157, 185 to 191, 197B and 198): in care during the year, with no episode in the year
  that starts care (RNE S after 1 April), ends care (REC other than X1 before 31 March) or is
  a short break (legal status V3 or V4).
- ``ssda903_continuously_looked_after`` (``CHILD``): the same cohort as rules 543, 545 and
  546 read it: in care on 1 April and still on 31 March, with no new period of care, no
  episode ending care and no short-break (V3, V4) episode during the year.

Tables computed in Python, also only when a rule's SQL names them:
- ``local_authorities`` (``la_code, ons_code, name``): every English authority by DfE's 3-digit
  code, with the ONS codes it has had (``cscmonitor.model.geography``);
- ``ssda903_episode_geography`` and ``ssda903_episode_geography_last`` (``_row, CHILD,
  HOME_POST_FOUND, PL_POST_FOUND, PL_DISTANCE, PL_LA, PL_LOCATION``): the fields DfE derives
  from each episode's postcodes, this year's and last year's (see
  ``cscmonitor.model.geography.placements``). ``PL_LOCATION`` is null when the submitting
  authority is not known; rules that need it declare ``needs_authority``.

Macros:
- ``collection_start()``, ``collection_end()``: 1 April and 31 March of the year;
- ``collection_year()``: the end year (2025 for 2024/25);
- ``valid_code(list, value)``: ``value`` is a code of ``list`` valid in the year, e.g.
  ``valid_code('ssda903.placement_type', PLACE)``;
- ``age_on(dob, day)``: whole years of age on ``day``;
- ``working_days(start, finish)``: working days (Monday to Friday less England and Wales bank
  holidays) after ``start`` up to and including ``finish``: 0 on the same day, negative when
  ``finish`` is earlier. DfE's "``day`` minus n working days" is the n-th working day before
  ``day``, so "``start`` is before ``day`` minus n working days" is
  ``working_days(start, day - 1) >= n``. (``age_on`` and ``working_days`` are shared with the
  indicators: ``cscmonitor.warehouse.macros``.)
- ``invalid_read(table, field, row)``: the reader found the value unreadable (a bad date or
  number, stored empty). Macro arguments are substituted as written, so pass the row as a
  column of the outer query (``_row``), never inside a subquery over ``read_issues``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

import duckdb
import polars as pl

from cscmonitor.model import registry, year_end, year_start
from cscmonitor.model.geography import local_authorities, placement_geography
from cscmonitor.rules.rule import Rule
from cscmonitor.rules.submission import Submission
from cscmonitor.warehouse.macros import install
from cscmonitor.warehouse.schema import duckdb_type, quote


@cache
def _codes(year: int) -> pl.DataFrame:
    lists = registry().codelists
    rows = [(name, code) for name, codelist in lists.items()
            for code in codelist.codes_in_year(year)]
    return pl.DataFrame(rows, schema={"list": pl.String(), "code": pl.String()}, orient="row")


# Windows run over the whole table in one (CHILD, DECOM, _row) order rather than PARTITION BY
# CHILD: DuckDB pays per partition, and thousands of two-episode partitions cost several times
# one sorted pass. A child's first episode is where the previous row is another child's.
_DERIVED = {
    "ssda903_episode_neighbours": """
        WITH ordered AS (
            SELECT _row, CHILD, row_number() OVER w AS seq,
                   CASE WHEN lag(CHILD) OVER w IS NOT DISTINCT FROM CHILD
                        THEN lag(_row) OVER w END AS previous_row,
                   CASE WHEN lead(CHILD) OVER w IS NOT DISTINCT FROM CHILD
                        THEN lead(_row) OVER w END AS next_row
            FROM ssda903_episodes WINDOW w AS (ORDER BY CHILD, DECOM, _row)
        )
        SELECT _row, CHILD,
               seq + 1 - max(CASE WHEN previous_row IS NULL THEN seq END)
                             OVER (ORDER BY seq ROWS UNBOUNDED PRECEDING) AS n,
               previous_row, next_row
        FROM ordered
    """,
    "ssda903_episode_spells": """
        WITH dated AS (
            SELECT _row, CHILD, DECOM, LS, PLACE, coalesce(DEC, collection_end()) AS until,
                   lag(CHILD) OVER w IS NOT DISTINCT FROM CHILD AND lag(DEC) OVER w = DECOM
                       AS continues,
                   continues AND lag(LS) OVER w = LS AS same_status,
                   continues AND lag(PLACE) OVER w = PLACE AS same_placement
            FROM ssda903_episodes WHERE DECOM IS NOT NULL
            WINDOW w AS (ORDER BY CHILD, DECOM, _row)
        ), spells AS (
            -- Spell numbers count the spells started so far over every child, so each
            -- number is one child's spell.
            SELECT *, sum(CASE WHEN same_status THEN 0 ELSE 1 END) OVER w AS status_spell,
                      sum(CASE WHEN same_placement THEN 0 ELSE 1 END) OVER w AS placement_spell
            FROM dated WINDOW w AS (ORDER BY CHILD, DECOM, _row ROWS UNBOUNDED PRECEDING)
        )
        SELECT _row, CHILD, LS, PLACE, ls_days, place_days
        FROM spells
        JOIN (SELECT status_spell, max(until) - min(DECOM) AS ls_days
              FROM spells GROUP BY status_spell) USING (status_spell)
        JOIN (SELECT placement_spell, max(until) - min(DECOM) AS place_days
              FROM spells GROUP BY placement_spell) USING (placement_spell)
    """,
    "ssda903_looked_after_12_months": """
        SELECT CHILD FROM ssda903_episodes
        WHERE CHILD IS NOT NULL
        GROUP BY CHILD
        HAVING coalesce(bool_or(DECOM <= collection_end()
                                AND (DEC IS NULL OR DEC >= collection_start())), FALSE)
           AND NOT coalesce(bool_or(
               (RNE = 'S' AND DECOM > collection_start() AND DECOM <= collection_end())
               OR (REC IS DISTINCT FROM 'X1' AND DEC >= collection_start()
                   AND DEC < collection_end())
               OR (LS IN ('V3', 'V4') AND DECOM <= collection_end()
                   AND (DEC IS NULL OR DEC >= collection_start()))), FALSE)
    """,
    "ssda903_continuously_looked_after": """
        SELECT CHILD FROM ssda903_episodes
        GROUP BY CHILD
        HAVING min(DECOM) <= collection_start()
           AND bool_or(DEC IS NULL OR DEC > collection_end())
           AND NOT bool_or(coalesce(
                   (RNE = 'S' AND DECOM > collection_start())
                   OR (REC <> 'X1' AND DEC BETWEEN collection_start() AND collection_end())
                   OR (LS IN ('V3', 'V4') AND coalesce(DEC >= collection_start(), TRUE)),
                   FALSE))
    """,
}


def _derive(con: duckdb.DuckDBPyConnection, rules: Sequence[Rule]) -> None:
    """The derived tables the rules' SQL names. One that fails becomes a view instead, so
    every rule reading it crashes with the real error rather than the validation failing."""
    for name, sql in _DERIVED.items():
        if any(rule.sql is not None and name in rule.sql for rule in rules):
            try:
                con.execute(f"CREATE TABLE {name} AS {sql}")
            except duckdb.Error:
                con.execute(f"CREATE VIEW {name} AS {sql}")


def _computed(frames: dict[str, pl.DataFrame],
              la_code: str | None) -> dict[str, Callable[[], pl.DataFrame]]:
    """How each computed table is made from the submission's tables (``frames``)."""
    return {
        "local_authorities": local_authorities,
        "ssda903_episode_geography": lambda: placement_geography(
            frames["ssda903_episodes"], la_code),
        "ssda903_episode_geography_last": lambda: placement_geography(
            frames["ssda903_episodes_last"], la_code),
    }


EXTENDS = {"ssda903_episode_geography": "ssda903_episodes"}
"""Computed tables holding derived fields of a canonical table's records (by ``_row``)."""


def derived_fields(con: duckdb.DuckDBPyConnection) -> dict[str, pl.DataFrame]:
    """The derived fields computed for this validation, by the canonical table they belong to
    (``_row`` and the fields), so that findings can show them like the table's own."""
    present = {row[0] for row in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    return {table: con.sql(f"SELECT * EXCLUDE (CHILD) FROM {name}").pl()
            for name, table in EXTENDS.items() if name in present}


def _named(name: str, rules: Sequence[Rule]) -> bool:
    return any(rule.sql is not None and re.search(rf"\b{name}\b", rule.sql) for rule in rules)


def _declare(name: str, schema: pl.Schema) -> str:
    columns = ", ".join(f"{quote(column)} {duckdb_type(dtype)}" for column, dtype in schema.items())
    return f"CREATE TABLE {quote(name)} ({columns})"


def connect(submission: Submission, rules: Sequence[Rule] = ()) -> duckdb.DuckDBPyConnection:
    """An in-memory connection holding the submission's tables, and the derived tables
    ``rules`` read."""
    # One thread per query: tables this small gain nothing from splitting a query, and the
    # engine already runs rules side by side, one cursor per worker.
    con = duckdb.connect(":memory:", config={"threads": 1})
    spec = registry().return_spec(submission.return_name)
    frames = {table.name: submission.tables.get(table.name, table.empty_frame())
              for table in spec.tables}
    last_year = submission.last_year or {}
    frames |= {f"{table.name}_last": last_year.get(table.name, table.empty_frame())
               for table in spec.tables}
    frames |= {"read_issues": submission.read_issues, "codes": _codes(submission.year)}
    frames |= {name: make() for name, make in _computed(frames, submission.la_code).items()
               if _named(name, rules)}
    # Tables with no rows (a table the file set lacked, last year's when not loaded) are
    # declared in one statement; the others are copied once into DuckDB's own storage, where
    # hundreds of rules then scan native tables.
    empty = [name for name, frame in frames.items() if frame.is_empty()]
    if empty:
        con.execute(";".join(_declare(name, frames[name].schema) for name in empty))
    for name, frame in frames.items():
        if not frame.is_empty():
            con.register("incoming", frame.to_arrow())
            con.execute(f'CREATE TABLE "{name}" AS SELECT * FROM incoming')
            con.unregister("incoming")
    start, end = year_start(submission.year), year_end(submission.year)
    con.execute(f"""
        CREATE MACRO collection_start() AS DATE '{start.isoformat()}';
        CREATE MACRO collection_end() AS DATE '{end.isoformat()}';
        CREATE MACRO collection_year() AS {submission.year};
        CREATE MACRO valid_code(l, v) AS v IN (SELECT code FROM codes WHERE list = l);
        CREATE MACRO invalid_read(t, f, r) AS r IN (
            SELECT i._row FROM read_issues i WHERE i.table_name = t AND i.field = f
            AND i.code IN ('impossible-date', 'not-a-date', 'not-a-number', 'not-a-boolean'));
    """)
    install(con)
    _derive(con, rules)
    return con


def prepare_worker(cursor: duckdb.DuckDBPyConnection) -> None:
    """Make a cursor of the connection (``con.cursor()``) ready to run rules in its own thread.

    A cursor shares the tables and macros above but not the connection-local (TEMP) ones,
    installed here again.
    """
    install(cursor)
