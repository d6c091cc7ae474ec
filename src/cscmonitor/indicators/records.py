"""The records indicators count, built once per computation from every loaded return.

Each ``records/<name>.sql`` turns the warehouse's ``<table>_history`` (every current snapshot
of every year) into one row per referral, plan, episode or child of one local authority, so
that the same record in several returns counts once, from the newest return. Indicators read
these tables, never the raw history, so that rule is written once.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import duckdb
import polars as pl

from cscmonitor.model import ROW
from cscmonitor.model.geography import placement_geography

RECORDS = (
    "cin_children", "cin_referrals", "cin_assessments", "cin_section47s", "cin_plans",
    "cin_plan_reviews", "cla_children", "cla_episodes", "care_leavers", "workforce_censuses",
    "workforce_workers", "cla_care_episodes", "cla_missing", "cla_uasc",
    "care_leaver_birthdays", "annex_a_care_leavers", "cla_adoptions",
)
"""Every record table, in the order they are built (later ones read earlier ones)."""

HISTORY_TABLES = (
    "cin_child", "cin_disability", "cin_episode", "cin_assessment", "cin_section47", "cin_cpp",
    "cin_cpp_review", "ssda903_header", "ssda903_uasc", "ssda903_episodes", "ssda903_oc3",
    "ssda903_missing",
    "workforce_header", "workforce_vacancy", "workforce_worker", "annex_a_list_9",
    "ssda903_ad1",
)
"""The canonical tables the records read, as ``<table>_history``."""


@cache
def record_sql(name: str) -> str:
    return (resources.files("cscmonitor.indicators") / "records" / f"{name}.sql").read_text(
        encoding="utf-8")


def build_records(con: duckdb.DuckDBPyConnection, la_code: str | None) -> None:
    """Create the record tables as temporary tables of ``con`` for one authority.

    Returns whose snapshot has no LA code (an SSDA903 CSV set does not carry one) belong to
    whichever authority is asked for: a warehouse normally holds one authority's returns.
    """
    scope = "true" if la_code is None else f"l IS NULL OR l = '{_code(la_code)}'"
    con.execute(f"CREATE OR REPLACE TEMP MACRO in_scope(l) AS ({scope})")
    con.execute("""
        CREATE OR REPLACE TEMP MACRO age_band(dob, d) AS CASE
            WHEN dob IS NULL THEN 'unknown'
            WHEN age_on(dob, d) < 1 THEN 'under 1'
            WHEN age_on(dob, d) < 5 THEN '1 to 4'
            WHEN age_on(dob, d) < 10 THEN '5 to 9'
            WHEN age_on(dob, d) < 16 THEN '10 to 15'
            ELSE '16 and over' END;
        CREATE OR REPLACE TEMP MACRO collection_year_of(d) AS
            CASE WHEN month(d) >= 4 THEN year(d) + 1 ELSE year(d) END;
        CREATE OR REPLACE TEMP MACRO years_before(d, n) AS
            CAST(d - to_years(CAST(n AS INTEGER)) AS DATE)
    """)
    for name in RECORDS:
        con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS {record_sql(name)}")
    _placement_geography(con, la_code)
    con.execute(_RECORD_MACROS)


def _placement_geography(con: duckdb.DuckDBPyConnection, la_code: str | None) -> None:
    """``cla_placement_geography``: for each episode of ordinary care that starts a placement
    (``child_id, start_date``), DfE's derived distance from home in miles (``distance``), the
    placement's authority (``placement_la``) and ``location`` (IN or OUT of ``la_code``; null
    when the authority is not known), as ``cscmonitor.model.geography`` derives them."""
    started = con.sql(f"""
        SELECT row_number() OVER () AS {ROW}, child_id AS CHILD, start_date,
               home_postcode AS HOME_POST, placement_postcode AS PL_POST
        FROM cla_care_episodes WHERE new_placement
    """).pl()
    derived = placement_geography(started, la_code).join(
        started.select(ROW, "start_date"), on=ROW).select(
        pl.col("CHILD").alias("child_id"), "start_date",
        pl.col("PL_DISTANCE").alias("distance"), pl.col("PL_LA").alias("placement_la"),
        pl.col("PL_LOCATION").alias("location"))
    con.register("derived_geography", derived.to_arrow())
    con.execute("CREATE OR REPLACE TEMP TABLE cla_placement_geography AS "
                "SELECT * FROM derived_geography")
    con.unregister("derived_geography")


_RECORD_MACROS = """
    CREATE OR REPLACE TEMP MACRO uasc_on(child, day) AS EXISTS (
        SELECT 1 FROM cla_uasc u
        WHERE u.child_id = child AND (u.ceased_date IS NULL OR u.ceased_date > day));
    CREATE OR REPLACE TEMP MACRO plan_duration_band(start_date, on_date) AS CASE
        WHEN on_date <= CAST(start_date + INTERVAL 3 MONTH AS DATE) THEN '3_months_or_less'
        WHEN on_date <= CAST(start_date + INTERVAL 6 MONTH AS DATE)
            THEN 'more_than_3_months_6_months'
        WHEN on_date < CAST(start_date + INTERVAL 1 YEAR AS DATE)
            THEN 'more_than_6_months_less_than_1_year'
        WHEN on_date - start_date < 730 THEN '1_year_less_than_2_years'
        ELSE '2_years_or_more' END;
    CREATE OR REPLACE TEMP MACRO placements_between(child, first_day, last_day) AS
        (SELECT count(*) FROM cla_care_episodes x
         WHERE x.child_id = child AND x.new_placement
           AND x.start_date BETWEEN first_day AND last_day)
        + CASE WHEN EXISTS (
              SELECT 1 FROM cla_care_episodes x
              WHERE x.child_id = child AND x.start_date < first_day
                AND (x.end_date IS NULL OR x.end_date >= first_day)) THEN 1 ELSE 0 END
