"""Every rule's YAML cases, one test each: ``pytest -k 103`` runs rule 103's cases."""

from __future__ import annotations

import pytest

from cscmonitor.rules import Outcome, validate
from cscmonitor.rules.cases import Case, flagged, load_cases, submission_for
from cscmonitor.rules.registry import all_declared

CASES = [case for rule in all_declared() for case in load_cases(rule)]


@pytest.mark.parametrize(
    "case", CASES,
    ids=[f"{c.rule.return_name}-y{c.rule.year}-{c.rule.code}-{c.name}" for c in CASES])
def test_rule_case(case: Case) -> None:
    validation = validate(submission_for(case), [case.rule])
    [run] = validation.runs
    assert run.outcome is not Outcome.CRASHED, run.detail
    assert run.outcome is not Outcome.SKIPPED, run.detail
    expected = {table: sorted(rows) for table, rows in case.expect.items() if rows}
    assert flagged(validation) == expected
