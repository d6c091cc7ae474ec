from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cscmonitor.indicators.definition import Suppression
from cscmonitor.indicators.suppression import (
    Shown,
    suppress_count,
    suppress_figure,
    suppress_table,
)

C = Shown("c", True)


@pytest.mark.parametrize(("count", "shown"), [
    (0, Shown("0", False)), (1, C), (5, C), (6, Shown("6", False)),
    (12345, Shown("12,345", False)), (None, Shown("x", False)),
])
def test_counts(count: int | None, shown: Shown) -> None:
    assert suppress_count(count) == shown


def test_counts_that_are_not_children_are_shown() -> None:
    assert suppress_count(3, Suppression.NONE) == Shown("3", False)


@pytest.mark.parametrize(("value", "numerator", "denominator", "shown"), [
    (22.65, 844, 3723, Shown("22.7", False)),     # half-up rounding
    (0.0, 0, 100, Shown("0.0", False)),
    (3.0, 3, 100, C),                             # small numerator
    (40.0, 2, 5, C),                              # small denominator
    (12.5, 10, None, Shown("12.5", False)),       # a rate over a population
    (None, 0, 0, Shown("x", False)),
])
def test_figures(value: float | None, numerator: int, denominator: int | None,
                 shown: Shown) -> None:
    assert suppress_figure(value, numerator, denominator) == shown


def test_figures_that_are_not_about_children_are_shown() -> None:
    assert suppress_figure(15.25, 3, 2, decimals=2, kind=Suppression.NONE) == Shown("15.25",
                                                                                    False)


def texts(cells: list[int]) -> list[str]:
    return [s.text for s in suppress_table(cells, sum(cells)).cells]


@pytest.mark.parametrize(("cells", "expected", "total"), [
    ([10, 20, 30], ["10", "20", "30"], "60"),
    ([3, 20, 30], ["c", "c", "30"], "53"),          # secondary: next smallest
    ([3, 4, 30], ["c", "c", "30"], "37"),           # two primaries protect each other
    ([3, 0, 30], ["c", "0", "c"], "33"),            # a zero is left shown when possible
    ([3, 0, 0], ["c", "0", "0"], "3"),              # total 1-5: total suppressed
    ([0, 0, 0], ["0", "0", "0"], "0"),
    ([7], ["7"], "7"),
])
def test_tables(cells: list[int], expected: list[str], total: str) -> None:
    table = suppress_table(cells, sum(cells))
    assert [s.text for s in table.cells] == expected
    assert table.total.text == (total if sum(cells) > 5 or sum(cells) == 0 else "c")


def test_a_single_small_cell_hides_the_total() -> None:
    table = suppress_table([4], 4)
    assert table.cells == (C,) and table.total == C


def test_tables_not_about_children() -> None:
    assert texts([3, 20]) == ["c", "c"]
    table = suppress_table([3, 20], 23, Suppression.NONE)
    assert [s.text for s in table.cells] == ["3", "20"]


counts = st.lists(st.integers(min_value=0, max_value=40), min_size=1, max_size=8)


@given(st.integers(min_value=0, max_value=100_000))
def test_no_visible_count_is_small(count: int) -> None:
    shown = suppress_count(count)
    assert shown.suppressed or not 1 <= int(shown.text.replace(",", "")) <= 5


@given(counts)
def test_no_suppressed_cell_can_be_worked_out(cells: list[int]) -> None:
    table = suppress_table(cells, sum(cells))
    visible = [int(s.text) for s in table.cells if not s.suppressed]
    hidden = [c for c, s in zip(cells, table.cells, strict=True) if s.suppressed]
    assert all(not 1 <= v <= 5 for v in visible)
    if table.total.suppressed:
        # The total can't be rebuilt from the cells, so nothing can be subtracted from it.
        assert hidden or sum(cells) == 0
    else:
        assert not 1 <= sum(cells) <= 5
        # total - visible is the sum of the hidden cells: with two or more hidden it does not
        # say what any one of them is (their sum is at least 1, so each could be 0 or more).
        assert len(hidden) != 1
        assert sum(cells) - sum(visible) == sum(hidden)
        if hidden:
            assert sum(hidden) >= 1
