"""Recognising Annex A workbooks by content, and only them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from cscmonitor.formats.annex_a.sniff import sheet_names, sniff

Book = Callable[[dict[str, list[list[Any]]]], Path]


def _sniff(path: Path) -> bool:
    return sniff(path, path.read_bytes()[:65_536])


def test_the_sample_is_recognised_by_its_sheet_names(reference: Path) -> None:
    sample = reference / "samples/annex_a/Annex_A_2024_Jan_sample.xlsx"
    assert sheet_names(sample) == [f"List {n}" for n in range(1, 12)]
    assert _sniff(sample)


def test_renamed_sheets_are_recognised_by_a_list_header(book: Book) -> None:
    assert _sniff(book({"Referrals": [["Referrals"], ["Child ID", "Gender", "Date of referral",
                                                      "Referral source", "Referral NFA?"]]}))


def test_other_workbooks_and_other_files_are_not_claimed(book: Book, tmp_path: Path,
                                                         reference: Path) -> None:
    assert not _sniff(book({"Budget": [["Cost centre", "Child Unique ID"], ["A", "B"]]}))
    text = tmp_path / "list.xlsx"
    text.write_bytes(b"PK\x03\x04 but not a zip archive")
    assert not _sniff(text)
    for other in ("samples/ssda903/header.csv", "samples/cin/cin_2022_small_sample.xml",
                  "samples/workforce/social_work_workforce_2022_sample.xml"):
        assert not _sniff(reference / other)
