from datetime import date

import pytest

from cscmonitor.model.years import parse_year, year_containing, year_end, year_label, year_start


def test_label_and_bounds_follow_dfe_naming() -> None:
    assert year_label(2025) == "2024/25"
    assert year_label(2000) == "1999/00"
    assert year_start(2025) == date(2024, 4, 1)
    assert year_end(2025) == date(2025, 3, 31)


@pytest.mark.parametrize("text", ["2025", "2024/25", "2024-25", "2024 to 2025", " 2024/2025 "])
def test_parse_year_accepts_the_usual_spellings(text: str) -> None:
    assert parse_year(text) == 2025


@pytest.mark.parametrize("text", ["25", "2024/26", "2024-2026", "next year"])
def test_parse_year_rejects_what_is_not_a_collection_year(text: str) -> None:
    with pytest.raises(ValueError, match="not a collection year"):
        parse_year(text)


def test_year_containing_splits_at_first_of_april() -> None:
    assert year_containing(date(2025, 3, 31)) == 2025
    assert year_containing(date(2025, 4, 1)) == 2026