"""
"""Macros over the records, shared by indicators counting the same thing:
- ``uasc_on(child, day)``: the child was an unaccompanied asylum-seeking child on ``day``
  (listed as UASC, and the status had not ceased by then: DUC blank or later);
- ``plan_duration_band(start, on)``: DfE's band (d5/d7 column names) of a child protection plan
  that started on ``start`` and ended (or is measured) on ``on``: the 3- and 6-month bounds
  are calendar months and included, 1 year is the calendar anniversary and excluded, 2 years
  is 730 days;
- ``placements_between(child, first, last)``: the child's placements from ``first`` to
  ``last``: the one open on ``first`` (began before it, ended on or after it or still open)
  plus each starting in the span (RNE S, P, B, T or U; L never starts one)."""


def _code(la_code: str) -> str:
    if not la_code.isalnum():
        raise ValueError(f"not an LA code: {la_code!r}")
    return la_code


def build_period_records(con: duckdb.DuckDBPyConnection) -> None:
    """Tables that depend on the requested ``periods`` as well as the records (DuckDB binds a
    table macro when it is created, so this runs once ``periods`` exists).

    ``looked_after_at_period_ends()``: each child looked after at each period end (short
    breaks excluded): their episode open that day (started on or before it, not ended by it:
    an episode ending on the day has ceased; the latest one if the return overlaps two), with
    ``uasc``: an unaccompanied asylum-seeking child that day (no DUC, or a later one).

    ``census_for_period_ends()``: for each period end, the date of the latest workforce census
    (30 September) on or before it: the census workforce indicators read for that period.
    """
    con.execute("""
    CREATE OR REPLACE TEMP MACRO looked_after_at_period_ends() AS TABLE
        SELECT p.period_start, p.period_end, e.*,
               uasc_on(e.child_id, p.period_end) AS uasc
        FROM periods p
        JOIN cla_care_episodes e
          ON e.start_date <= p.period_end AND (e.end_date IS NULL OR e.end_date > p.period_end)
        QUALIFY row_number() OVER (PARTITION BY p.period_end, e.child_id
                                   ORDER BY e.start_date DESC) = 1;
    CREATE OR REPLACE TEMP MACRO census_for_period_ends() AS TABLE
        SELECT p.period_end, max(c.census_date) AS census_date
        FROM periods p JOIN workforce_censuses c ON c.census_date <= p.period_end
        GROUP BY p.period_end
    """)
