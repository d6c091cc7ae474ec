"""How one figure is shown to each audience (the public through the shared suppression)."""

from __future__ import annotations

import dataclasses

import pytest

from cscmonitor.indicators.definition import Suppression, Unit
from cscmonitor.indicators.periods import Period
from cscmonitor.indicators.registry import indicator
from cscmonitor.reports.audience import Audience
from cscmonitor.reports.figures import shown_value
from cscmonitor.reports.gather import Point

PERIOD = Period.official_year(2025)
PERCENT = indicator("rereferral_rate")
COUNT = dataclasses.replace(PERCENT, id="a_count", unit=Unit.COUNT, comparator=None,
                            local="a local count")


def _point(numerator: float, denominator: float | None, value: float | None) -> Point:
    return Point(PERIOD, numerator, denominator, value)


@pytest.mark.parametrize(("numerator", "shown"), [(0, "0"), (1, "c"), (5, "c"), (6, "6"),
                                                  (1234, "1,234")])
def test_public_counts(numerator: int, shown: str) -> None:
    result = shown_value(COUNT, _point(numerator, None, numerator), Audience.PUBLIC)
    assert result.value.text == shown
    assert result.number == (None if shown == "c" else numerator)


def test_board_sees_small_counts() -> None:
    result = shown_value(COUNT, _point(3, None, 3), Audience.BOARD)
    assert (result.value.text, result.number) == ("3", 3)


@pytest.mark.parametrize(("numerator", "denominator", "value", "shown", "num", "den"), [
    (3, 40, 7.5, "c", "c", "40"),          # small numerator
    (20, 40, 50.0, "50.0%", "20", "40"),   # nothing small
    (37, 40, 92.5, "c", "c", "40"),        # small complement (40 - 37 = 3): secondary
    (3, 4, 75.0, "c", "c", "c"),           # small total
    (0, 40, 0.0, "0.0%", "0", "40"),
])
def test_public_percentages(numerator: int, denominator: int, value: float, shown: str,
                            num: str, den: str) -> None:
    result = shown_value(PERCENT, _point(numerator, denominator, value), Audience.PUBLIC)
    assert result.value.text == shown
    assert (result.numerator and result.numerator.text, result.denominator
            and result.denominator.text) == (num, den)
    assert (result.number is None) == (shown == "c")


def test_indicator_without_suppression_is_shown_as_is() -> None:
    workforce = dataclasses.replace(PERCENT, suppression=Suppression.NONE)
    result = shown_value(workforce, _point(3, 17, 17.6), Audience.PUBLIC)
    assert (result.value.text, result.numerator and result.numerator.text) == ("17.6%", "3")


def test_missing_value_is_x() -> None:
    result = shown_value(PERCENT, _point(0, 0, None), Audience.PUBLIC)
    assert result.value.text == "x"
    assert result.number is None
