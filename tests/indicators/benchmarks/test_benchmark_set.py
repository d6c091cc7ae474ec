from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from cscmonitor.indicators.benchmarks import (
    NOTHING,
    BenchmarkSet,
    Figure,
    Population,
    UnknownArea,
    UnknownComparator,
    load_benchmarks,
    population_year,
)
from cscmonitor.indicators.benchmarks.official import read_reference
from cscmonitor.indicators.comparator import Comparator
from cscmonitor.indicators.registry import indicators
from cscmonitor.warehouse import Warehouse
from cscmonitor.warehouse.reference_data import store_reference_data
from tests.indicators.benchmarks.conftest import row, sn_model, stats_file

C1 = Comparator("c1_children_in_need_referrals_and_rereferrals_2013_to_2025",
                "rereferral_percent")
NEIGHBOURS = ["336", "810", "861", "335", "354", "380", "806", "331", "353", "821"]


@pytest.fixture
def toy(tmp_path: Path) -> BenchmarkSet:
    """England, one region, Sandwell-like LA 333 and four neighbours (one suppressed, one
    not published at all)."""
    stats_file(tmp_path, "rates.csv", "category,count,percent", [
        row(2024, "National", "", "All,900,20.0"),
        row(2025, "National", "", "All,1000,22.6"),
        row(2025, "Regional", "E12000005", "All,100,19.5"),
        row(2025, "Local authority", "333", "All,50,22.7"),
        row(2025, "Local authority", "336", "All,40,18.2"),
        row(2025, "Local authority", "810", "All,30,c"),
        row(2025, "Local authority", "861", "All,20,25.05"),
        row(2025, "Local authority", "335", "All,20,20.1"),
    ])
    stats_file(tmp_path, "workforce.csv", "agency_rate_fte", [
        row(2024, "National", "", "13.0"), row(2024, "Local authority", "333", "9.9")])
    stats_file(tmp_path, "pop.csv", "age_group,population_estimate", [
        row(2023, "National", "", "Children,12000000"),
        row(2023, "Local authority", "333", "Children,87000"),
        row(2024, "Local authority", "333", "Children,88593"),
        row(2024, "Local authority", "336", "Children,x"),
    ])
    sn_model(tmp_path, {"333": ["336", "810", "861", "335", "999"]})
    return BenchmarkSet(read_reference([tmp_path]).tables, "toy")


def test_comparators(toy: BenchmarkSet) -> None:
    found = toy.comparators(Comparator("rates", "percent"), "333", 2025)
    assert found.england == Figure(22.6, None)
    assert found.region == Figure(19.5, None)
    assert found.published == Figure(22.7, None)
    # 18.2, 25.05, 20.1: 810 is suppressed and 999 has no figure.
    assert found.neighbours_used == 3
    assert found.sn_mean == Figure(21.1, None)
    assert found.sn_median == Figure(20.1, None)
    assert found.source == "DfE rates.csv, year to 31 March 2025"


def test_a_year_without_figures_is_empty(toy: BenchmarkSet) -> None:
    found = toy.comparators(Comparator("rates", "percent"), "333", 2023)
    assert found.england == found.sn_mean == found.published == Figure(None, None)
    assert found.neighbours_used == 0


def test_census_year_is_a_year_after_its_time_period(toy: BenchmarkSet) -> None:
    workforce = Comparator("workforce", "agency_rate_fte", census=True)
    found = toy.comparators(workforce, "333", 2025)
    assert found.published == Figure(9.9, None)
    assert found.source == "DfE workforce.csv, census at 30 September 2024"
    assert toy.latest_year(workforce) == 2025
    assert toy.latest_year(Comparator("rates", "percent")) == 2025


def test_comparator_mistakes_are_named(toy: BenchmarkSet) -> None:
    with pytest.raises(UnknownComparator, match="no value column 'pct'"):
        toy.check(Comparator("rates", "pct"))
    with pytest.raises(UnknownComparator, match=r"no figures where \{'category': 'Some'\}"):
        toy.check(Comparator("rates", "percent", {"category": "Some"}))


