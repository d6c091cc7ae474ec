"""Running rules over a submission: every rule ends passed, failed, skipped or crashed.

A rule that raises is reported as *crashed* with its error, never as passed. A rule that needs
the previous year's return is *skipped*, with the reason, when that return is not loaded.
Findings carry the rule, severity, table, source row, child, affected fields with their values,
and DfE's message.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

import duckdb
import polars as pl

from cscmonitor.model import ROW, registry, year_label
from cscmonitor.rules.context import connect
from cscmonitor.rules.registry import rules_for
from cscmonitor.rules.rule import Rule
from cscmonitor.rules.submission import Submission

FINDINGS_SCHEMA = pl.Schema({
    "rule": pl.String(), "severity": pl.String(), "table_name": pl.String(),
    ROW: pl.Int64(), "child_id": pl.String(), "fields": pl.String(), "values": pl.String(),
    "message": pl.String(),
})


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


def _flagged(con: duckdb.DuckDBPyConnection, rule: Rule) -> pl.DataFrame:
    """The records a rule flags: ``table_name`` and ``_row``, de-duplicated."""
    frame = con.sql(rule.sql).pl() if rule.sql is not None else rule.python(con)  # type: ignore[misc]
    if ROW not in frame.columns:
        raise ValueError(f"rule {rule.code} returned no {ROW} column")
    if "table_name" not in frame.columns:
        frame = frame.with_columns(pl.lit(rule.flagged_table).alias("table_name"))
    frame = frame.select(pl.col("table_name").cast(pl.String), pl.col(ROW).cast(pl.Int64))
    unknown = set(frame["table_name"].unique().to_list()) - set(rule.current_tables)
    if unknown:
        raise ValueError(f"rule {rule.code} flagged records of tables it does not read: "
                         f"{sorted(unknown)}")
    return frame.unique(maintain_order=True)


def _describe(submission: Submission, rules: dict[str, Rule],
              flagged: pl.DataFrame) -> pl.DataFrame:
    """Findings: each flagged record with its child and the rule's affected fields' values.

    One join per table for all rules together: the per-rule cost stays the rule's own SQL.
    """
    parts = []
    for (table_name,), rows in flagged.group_by("table_name", maintain_order=True):
        table = registry().table(str(table_name))
        frame = submission.tables.get(table.name, table.empty_frame())
        child = pl.col(table.child_id) if table.child_id else pl.lit(None, pl.String)
        columns = frame.select(ROW, child.alias("child_id"),
                               *[pl.col(c).cast(pl.String) for c in table.column_names])
        joined = rows.join(columns, on=ROW, how="left")
        for (code,), found in joined.group_by("rule", maintain_order=True):
            rule = rules[str(code)]
            shown = [f for f in rule.fields if f in table.column_names]
            values = pl.concat_str(
                [pl.format(f"{f}={{}}", pl.col(f).fill_null("")) for f in shown],
                separator="; ") if shown else pl.lit("")
            parts.append(found.select(
                pl.lit(rule.code).alias("rule"), pl.lit(rule.severity.value).alias("severity"),
                pl.col("table_name"), pl.col(ROW), pl.col("child_id"),
                pl.lit(";".join(rule.fields)).alias("fields"), values.alias("values"),
                pl.lit(rule.message).alias("message")))
    return pl.concat(parts) if parts else pl.DataFrame(schema=FINDINGS_SCHEMA)


def run_rule(con: duckdb.DuckDBPyConnection, submission: Submission,
             rule: Rule) -> tuple[RuleRun, pl.DataFrame]:
    """One rule's outcome and the records it flagged (``rule, table_name, _row``)."""
    empty = pl.DataFrame(schema={"rule": pl.String(), "table_name": pl.String(),
                                 ROW: pl.Int64()})
    if rule.needs_last_year and submission.last_year is None:
        detail = f"needs the {year_label(submission.year - 1)} return, which is not loaded"
        return RuleRun(rule, Outcome.SKIPPED, detail=detail), empty
    try:
        flagged = _flagged(con, rule)
    except Exception as error:  # a broken rule must never pass silently
        detail = f"{type(error).__name__}: {error}"
        return RuleRun(rule, Outcome.CRASHED, detail=detail), empty
    outcome = Outcome.FAILED if flagged.height else Outcome.PASSED
    return (RuleRun(rule, outcome, flagged.height),
            flagged.select(pl.lit(rule.code).alias("rule"), "table_name", ROW))


def validate(submission: Submission, rules: Sequence[Rule] | None = None,
             progress: Callable[[Rule], None] | None = None) -> Validation:
    """Run ``rules`` (default: every rule in force for the submission's return and year)."""
    chosen = rules_for(submission.return_name, submission.year) if rules is None else rules
    con = connect(submission)
    runs: list[RuleRun] = []
    found: list[pl.DataFrame] = []
    try:
        for rule in chosen:
            run, flagged = run_rule(con, submission, rule)
            runs.append(run)
            if flagged.height:
                found.append(flagged)
            if progress is not None:
                progress(rule)
    finally:
        con.close()
    if not found:
        return Validation(submission, runs, pl.DataFrame(schema=FINDINGS_SCHEMA))
    by_code = {run.rule.code: run.rule for run in runs}
    return Validation(submission, runs, _describe(submission, by_code, pl.concat(found)))
