"""The registry as a whole: every return, table, column and code list is complete."""

from cscmonitor.model import ColumnType, registry


def test_every_return_is_registered() -> None:
    assert {"cin", "ssda903", "annex_a", "workforce"} <= set(registry().returns)


def test_every_table_and_column_is_described() -> None:
    for table in registry().tables.values():
        assert table.description.strip(), table.name
        assert table.name.startswith(f"{table.return_name}_"), table.name
        for column in table.columns:
            assert column.description.strip(), f"{table.name}.{column.name}"


def test_every_code_list_is_used_labelled_and_non_empty() -> None:
    used = {c.codelist for t in registry().tables.values() for c in t.columns
            if c.type is ColumnType.CODE}
    for name, codelist in registry().codelists.items():
        assert name in used, f"code list {name} is not used by any column"
        assert codelist.codes, name
        for code in codelist.codes:
            assert code.label.strip(), f"{name}: code {code.code} has no label"
            if code.valid_from and code.valid_to:
                assert code.valid_from <= code.valid_to, f"{name}: {code.code}"


def test_child_tables_name_their_child_id() -> None:
    for table in registry().tables.values():
        if table.child_id is not None:
            assert table.column(table.child_id).type is ColumnType.STRING, table.name
