"""The engine's figures for the sandwell-like authority equal the plain counts used to calibrate
the generator, exactly, for every year 2019-2025.

The generated returns go through the readers into a warehouse; the engine computes each year
from the warehouse, and ``tests/synth/calibration.py`` counts the same files with Polars
without any of the engine's code. Two independent counts of one definition must agree.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cscmonitor.formats import ReadOptions, read
from cscmonitor.indicators.engine import compute
from cscmonitor.indicators.periods import Period
from cscmonitor.indicators.registry import indicators
from cscmonitor.indicators.rounding import round_half_up
from cscmonitor.synth import generate
from cscmonitor.warehouse import Warehouse
from tests.synth.calibration import (
    Figure,
    cin_figures,
    cla_figures,
    returns,
    workforce_figures,
)

YEARS = list(range(2019, 2026))
LA = "333"

INDICATOR = {
    "referrals": ("referrals", "all"),
    "rereferral_percent": ("rereferral_rate", "all"),
    "assessments_within_45_percent": ("assessment_timeliness", "all"),
    "section47": ("s47_enquiries", "all"),
    "cpp_starts": ("cpp_starts", "all"),
    "cpp_subsequent_percent": ("cpp_repeat_rate", "all"),
    "cpp_at31": ("cpp_at_period_end", "all"),
    "cla_at31": ("cla_at_period_end", "all"),
    "cla_starts": ("cla_starts", "all"),
    "cla_ceased": ("cla_ceased", "all"),
    "three_plus_placements_percent": ("placement_stability_short", "all"),
    "long_term_stability_percent": ("placement_stability_long", "all"),
    "eet_percent_17_18": ("care_leavers_eet", "17 to 18 years"),
    "eet_percent_19_21": ("care_leavers_eet", "19 to 21 years"),
    "suitable_percent_17_18": ("care_leavers_suitable_accommodation", "17 to 18 years"),
    "suitable_percent_19_21": ("care_leavers_suitable_accommodation", "19 to 21 years"),
    "turnover_rate_fte": ("turnover_rate", "all"),
    "agency_rate_fte": ("agency_rate", "all"),
    "vacancy_rate_fte": ("vacancy_rate", "all"),
    "caseload_fte": ("caseload_per_fte", "all"),
}
"""Calibration figure -> (indicator, breakdown group) computing the same thing."""


@pytest.fixture(scope="module")
def authority(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    out = tmp_path_factory.mktemp("sandwell")
    generate(out, "sandwell-like", YEARS, seed=2025)
    data = tmp_path_factory.mktemp("warehouse")
    with Warehouse.open(data) as warehouse:
        for year in YEARS:
            for name in ("cin", "ssda903", "workforce"):
                folder = out / LA / str(year) / name
                if folder.is_dir():
                    for result in read([folder], ReadOptions(year=year)):
                        result.la_code = result.la_code or LA
                        warehouse.load(result)
    return out, data


def _calibration(out: Path) -> list[Figure]:
    found = returns(out, LA, YEARS)
    figures: list[Figure] = []
    for year in YEARS:
        figures += cin_figures(found["cin"], year) + cla_figures(found["ssda903"], year)
        if year in found["workforce"]:
            figures += workforce_figures(found["workforce"][year], year)
    return figures


@pytest.mark.slow
def test_engine_equals_the_independent_counts(authority: tuple[Path, Path]) -> None:
    out, data = authority
    expected = _calibration(out)
    wanted = {indicator for indicator, _ in INDICATOR.values()}
    chosen = [i for i in indicators().values() if i.id in wanted]
    periods = [Period.official_year(year) for year in YEARS]
    with Warehouse.open(data) as warehouse, warehouse.reading() as con:
        computed = {(v.indicator, v.group, v.period.end.year): v.value
                    for breakdown in (None, "age_group")
                    for v in compute(con, [i for i in chosen
                                           if breakdown is None or breakdown in i.breakdowns],
                                     periods, LA, breakdown)}
    differences, compared = [], 0
    for figure in expected:
        indicator, group = INDICATOR[figure.name]
        value = computed.get((indicator, group, figure.year))
        plain = round_half_up(figure.value, 1)
        compared += 1
        if value != plain:
            differences.append(f"{figure.year} {figure.name}: engine {value}, counted {plain}")
    assert not differences, differences
    assert compared >= 100
