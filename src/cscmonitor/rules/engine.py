"""Running rules over a submission: every rule ends passed, failed, skipped or crashed.

A rule that raises is reported as *crashed* with its error, never as passed. A rule that needs
the previous year's return is *skipped*, with the reason, when that return is not loaded (one
using it only where it can, ``Rule.last_year_optional``, runs with it empty); so is a rule
comparing with the submitting authority when its LA code is not known.
Findings carry the rule, severity, table, source row, child, affected fields with their values,
and DfE's message.

Speed: a validation is hundreds of small queries, so what each costs besides its own SQL
matters. Rules run concurrently, one DuckDB connection per worker thread (the validation's
own, then cursors of it; DuckDB releases the GIL while it works); each query runs once (no
separate bind) and its flagged records come back as plain tuples, which become one frame for
all rules at the end. Costly steps several rules share are computed once, as the context's
derived tables.
"""

from __future__ import annotations

import os
import queue
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from enum import StrEnum

import duckdb
import polars as pl

from cscmonitor.model import ROW, registry, year_label
from cscmonitor.rules.context import connect, derived_fields, prepare_worker
from cscmonitor.rules.registry import rules_for
from cscmonitor.rules.rule import Rule
from cscmonitor.rules.submission import Submission

FINDINGS_SCHEMA = pl.Schema({
    "rule": pl.String(), "severity": pl.String(), "table_name": pl.String(),
    ROW: pl.Int64(), "child_id": pl.String(), "fields": pl.String(), "values": pl.String(),
    "message": pl.String(),
})
_FLAGGED_SCHEMA = pl.Schema({"rule": pl.String(), "table_name": pl.String(), ROW: pl.Int64()})
_WORKERS = os.cpu_count() or 1

Record = tuple[str | None, int | None]
"""A flagged record: its table and its ``_row``."""


class Outcome(StrEnum):
    PASSED = "passed"
    FAILED = "failed"
    SKIPPED = "skipped"
    CRASHED = "crashed"


@dataclass(frozen=True)
class RuleRun:
    rule: Rule
    outcome: Outcome
    findings: int = 0
    detail: str = ""


@dataclass(frozen=True)
class Validation:
    submission: Submission
    runs: list[RuleRun]
    findings: pl.DataFrame

    def count(self, outcome: Outcome) -> int:
        return sum(1 for run in self.runs if run.outcome is outcome)


def _row_number(value: object) -> int | None:
    """``_row`` as an integer (a rule may compute it in another numeric or text type)."""
    return value if value is None or type(value) is int else int(value)  # type: ignore[call-overload]


def _flagged(con: duckdb.DuckDBPyConnection, rule: Rule) -> list[Record]:
    """The records a rule flags, de-duplicated, in the order the check returned them."""
    if rule.sql is not None:
        result = con.execute(rule.sql)
        names = [column[0] for column in result.description or ()]
        rows = result.fetchall()
    else:
        frame = rule.python(con)  # type: ignore[misc]
        names, rows = frame.columns, frame.rows()
    if ROW not in names:
        raise ValueError(f"rule {rule.code} returned no {ROW} column")
    at_row = names.index(ROW)
    if "table_name" in names:
        at_table = names.index("table_name")
        records = [(None if r[at_table] is None else str(r[at_table]), _row_number(r[at_row]))
                   for r in rows]
        unknown = {table for table, _ in records} - set(rule.current_tables)
        if unknown:
            raise ValueError(f"rule {rule.code} flagged records of tables it does not read: "
                             f"{sorted(unknown, key=str)}")
    else:
        records = [(rule.flagged_table, _row_number(r[at_row])) for r in rows]
    return list(dict.fromkeys(records))


def _run(con: duckdb.DuckDBPyConnection, submission: Submission,
         rule: Rule) -> tuple[RuleRun, list[Record]]:
    """One rule's outcome and the records it flagged."""
    if rule.needs_last_year and submission.last_year is None:
        detail = f"needs the {year_label(submission.year - 1)} return, which is not loaded"
        return RuleRun(rule, Outcome.SKIPPED, detail=detail), []
    if rule.needs_authority and submission.la_code is None:
        detail = "needs the authority's LA code, which was not given (--la)"
        return RuleRun(rule, Outcome.SKIPPED, detail=detail), []
    try:
        records = _flagged(con, rule)
    except Exception as error:  # a broken rule must never pass silently
        detail = f"{type(error).__name__}: {error}"
        return RuleRun(rule, Outcome.CRASHED, detail=detail), []
    outcome = Outcome.FAILED if records else Outcome.PASSED
    return RuleRun(rule, outcome, len(records)), records


