"""No child-level data in either pack; commentary is escaped in HTML and in Excel."""

from __future__ import annotations

import re
import zipfile

import pytest

from tests.reports.conftest import Authority, Pack
from tests.reports.extract import html_text, pdf_text, workbook_sheets


def _texts(pack: Pack) -> dict[str, str]:
    texts = {"html": pack.html.read_text(encoding="utf-8")}
    with zipfile.ZipFile(pack.xlsx) as archive:
        texts["xlsx"] = "\n".join(archive.read(name).decode("utf-8")
                                  for name in archive.namelist() if name.endswith(".xml"))
    pdf = pdf_text(pack.pdf)
    if pdf is not None:
        texts["pdf"] = pdf
    return texts


@pytest.mark.parametrize("audience", ["board", "public"])
def test_no_child_id_in_any_output(authority: Authority, audience: str) -> None:
    assert authority.child_ids
    pack: Pack = getattr(authority, audience)
    for name, text in _texts(pack).items():
        tokens = set(re.findall(r"[A-Za-z0-9]+", text))
        assert tokens.isdisjoint(authority.child_ids), name


@pytest.mark.parametrize("audience", ["board", "public"])
def test_commentary_formula_is_escaped_in_workbook(authority: Authority, audience: str) -> None:
    scorecard = workbook_sheets(getattr(authority, audience).xlsx)["scorecard"]
    (commentary,) = scorecard.filter(scorecard["indicator"] == "rereferral_rate")["commentary"]
    assert commentary.startswith("'=HYPERLINK")
    with zipfile.ZipFile(getattr(authority, audience).xlsx) as archive:
        sheets = "".join(archive.read(n).decode() for n in archive.namelist()
                         if n.startswith("xl/worksheets/"))
    assert "<f>" not in sheets


def test_commentary_markup_is_shown_as_text(authority: Authority) -> None:
    html = authority.board.html.read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<li>Weekly audits</li>" in html


def test_data_quality_section_names_affected_indicators(authority: Authority) -> None:
    text = html_text(authority.public.html)
    assert "Validation of the returns" in text
    assert "Re-referrals within 12 months" in text
