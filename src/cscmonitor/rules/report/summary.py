"""What a validation amounts to, computed once for the terminal, the workbook and the page."""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from cscmonitor.model import year_label
from cscmonitor.rules.engine import Outcome, Validation

BY_RULE_SCHEMA = pl.Schema({"rule": pl.String(), "severity": pl.String(),
                            "findings": pl.UInt32(), "children": pl.UInt32(),
                            "message": pl.String()})


@dataclass(frozen=True)
class Summary:
    """Counts of rule outcomes and findings, the findings by rule, and what did not run."""

    title: str
    rules_run: int
    outcomes: dict[Outcome, int]
    errors: int
    queries: int
    children_affected: int
    by_rule: pl.DataFrame
    """One row per failed rule: rule, severity, findings, children, message."""
    skipped: list[tuple[str, str]]
    """(rule code, reason) of every rule that did not run."""
    crashed: list[tuple[str, str]]
    """(rule code, error) of every rule that raised: neither passed nor failed."""


def summarise(validation: Validation, source: str) -> Summary:
    """``source`` names what was validated (files or snapshot) for headings."""
    submission = validation.submission
    found = validation.findings
    la = f", LA {submission.la_code}" if submission.la_code else ""
    by_rule = found.group_by("rule", maintain_order=True).agg(
        pl.col("severity").first(), pl.len().alias("findings"),
        pl.col("child_id").drop_nulls().n_unique().alias("children"),
        pl.col("message").first(),
    ).cast(BY_RULE_SCHEMA) if found.height else pl.DataFrame(schema=BY_RULE_SCHEMA)
    return Summary(
        title=f"{submission.return_name} {year_label(submission.year)}{la}: {source}",
        rules_run=len(validation.runs),
        outcomes={outcome: validation.count(outcome) for outcome in Outcome},
        errors=int((found.get_column("severity") == "error").sum()),
        queries=int((found.get_column("severity") == "query").sum()),
        children_affected=found.get_column("child_id").drop_nulls().n_unique(),
        by_rule=by_rule,
        skipped=[(r.rule.code, r.detail) for r in validation.runs
                 if r.outcome is Outcome.SKIPPED],
        crashed=[(r.rule.code, r.detail) for r in validation.runs
                 if r.outcome is Outcome.CRASHED],
    )


def outcome_counts(summary: Summary) -> list[tuple[str, int]]:
    """The headline numbers, labelled, in the order every output shows them."""
    return [
        ("Rules in force", summary.rules_run),
        ("Passed", summary.outcomes[Outcome.PASSED]),
        ("Failed", summary.outcomes[Outcome.FAILED]),
        ("Skipped", summary.outcomes[Outcome.SKIPPED]),
        ("Crashed", summary.outcomes[Outcome.CRASHED]),
        ("Errors", summary.errors),
        ("Queries", summary.queries),
        ("Children affected", summary.children_affected),
    ]
