"""Canonical tables and DfE code lists: the vocabulary every other layer shares."""

from cscmonitor.model.calendar import (
    BANK_HOLIDAYS_LAST_CHECKED,
    BANK_HOLIDAYS_LAST_YEAR,
    WorkingDays,
    bank_holidays,
    working_days,
)
from cscmonitor.model.codelists import Code, CodeList
from cscmonitor.model.registry import Registry, registry
from cscmonitor.model.schema import ROW, Column, ColumnType, ReturnSpec, Table
from cscmonitor.model.years import parse_year, year_end, year_label, year_start

__all__ = [
    "BANK_HOLIDAYS_LAST_CHECKED",
    "BANK_HOLIDAYS_LAST_YEAR",
    "ROW",
    "Code",
    "CodeList",
    "Column",
    "ColumnType",
    "Registry",
    "ReturnSpec",
    "Table",
    "WorkingDays",
    "bank_holidays",
    "parse_year",
    "registry",
    "working_days",
    "year_end",
    "year_label",
    "year_start",
]
