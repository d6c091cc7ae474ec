"""The reader's and writer's element tree is the XSD's, year by year."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from cscmonitor.formats.cin.structure import MESSAGE, Node, field_paths
from cscmonitor.model import registry

XS = "{http://www.w3.org/2001/XMLSchema}"
# The XSD allows several Source elements; cscmonitor keeps one header row and reports more.
DEVIATIONS = {"Message/Header/Source@occurs": (("0", "None"), ("0", "1"))}


def _occurs(element: etree._Element) -> tuple[int, int | None]:
    most = element.get("maxOccurs", "1")
    return int(element.get("minOccurs", "1")), None if most == "unbounded" else int(most)


def _tree(schema: etree._Element) -> dict[str, tuple[str, ...]]:
    """Each element path of the XSD mapped to its children's names, and each child's occurs."""
    types = {t.get("name"): t for t in schema.iter(f"{XS}complexType") if t.get("name")}
    found: dict[str, tuple[str, ...]] = {}

    def visit(element: etree._Element, path: str) -> None:
        complex_type = element.find(f"{XS}complexType")
        if complex_type is None:
            complex_type = types.get(element.get("type"))
        if complex_type is None:
            return
        children = complex_type.findall(f"{XS}sequence/{XS}element")
        found[path] = tuple(c.get("name", "") for c in children)
        for child in children:
            found[f"{path}/{child.get('name')}@occurs"] = tuple(map(str, _occurs(child)))
            visit(child, f"{path}/{child.get('name')}")

    [root] = [e for e in schema.findall(f"{XS}element") if e.get("name") == "Message"]
    visit(root, "Message")
    return found


def _ours(node: Node, year: int, path: str, found: dict[str, tuple[str, ...]]) -> None:
    if node.is_leaf:
        return
    children = [c for c in node.children if c.in_year(year)]
    found[path] = tuple(c.name for c in children)
    for child in children:
        occurs: tuple[int, int | None] = (child.min, child.max)
        if child.is_leaf and child.table is None:
            occurs = (-1, 1)  # a value's presence is the column's `mandatory`, tested elsewhere
        found[f"{path}/{child.name}@occurs"] = tuple(map(str, occurs))
        _ours(child, year, f"{path}/{child.name}", found)


@pytest.mark.parametrize("year", [2024, 2025, 2026])
def test_element_tree_matches_the_xsd(reference: Path, year: int) -> None:
    schema = etree.parse(str(reference / "schemas" / f"CIN_schema_{year}.xsd")).getroot()
    theirs = _tree(schema)
    ours: dict[str, tuple[str, ...]] = {}
    _ours(MESSAGE, year, "Message", ours)
    leaves = {k for k, v in ours.items() if k.endswith("@occurs") and v[0] == "-1"}
    for key in leaves:
        assert theirs[key][1] == "1", key
        theirs[key] = ours[key]
    for key, (xsd, mine) in DEVIATIONS.items():
        assert (theirs[key], ours[key]) == (xsd, mine)
        theirs[key] = mine
    assert ours == theirs


def test_patterns_match_the_xsd(reference: Path) -> None:
    schema = etree.parse(str(reference / "schemas" / "CIN_schema_2025.xsd")).getroot()
    simple = {t.get("name"): t for t in schema.iter(f"{XS}simpleType") if t.get("name")}

    def pattern(name: str) -> str:
        [element] = [e for e in schema.iter(f"{XS}element") if e.get("name") == name]
        holder = element.find(f"{XS}simpleType")
        holder = holder if holder is not None else simple[element.get("type")]
        found = holder.find(f".//{XS}pattern")
        assert found is not None
        return found.get("value", "")

    ours = {}

    def collect(node: Node) -> None:
        if node.pattern is not None:
            ours[node.name] = node.pattern.pattern
        for child in node.children:
            collect(child)

    collect(MESSAGE)
    assert ours == {name: pattern(name) for name in ("LEA", "SerialNo", "UPN", "FormerUPN")}


def test_every_column_is_filled_by_an_element_or_a_key() -> None:
    paths = field_paths()
    for table in registry().return_spec("cin").tables:
        filled = set(paths[table.name])
        assert set(table.column_names) - filled <= set(table.key) | {"LAchildID"}, table.name
