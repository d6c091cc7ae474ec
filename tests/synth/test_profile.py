"""Profiles: every year complete, and the published figures as DfE published them."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from cscmonitor.synth.profile import YEAR_FIELDS, load_profile, profile_names


def test_profiles_are_listed() -> None:
    assert {"sandwell-like", "england-average"} <= set(profile_names())


@pytest.mark.parametrize("name", ["sandwell-like", "england-average"])
def test_every_year_has_every_figure(name: str) -> None:
    profile = load_profile(name)
    for year in range(2017, 2026):
        assert set(YEAR_FIELDS) <= set(profile.year(year).values)


def test_sandwell_figures_are_the_published_ones(reference: Path) -> None:
    path = (reference / "dfe-official-statistics"
            / "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv")
    with path.open(encoding="utf-8-sig") as handle:
        published = {int(r["time_period"]): int(r["referral_count"])
                     for r in csv.DictReader(handle) if r["old_la_code"] == "333"}
    profile = load_profile("sandwell-like")
    for year in range(2019, 2026):
        assert profile.year(year).values["referrals"] == published[year]


def test_unknown_profile_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown profile"):
        load_profile("atlantis")
