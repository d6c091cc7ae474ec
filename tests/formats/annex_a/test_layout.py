"""Finding a list on a sheet: by its name, by its header row, or not at all."""

from __future__ import annotations

import pytest

from cscmonitor.formats.annex_a.layout import header, list_named, locate, sheet_name
from cscmonitor.model.returns.annex_a import LISTS


@pytest.mark.parametrize(("name", "number"), [
    ("List 1", 1), ("list 3 - Referrals", 3), ("L1 Contacts", 1), ("List10", 10),
    ("L 11 Adopters", 11), ("List_8", 8), ("List 12", None), ("Lists", None),
    ("Lookup 1", None), ("Contacts", None), ("List 111", None),
])
def test_sheet_names(name: str, number: int | None) -> None:
    table = list_named(name)
    assert (LISTS.index(table) + 1 if table else None) == number


def test_template_sheet_names_and_headers() -> None:
    assert [sheet_name(t) for t in LISTS] == [f"List {n}" for n in range(1, 12)]
    assert header(LISTS[0], "child_unique_id") == "Child Unique ID"


def test_header_row_is_found_below_title_rows() -> None:
    rows: list[list[str | None]] = [["Annex A"], [None], [
        "Child Unique ID", "Gender", "Date of Referral", "Referral Source", "Referral NFA?"]]
    found = locate("Sheet1", rows)
    assert found is not None and (found.table.name, found.header_index) == (
        "annex_a_list_3", 2)


def test_a_header_common_to_several_lists_is_not_guessed() -> None:
    rows = [["Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age"]]
    assert locate("Sheet1", rows) is None
    found = locate("List 2", rows)
    assert found is not None and found.table.name == "annex_a_list_2"


def test_a_list_sheet_without_its_identifier_column_is_not_a_list() -> None:
    assert locate("List 1", [["Gender", "Ethnicity", "Date of Contact", "Contact Source"]]) \
        is None
