"""Canonical tables and DfE code lists: the vocabulary every other layer shares."""

from cscmonitor.model.codelists import Code, CodeList
from cscmonitor.model.registry import Registry, registry
from cscmonitor.model.schema import ROW, Column, ColumnType, ReturnSpec, Table
from cscmonitor.model.years import parse_year, year_end, year_label, year_start

__all__ = [
    "ROW",
    "Code",
    "CodeList",
    "Column",
    "ColumnType",
    "Registry",
    "ReturnSpec",
    "Table",
    "parse_year",
    "registry",
    "year_end",
    "year_label",
    "year_start",
]
