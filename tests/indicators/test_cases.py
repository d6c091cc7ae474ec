"""Every indicator's hand-worked cases give exactly the expected figures (``-k <id>``)."""

from __future__ import annotations

import pytest

from cscmonitor.indicators.cases import Case, load_cases, mismatches, run_case
from cscmonitor.indicators.registry import indicators

CASES = [case for indicator in indicators().values() for case in load_cases(indicator)]


@pytest.mark.parametrize("case", CASES, ids=[f"{c.indicator.id}: {c.name}" for c in CASES])
def test_case(case: Case) -> None:
    assert not mismatches(case, run_case(case))
