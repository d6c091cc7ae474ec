"""SQL date arithmetic shared by the rules and the indicators, so both count alike.

``install(con)`` gives a connection (in memory, or the warehouse's own file, read-only or not:
everything is TEMP, so nothing is written to the database):

- ``bank_holidays``: a table of England and Wales bank holidays (``day DATE``), from the model;
- ``age_on(dob, d)``: whole years of age on ``d`` (a child born on 29 February turns a year
  older on 1 March in a non-leap year);
- ``working_days(start, finish)``: working days after ``start`` up to and including
  ``finish``, Monday to Friday less bank holidays: 0 on the same day, negative (mirrored) when
  ``finish`` is before ``start``, NULL when either is NULL. It equals the model's
  ``WorkingDays.between``.

``working_days`` is the difference of a running count of working days (weekdays since a
Monday, by arithmetic, less the bank holidays up to the day), so it costs no join per day.
"""

from __future__ import annotations

import duckdb

from cscmonitor.model import bank_holidays

_MACROS = """
    CREATE OR REPLACE TEMP MACRO age_on(dob, d) AS
        year(d) - year(dob) - CASE WHEN strftime(d, '%m%d') < strftime(dob, '%m%d')
                                   THEN 1 ELSE 0 END;
    CREATE OR REPLACE TEMP MACRO _weekday_of(d) AS
        (((d - DATE '1900-01-01') % 7) + 7) % 7;
    CREATE OR REPLACE TEMP MACRO _working_day_number(d) AS
        (d - DATE '1900-01-01' - _weekday_of(d)) // 7 * 5 + least(_weekday_of(d) + 1, 5)
        - (SELECT count(*) FROM bank_holidays h WHERE h.day <= d);
    CREATE OR REPLACE TEMP MACRO working_days(start, finish) AS
        _working_day_number(finish) - _working_day_number(start);
"""
"""1 January 1900 was a Monday: ``_weekday_of`` is 0 on Mondays, 5 and 6 at weekends, and
``_working_day_number`` counts the working days from then up to and including ``d``."""


def install(con: duckdb.DuckDBPyConnection) -> None:
    """Create (or replace) the bank holiday table and the date macros on ``con``."""
    days = ", ".join(f"(DATE '{day.isoformat()}')" for day in bank_holidays())
    con.execute("CREATE OR REPLACE TEMP TABLE bank_holidays (day DATE PRIMARY KEY)")
    con.execute(f"INSERT INTO bank_holidays VALUES {days}")
    con.execute(_MACROS)
