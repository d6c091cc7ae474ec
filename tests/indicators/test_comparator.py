from __future__ import annotations

import pytest

from cscmonitor.indicators.comparator import Comparator


def test_from_yaml() -> None:
    comparator = Comparator.from_yaml({
        "file": "la_cla_placement_stability.csv", "column": "children_percent",
        "where": {"placement_stability": "Total children", "cla_group": "CLA on 31 March"}})
    assert comparator.file == "la_cla_placement_stability"
    assert list(comparator.where) == ["cla_group", "placement_stability"]
    assert not comparator.census


def test_hashable_and_equal_whatever_the_where_order() -> None:
    one = Comparator("f", "c", {"a": "1", "b": "2"})
    two = Comparator("f", "c", {"b": "2", "a": "1"})
    assert one == two and hash(one) == hash(two) and len({one, two}) == 1
    assert one != Comparator("f", "c", {"a": "1"})


def test_where_cannot_be_changed() -> None:
    comparator = Comparator("f", "c", {"a": "1"})
    with pytest.raises(TypeError):
        comparator.where["a"] = "2"  # type: ignore[index]


@pytest.mark.parametrize(("census", "year", "period"), [(False, 2025, 2025), (True, 2026, 2025)])
def test_time_periods(census: bool, year: int, period: int) -> None:
    comparator = Comparator("f", "c", census=census)
    assert comparator.time_period(year) == period
    assert comparator.collection_year(period) == year


@pytest.mark.parametrize(("data", "problem"), [
    ({"file": "f"}, "'file' and 'column'"),
    ({"file": "f", "column": "c", "filter": {}}, "unknown keys"),
    ({"file": "f", "column": "c", "where": {"a": 1}}, "'where' must map"),
    ({"file": "f", "column": "c", "census": "yes"}, "'census'"),
])
def test_from_yaml_mistakes(data: dict[str, object], problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        Comparator.from_yaml(data)
