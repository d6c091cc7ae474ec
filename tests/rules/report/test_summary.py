from __future__ import annotations

from cscmonitor.rules import Outcome, Validation
from cscmonitor.rules.report import outcome_counts, summarise


def test_every_outcome_is_counted_and_crashed_is_not_passed(validation: Validation) -> None:
    summary = summarise(validation, "test files")
    assert summary.title == "ssda903 2024/25, LA 333: test files"
    assert dict(outcome_counts(summary)) == {
        "Rules in force": 5, "Passed": 1, "Failed": 2, "Skipped": 1, "Crashed": 1,
        "Errors": 2, "Queries": 2, "Children affected": 4}
    assert summary.outcomes[Outcome.CRASHED] == 1
    [(code, error)] = summary.crashed
    assert code == "T3" and "no_such_column" in error
    assert summary.skipped == [("T4", "needs the 2023/24 return, which is not loaded")]


def test_findings_by_rule_count_records_and_children(validation: Validation) -> None:
    by_rule = summarise(validation, "x").by_rule
    assert by_rule.rows() == [
        ("T1", "error", 2, 2, "Placement type is not valid."),
        ("T2", "query", 2, 2, "Child <C1> & friends."),
    ]


def test_a_clean_validation_has_no_rows_by_rule(validation: Validation) -> None:
    clean = Validation(validation.submission, validation.runs,
                       validation.findings.clear())
    summary = summarise(clean, "x")
    assert summary.by_rule.height == 0
    assert (summary.errors, summary.queries, summary.children_affected) == (0, 0, 0)