def test_a_file_not_in_the_set_gives_empty_comparators(toy: BenchmarkSet) -> None:
    found = toy.comparators(Comparator("absent", "percent"), "333", 2025)
    assert found.england == Figure(None, None)
    assert "absent is not in the benchmark data" in found.source
    assert toy.latest_year(Comparator("absent", "percent")) is None


def test_areas_and_neighbours(toy: BenchmarkSet) -> None:
    assert toy.neighbours("333") == ["336", "810", "861", "335", "999"]
    assert toy.neighbours("336") == []
    area = toy.area("333")
    assert (area.name, area.region_code, area.region_name) == ("LA 333", "E12000005",
                                                               "West Midlands")
    with pytest.raises(UnknownArea):
        toy.area("123")


@pytest.mark.parametrize(("end", "wanted"), [
    (date(2025, 3, 31), 2024), (date(2024, 12, 31), 2023), (date(2025, 1, 31), 2024),
    (date(2024, 4, 30), 2023),
])
def test_population_year(end: date, wanted: int) -> None:
    assert population_year(end) == wanted


def test_population(toy: BenchmarkSet) -> None:
    assert toy.population("333", date(2025, 3, 31)) == Population(88593, 2024, "")
    assert toy.population("333", date(2024, 3, 31)) == Population(87000, 2023, "")
    later = toy.population("333", date(2026, 3, 31))
    assert (later.count, later.year) == (88593, 2024)
    assert later.note == "mid-2025 estimate not published; used mid-2024, the nearest available"
    assert toy.population("E92000001", date(2024, 3, 31)).count == 12_000_000
    assert toy.population("336", date(2025, 3, 31)) == Population(
        None, 2024, "mid-2024 estimate not published (x)")
    assert toy.population("123", date(2025, 3, 31)).count is None


def test_counts_become_rates_per_10000_children(toy: BenchmarkSet) -> None:
    found = toy.comparators(Comparator("rates", "count"), "333", 2025, per_10000=True)
    # 2025 uses the mid-2024 estimate: 50 / 88,593; England has only mid-2023 (12,000,000).
    assert found.published == Figure(5.6, None)
    assert found.england == Figure(0.8, None)
    assert found.sn_mean == NOTHING  # no neighbour has both a count and a population
    assert "per 10,000 children" in found.source


def test_real_sandwell(real: BenchmarkSet) -> None:
    found = real.comparators(C1, "333", 2025)
    assert found.published == Figure(22.7, None)
    assert found.england == Figure(22.6, None)
    assert found.region == Figure(19.5, None)
    assert real.neighbours("333") == NEIGHBOURS
    assert found.neighbours_used == 10
    assert real.population("333", date(2025, 3, 31)).year == 2024


def test_real_placement_stability_needs_its_dimensions(real: BenchmarkSet) -> None:
    with pytest.raises(UnknownComparator, match="say which in 'where'"):
        real.check(Comparator("la_cla_placement_stability", "children_percent"))
    real.check(Comparator("la_cla_placement_stability", "children_percent",
                          {"placement_stability": "With 3 or more placements during the year"}))


def test_load_prefers_the_imported_set(tmp_path: Path, toy: BenchmarkSet) -> None:
    with Warehouse.open(tmp_path / "wh") as warehouse:
        assert load_benchmarks(warehouse).origin == "the copy shipped with cscmonitor"
        store_reference_data(warehouse, toy.tables)
        loaded = load_benchmarks(warehouse)
    assert loaded.origin.startswith("imported ")
    assert loaded.neighbours("333") == toy.neighbours("333")
    assert load_benchmarks().comparators(C1, "333", 2025).published == Figure(22.7, None)


def test_every_registered_comparator_picks_one_shipped_series() -> None:
    shipped = load_benchmarks()
    for indicator in indicators().values():
        if indicator.comparator is not None:
            shipped.check(indicator.comparator)
            assert shipped.latest_year(indicator.comparator) is not None, indicator.id
