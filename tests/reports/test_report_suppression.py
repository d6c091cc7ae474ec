"""The public pack shows no count of 1 to 5 children anywhere a count is shown: the HTML
(counts are marked ``data-count``), the PDF text and the workbook. The board pack of the same
authority does show small counts, so these tests can fail."""

from __future__ import annotations

import re

import lxml.html
import polars as pl
import pytest

from cscmonitor.indicators.definition import Suppression
from cscmonitor.indicators.registry import indicators
from tests.reports.conftest import Authority, Pack
from tests.reports.extract import SMALL, html_counts, html_text, pdf_text, workbook_sheets

_COUNT_COLUMNS = ("numerator", "denominator")


def _small_html_counts(pack: Pack) -> list[str]:
    return [text for kind, text in html_counts(pack.html) if kind == "children" and text in SMALL]


def test_board_pack_shows_small_counts(authority: Authority) -> None:
    assert _small_html_counts(authority.board), "the fixture has no small counts to suppress"


def test_public_html_shows_no_small_count(authority: Authority) -> None:
    assert _small_html_counts(authority.public) == []
    assert ("children", "c") in html_counts(authority.public.html)


def _small_workbook_counts(pack: Pack) -> list[tuple[str, str, str]]:
    found = []
    for name, sheet in workbook_sheets(pack.xlsx).items():
        if "suppression" not in sheet.columns:
            continue
        children = sheet.filter(pl.col("suppression") == "children")
        columns = [c for c in _COUNT_COLUMNS if c in sheet.columns]
        counts = children.filter(pl.col("unit") == "count")
        for row in children.select(["indicator", *columns]).iter_rows():
            found += [(name, row[0], v) for v in row[1:] if v is not None and v in SMALL]
        found += [(name, row[0], row[1]) for row in
                  counts.select("indicator", "value").iter_rows() if row[1] in SMALL]
    return found


def test_board_workbook_shows_small_counts(authority: Authority) -> None:
    assert _small_workbook_counts(authority.board)


def test_public_workbook_shows_no_small_count(authority: Authority) -> None:
    assert _small_workbook_counts(authority.public) == []


def test_public_workbook_children_affected_suppressed(authority: Authority) -> None:
    quality = workbook_sheets(authority.public.xlsx)["data quality"]
    assert "1" not in quality["children affected"].to_list()
    assert "c" in quality["children affected"].to_list()


_OF = re.compile(r"(?<![\d,.])(\d[\d,]*) of (\d[\d,]*)(?![\d,.])")
_NUMBER = re.compile(r"(?<![\w.,])\d[\d,]*(?:\.\d+)?%?")


def test_public_pdf_shows_no_small_count(authority: Authority) -> None:
    text = pdf_text(authority.public.pdf)
    if text is None:
        pytest.skip("pdftotext is not installed (apt-get install poppler-utils)")
    pages = len(text.split("\f"))
    # Every "n of N" (the counts behind a percentage) of a children's indicator.
    pairs = _children_pairs(text)
    assert pairs, "no counts found in the PDF text"
    assert [p for p in pairs if p[0] in SMALL or p[1] in SMALL] == []
    # Every number in the PDF is one the checked HTML shows too, or a page number.
    shown = set(_NUMBER.findall(html_text(authority.public.html)))
    extra = {n for n in _NUMBER.findall(text) if n not in shown
             and not (n.isdigit() and int(n) <= pages)}
    assert extra == set()


def test_board_pdf_shows_small_counts(authority: Authority) -> None:
    text = pdf_text(authority.board.pdf)
    if text is None:
        pytest.skip("pdftotext is not installed (apt-get install poppler-utils)")
    assert [p for p in _children_pairs(text) if p[0] in SMALL or p[1] in SMALL]


_LEAD = re.compile(r"^\s*([A-Za-z][^\d]*?)(?:\s{2,}|$)")


def _children_pairs(text: str) -> list[tuple[str, str]]:
    """The "n of N" pairs of the PDF's scorecard rows, but those of indicators that are not
    counts of children (workforce): a row's first line starts with its title (or the start
    of it, where the title wraps)."""
    not_children = [i.title for i in indicators().values()
                    if i.suppression is Suppression.NONE]
    pairs = []
    for line in text.splitlines():
        if re.search(r"Page \d+ of \d+", line):
            continue
        lead = _LEAD.match(line)
        if lead and any(t.startswith(lead.group(1).strip()) for t in not_children):
            continue
        pairs += _OF.findall(line)
    return pairs


def test_no_status_or_direction_for_a_suppressed_figure(authority: Authority) -> None:
    tree = lxml.html.parse(str(authority.public.html))
    rows = tree.findall(".//section[@id='scorecard']//tbody/tr")
    suppressed = [[cell.text_content().strip() for cell in row.findall("td")] for row in rows
                  if len(row.findall("td")) == 9 and row.findall("td")[0].text_content() == "c"]
    assert suppressed, "no suppressed latest figure in the fixture"
    for cells in suppressed:
        assert cells[7] in ("Not shown", "No target")
        assert cells[8] == ""
