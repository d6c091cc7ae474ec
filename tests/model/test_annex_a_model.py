"""The Annex A tables: Ofsted's eleven lists, their template headers and header variants."""

from __future__ import annotations

import re
from pathlib import Path

import fastexcel
import pytest

from cscmonitor.formats.delimited import header_key
from cscmonitor.model import ColumnType, Table, registry
from cscmonitor.model.returns.annex_a import LISTS, RETURN

TITLES = ["Contacts", "Early help", "Referrals", "Assessments",
          "Section 47 enquiries and initial child protection conferences", "Children in need",
          "Child protection", "Children in care", "Care leavers", "Adoption", "Adopters"]


def test_eleven_lists_in_order() -> None:
    assert [t.name for t in RETURN.tables] == [f"annex_a_list_{n}" for n in range(1, 12)]
    assert [t.title for t in LISTS] == [f"List {n}: {title}"
                                        for n, title in enumerate(TITLES, start=1)]
    assert registry().return_spec("annex_a") is RETURN


def test_every_list_of_children_names_its_child_id() -> None:
    for table in LISTS[:10]:
        assert table.child_id == "child_unique_id"
        assert table.key[0] == "child_unique_id"
        assert table.column("child_unique_id").mandatory
    assert LISTS[10].child_id is None
    assert LISTS[10].key == ("individual_adopter_identifier",)


def test_names_are_snake_case_and_every_column_has_its_template_header() -> None:
    for table in LISTS:
        for column in table.columns:
            assert re.fullmatch(r"[a-z][a-z0-9_]*", column.name), column.name
            assert table.aliases[column.name], f"{table.name}.{column.name}"
        assert all(table.column(k).mandatory for k in table.key), table.name


@pytest.mark.parametrize("table", LISTS, ids=lambda t: t.name)
def test_no_header_variant_could_name_two_columns(table: Table) -> None:
    owners: dict[str, str] = {}
    for column in table.columns:
        for text in (column.name, *table.aliases[column.name]):
            assert owners.setdefault(header_key(text), column.name) == column.name, text


def test_code_columns_use_annex_a_lists() -> None:
    for table in LISTS:
        for column in table.columns:
            if column.type is ColumnType.CODE:
                assert column.codelist and column.codelist.startswith("annex_a.")


def test_the_sample_headers_are_the_template_headers(reference: Path) -> None:
    """Each sheet of the sample names every column, in the model's order, by its first alias
    or one of its variants."""
    sample = reference / "samples/annex_a/Annex_A_2024_Jan_sample.xlsx"
    workbook = fastexcel.read_excel(str(sample))
    for number, table in enumerate(LISTS, start=1):
        sheet = workbook.load_sheet(f"List {number}", header_row=None, dtypes="string", n_rows=1)
        headers = [h for h in sheet.to_polars().row(0) if h]
        names = []
        for text in headers:
            matches = [c.name for c in table.columns
                       if header_key(text) in {header_key(a) for a in
                                               (c.name, *table.aliases[c.name])}]
            names.append(matches[0] if matches else text)
        assert names == table.column_names, table.name
