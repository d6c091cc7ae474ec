"""The generated documents in docs/ match what the registries say."""

from pathlib import Path

import pytest

from cscmonitor.docgen import DOCUMENTS

DOCS = Path(__file__).resolve().parents[1] / "docs"


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_generated_document_is_current(name: str) -> None:
    committed = (DOCS / name).read_text(encoding="utf-8")
    assert committed == DOCUMENTS[name](), f"docs/{name} is stale: python -m cscmonitor.docgen"


def test_data_model_names_every_table_and_code_list() -> None:
    from cscmonitor.model import registry

    text = DOCUMENTS["data-model.md"]()
    for table in registry().tables:
        assert f"`{table}`" in text
    for codelist in registry().codelists:
        assert f"### {codelist}" in text
