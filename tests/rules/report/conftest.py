"""A small validation with every outcome, and input text that could turn into a formula or
markup, so each output is tested on what must never leak through."""

from __future__ import annotations

import polars as pl
import pytest

from cscmonitor.model import registry
from cscmonitor.rules import Rule, Severity, Submission, Validation, validate
from cscmonitor.rules.submission import READ_ISSUES_SCHEMA

BAD_PLACE = Rule(code="T1", message="Placement type is not valid.", severity=Severity.ERROR,
                 tables=("ssda903_episodes",), fields=("PLACE",),
                 sql="SELECT _row FROM ssda903_episodes "
                     "WHERE NOT valid_code('ssda903.placement_type', PLACE)")
CHILD_QUERY = Rule(code="T2", message="Child <C1> & friends.", severity=Severity.QUERY,
                   tables=("ssda903_header",), fields=("CHILD",),
                   sql="SELECT _row FROM ssda903_header WHERE CHILD <> 'C2'")
CRASHES = Rule(code="T3", message="Crashes.", severity=Severity.ERROR,
               tables=("ssda903_header",), fields=("CHILD",),
               sql="SELECT no_such_column FROM ssda903_header")
NEEDS_LAST = Rule(code="T4", message="Needs last year.", severity=Severity.ERROR,
                  tables=("ssda903_header", "ssda903_header_last"), fields=("CHILD",),
                  sql="SELECT _row FROM ssda903_header WHERE CHILD IN "
                      "(SELECT CHILD FROM ssda903_header_last)")
PASSES = Rule(code="T5", message="Passes.", severity=Severity.ERROR,
              tables=("ssda903_header",), fields=("CHILD",),
              sql="SELECT _row FROM ssda903_header WHERE false")
RULES = [BAD_PLACE, CHILD_QUERY, CRASHES, NEEDS_LAST, PASSES]


def frame(table_name: str, rows: list[dict[str, object]]) -> pl.DataFrame:
    """A canonical frame of ``rows`` (absent columns null), ``_row`` counting from line 2."""
    schema = registry().table(table_name).polars_schema()
    numbered = [{**row, "_row": line} for line, row in enumerate(rows, start=2)]
    return pl.DataFrame(numbered, schema=schema)


def submission() -> Submission:
    return Submission("ssda903", 2025, {
        "ssda903_header": frame("ssda903_header", [{"CHILD": "C1"}, {"CHILD": "C2"},
                                                   {"CHILD": "=HYPERLINK(\"x\")"}]),
        "ssda903_episodes": frame("ssda903_episodes", [
            {"CHILD": "C1", "PLACE": "U1"}, {"CHILD": "<script>", "PLACE": "XX"},
            {"CHILD": "C2", "PLACE": "-1+1"}]),
    }, pl.DataFrame(schema=READ_ISSUES_SCHEMA), la_code="333")


@pytest.fixture
def validation() -> Validation:
    return validate(submission(), RULES)
