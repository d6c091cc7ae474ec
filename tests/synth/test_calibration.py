"""The sandwell-like authority follows Sandwell's published figures, year by year.

Generated 2019-2025, read back through the readers and counted plainly (``calibration``):
every figure DfE published for Sandwell (LA 333) in those years is within 10% for a count
(or a caseload) and 3 percentage points for a percentage. Re-referrals need the previous
year's census and long-term stability two earlier years of episodes, so their first years
are not checked.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cscmonitor.synth import generate
from tests.synth.calibration import (
    Figure,
    cin_figures,
    cla_figures,
    published,
    returns,
    workforce_figures,
)

YEARS = list(range(2019, 2026))


@pytest.fixture(scope="module")
def figures(tmp_path_factory: pytest.TempPathFactory) -> list[Figure]:
    out = tmp_path_factory.mktemp("sandwell")
    generate(out, "sandwell-like", YEARS, seed=2025)
    found = returns(out, "333", YEARS)
    result: list[Figure] = []
    for year in YEARS:
        result += cin_figures(found["cin"], year) + cla_figures(found["ssda903"], year)
        if year in found["workforce"]:
            result += workforce_figures(found["workforce"][year], year)
    return result


@pytest.mark.slow
def test_figures_follow_the_published_trajectory(figures: list[Figure],
                                                 reference: Path) -> None:
    facts = published(reference, "333")
    compared, misses = 0, []
    for figure in figures:
        target = facts.get((figure.name, figure.year))
        if target is None:
            continue
        compared += 1
        within = (abs(figure.value - target) <= 3 if figure.percent
                  else abs(figure.value - target) <= 0.1 * target)
        if not within:
            misses.append(f"{figure.year} {figure.name}: {figure.value:.1f} vs {target}")
    assert not misses, misses
    assert compared >= 90