def _run_all(con: duckdb.DuckDBPyConnection, submission: Submission,
             rules: Sequence[Rule]) -> Iterator[tuple[RuleRun, list[Record]]]:
    """Each rule's result, in the order of ``rules``, computed by a pool of workers."""
    workers = min(_WORKERS, len(rules))
    if workers <= 1:
        yield from (_run(con, submission, rule) for rule in rules)
        return
    # One worker thread uses the connection itself, ready as connect() left it; each other
    # takes a cursor, made here as a connection is not thread-safe, and prepares it in
    # parallel with the others.
    cursors = [con.cursor() for _ in range(workers - 1)]
    idle: queue.SimpleQueue[tuple[duckdb.DuckDBPyConnection, bool]] = queue.SimpleQueue()
    idle.put((con, True))
    for cursor in cursors:
        idle.put((cursor, False))
    local = threading.local()

    def run(rule: Rule) -> tuple[RuleRun, list[Record]]:
        cursor = getattr(local, "cursor", None)
        if cursor is None:
            cursor, ready = idle.get_nowait()
            if not ready:
                prepare_worker(cursor)
            local.cursor = cursor
        return _run(cursor, submission, rule)

    try:
        with ThreadPoolExecutor(workers, thread_name_prefix="rule") as pool:
            yield from pool.map(run, rules)
    finally:
        for cursor in cursors:
            cursor.close()


def _describe(submission: Submission, rules: dict[str, Rule], flagged: pl.DataFrame,
              derived: dict[str, pl.DataFrame]) -> pl.DataFrame:
    """Findings: each flagged record with its child and the rule's affected fields' values,
    fields derived for the validation (``context.derived_fields``) included.

    One join per table for all rules together; each rule's findings are then a slice of it
    (a rule's records are consecutive), and all the slices are computed in one lazy query:
    costly one by one, as a validation flags records for a hundred rules or more.
    """
    parts = []
    for (table_name,), rows in flagged.group_by("table_name", maintain_order=True):
        table = registry().table(str(table_name))
        frame = submission.tables.get(table.name, table.empty_frame())
        if table.name in derived:
            frame = frame.join(derived[table.name], on=ROW, how="left")
        runs = rows["rule"].rle()
        codes, lengths = runs.struct.field("value").to_list(), runs.struct.field("len").to_list()
        shown_here = {code: [f for f in rules[code].fields if f in frame.columns and f != ROW]
                      for code in codes}
        needed = list(dict.fromkeys(f for fields in shown_here.values() for f in fields))
        child = pl.col(table.child_id) if table.child_id else pl.lit(None, pl.String)
        columns = frame.select(ROW, child.alias("child_id"),
                               *[pl.col(c).cast(pl.String) for c in needed])
        joined = rows.join(columns, on=ROW, how="left", maintain_order="left").lazy()
        start = 0
        for code, length in zip(codes, lengths, strict=True):
            rule = rules[code]
            shown = shown_here[code]
            values = pl.concat_str(
                [pl.format(f"{f}={{}}", pl.col(f).fill_null("")) for f in shown],
                separator="; ") if shown else pl.lit("")
            parts.append(joined.slice(start, length).select(
                pl.lit(rule.code).alias("rule"), pl.lit(rule.severity.value).alias("severity"),
                pl.col("table_name"), pl.col(ROW), pl.col("child_id"),
                pl.lit(";".join(rule.fields)).alias("fields"), values.alias("values"),
                pl.lit(rule.message).alias("message")))
            start += length
    return pl.concat(parts).collect() if parts else pl.DataFrame(schema=FINDINGS_SCHEMA)


def validate(submission: Submission, rules: Sequence[Rule] | None = None,
             progress: Callable[[Rule], None] | None = None) -> Validation:
    """Run ``rules`` (default: every rule in force for the submission's return and year)."""
    chosen = rules_for(submission.return_name, submission.year) if rules is None else rules
    con = connect(submission, chosen)
    runs: list[RuleRun] = []
    codes: list[str] = []
    records: list[Record] = []
    try:
        for run, flagged in _run_all(con, submission, chosen):
            runs.append(run)
            codes.extend([run.rule.code] * len(flagged))
            records.extend(flagged)
            if progress is not None:
                progress(run.rule)
        derived = derived_fields(con) if records else {}
    finally:
        con.close()
    if not records:
        return Validation(submission, runs, pl.DataFrame(schema=FINDINGS_SCHEMA))
    found = pl.DataFrame({"rule": codes, "table_name": [table for table, _ in records],
                          ROW: [row for _, row in records]}, schema=_FLAGGED_SCHEMA)
    by_code = {run.rule.code: run.rule for run in runs}
    return Validation(submission, runs, _describe(submission, by_code, found, derived))
