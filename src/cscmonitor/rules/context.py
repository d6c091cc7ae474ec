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

import duckdb
import polars as pl

from cscmonitor.model import registry, year_end, year_start
from cscmonitor.model.geography import local_authorities, placement_geography
from cscmonitor.rules.rule import Rule
from cscmonitor.rules.submission import Submission
from cscmonitor.warehouse.macros import install


def _codes(year: int) -> pl.DataFrame:
    lists = registry().codelists
    rows = [(name, code) for name, codelist in lists.items()
            for code in codelist.codes_in_year(year)]
    return pl.DataFrame(rows, schema={"list": pl.String(), "code": pl.String()}, orient="row")


_DERIVED = {
    "ssda903_episode_neighbours": """
        SELECT _row, CHILD, row_number() OVER w AS n,
               lag(_row) OVER w AS previous_row, lead(_row) OVER w AS next_row
        FROM ssda903_episodes WINDOW w AS (PARTITION BY CHILD ORDER BY DECOM, _row)
    """,
    "ssda903_episode_spells": """
        WITH dated AS (
            SELECT _row, CHILD, DECOM, LS, PLACE, coalesce(DEC, collection_end()) AS until,
                   lag(DEC) OVER w = DECOM AND lag(LS) OVER w = LS AS same_status,
                   lag(DEC) OVER w = DECOM AND lag(PLACE) OVER w = PLACE AS same_placement
            FROM ssda903_episodes WHERE DECOM IS NOT NULL
            WINDOW w AS (PARTITION BY CHILD ORDER BY DECOM, _row)
        ), spells AS (
            SELECT *, sum(CASE WHEN same_status THEN 0 ELSE 1 END) OVER w AS status_spell,
                      sum(CASE WHEN same_placement THEN 0 ELSE 1 END) OVER w AS placement_spell
            FROM dated WINDOW w AS (PARTITION BY CHILD ORDER BY DECOM, _row)
        )
        SELECT _row, CHILD, LS, PLACE,
               max(until) OVER s - min(DECOM) OVER s AS ls_days,
               max(until) OVER p - min(DECOM) OVER p AS place_days
        FROM spells
        WINDOW s AS (PARTITION BY CHILD, status_spell), p AS (PARTITION BY CHILD, placement_spell)
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


def _episodes(tables: dict[str, pl.DataFrame]) -> pl.DataFrame:
    table = registry().table("ssda903_episodes")
    return tables.get(table.name, table.empty_frame())


def _computed(submission: Submission) -> dict[str, Callable[[], pl.DataFrame]]:
    return {
        "local_authorities": local_authorities,
        "ssda903_episode_geography": lambda: placement_geography(
            _episodes(submission.tables), submission.la_code),
        "ssda903_episode_geography_last": lambda: placement_geography(
            _episodes(submission.last_year or {}), submission.la_code),
    }


def _named(name: str, rules: Sequence[Rule]) -> bool:
    return any(rule.sql is not None and re.search(rf"\b{name}\b", rule.sql) for rule in rules)


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
    frames |= {name: make() for name, make in _computed(submission).items()
               if _named(name, rules)}
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
