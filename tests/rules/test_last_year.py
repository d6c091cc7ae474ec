"""Rules reading last year's return: skipped without it, unless last year is optional."""

from __future__ import annotations

import polars as pl
import pytest

from cscmonitor.model import registry
from cscmonitor.rules import Outcome, Submission, validate
from cscmonitor.rules.rule import Rule, Severity
from cscmonitor.rules.submission import READ_ISSUES_SCHEMA

SQL = """SELECT _row FROM ssda903_header
         WHERE CHILD IN (SELECT CHILD FROM ssda903_header_last)"""


def rule(optional: bool) -> Rule:
    return Rule(code="T1", message="Child was in last year's return", severity=Severity.QUERY,
                tables=("ssda903_header", "ssda903_header_last"), fields=("CHILD",), sql=SQL,
                last_year_optional=optional)


def header(*children: str) -> pl.DataFrame:
    empty = registry().table("ssda903_header").empty_frame()
    frame = pl.DataFrame({"CHILD": list(children), "_row": list(range(1, len(children) + 1))})
    return pl.concat([empty, frame], how="diagonal_relaxed").select(empty.columns)


def submission(last: dict[str, pl.DataFrame] | None) -> Submission:
    return Submission("ssda903", 2025, {"ssda903_header": header("1", "2")},
                      pl.DataFrame(schema=READ_ISSUES_SCHEMA), last)


def test_a_rule_needing_last_year_is_skipped_with_the_reason_without_it() -> None:
    [run] = validate(submission(None), [rule(optional=False)]).runs
    assert run.outcome is Outcome.SKIPPED
    assert "2023/24" in run.detail


def test_a_rule_with_optional_last_year_runs_on_an_empty_last_year() -> None:
    [run] = validate(submission(None), [rule(optional=True)]).runs
    assert run.outcome is Outcome.PASSED


@pytest.mark.parametrize("optional", [False, True])
def test_either_rule_uses_last_year_when_loaded(optional: bool) -> None:
    validation = validate(submission({"ssda903_header": header("2")}), [rule(optional)])
    assert validation.runs[0].outcome is Outcome.FAILED
    assert validation.findings["child_id"].to_list() == ["2"]


def test_optional_last_year_needs_a_last_year_table() -> None:
    with pytest.raises(ValueError, match="reads no _last table"):
        Rule(code="T2", message="m", severity=Severity.QUERY, tables=("ssda903_header",),
             fields=(), sql="SELECT _row FROM ssda903_header", last_year_optional=True)
