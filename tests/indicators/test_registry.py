"""The indicator registry as a whole: every indicator is documented, compared and has cases."""

from __future__ import annotations

import csv

import pytest

from cscmonitor.docgen import indicator_catalogue
from cscmonitor.indicators.cases import load_cases
from cscmonitor.indicators.definition import Indicator
from cscmonitor.indicators.registry import indicators
from cscmonitor.model import registry
from tests.conftest import REFERENCE

INDICATORS = list(indicators().values())
STATISTICS = REFERENCE / "dfe-official-statistics"


@pytest.mark.parametrize("indicator", INDICATORS, ids=lambda i: i.id)
def test_indicator_has_cases_that_count_and_that_do_not(indicator: Indicator) -> None:
    cases = load_cases(indicator)
    assert len(cases) >= 2, f"{indicator.id}: at least two cases"
    assert any(c.expect.get("numerator") or c.expect.get("groups") or c.expect.get("periods")
               for c in cases), f"{indicator.id}: no case where the numerator counts"
    assert any(c.expect.get("numerator") == 0 or c.expect.get("denominator") == 0
               or "periods" in c.expect for c in cases), \
        f"{indicator.id}: no case where nothing counts"


@pytest.mark.parametrize("indicator", INDICATORS, ids=lambda i: i.id)
def test_indicator_is_documented(indicator: Indicator) -> None:
    assert f"(`{indicator.id}`)" in indicator_catalogue()


@pytest.mark.parametrize("indicator", INDICATORS, ids=lambda i: i.id)
def test_indicator_reads_tables_the_model_has(indicator: Indicator) -> None:
    for table in indicator.tables:
        registry().table(table)


@pytest.mark.parametrize("indicator", [i for i in INDICATORS if i.comparator is not None],
                         ids=lambda i: i.id)
def test_comparator_names_a_published_column_and_rows(indicator: Indicator) -> None:
    comparator = indicator.comparator
    assert comparator is not None
    path = STATISTICS / f"{comparator.file}.csv"
    assert path.is_file(), f"{indicator.id}: no statistics file {path.name}"
    with path.open(encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        for column in (comparator.column, comparator.rate):
            assert column is None or column in (reader.fieldnames or []), \
                f"{indicator.id}: {path.name} has no column {column}"
        assert any(all(row.get(k) == v for k, v in comparator.where.items()) for row in reader), \
            f"{indicator.id}: no row of {path.name} has {dict(comparator.where)}"


def test_every_indicator_has_a_comparator_or_says_why_not() -> None:
    for indicator in INDICATORS:
        assert indicator.comparator is not None or len(indicator.local) > 20, indicator.id
