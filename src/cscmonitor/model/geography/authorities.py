"""Local authorities: DfE's 3-digit LA codes, their ONS codes, and which authority has
children's services for a district.

DfE's returns name an authority by its 3-digit code (Sandwell is 333); ONS geography, such as
the postcode directory, by its ONS code (E08000028). A postcode lies in a district; where the
district is part of a county (E07 districts), the county council is the children's services
authority. Both tables are facts from official publications (see the CSV files' headers).
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import polars as pl

OUTSIDE_ENGLAND = {"W": "WAL", "S": "SCO", "N": "NIR", "L": "NUK", "M": "NUK"}
"""DfE's codes for a place outside England, by the first letter of its ONS code: Wales,
Scotland, Northern Ireland, and the Channel Islands and Isle of Man (not in the UK)."""


def _csv(name: str) -> pl.DataFrame:
    text = (resources.files("cscmonitor.model.geography") / name).read_text("utf-8")
    return pl.read_csv(text.encode(), comment_prefix="#", infer_schema=False)


@cache
def local_authorities() -> pl.DataFrame:
    """``la_code, ons_code, name``: every authority DfE has published figures for, with each
    ONS code it has had (so one LA code may appear twice)."""
    return _csv("local_authorities.csv")


@cache
def _districts() -> pl.DataFrame:
    return _csv("districts.csv")


def authority_of(ons_district: pl.Expr) -> pl.Expr:
    """The DfE LA code of the children's services authority for an ONS district code, or
    DfE's code for a place outside England; null when the district is unknown."""
    upper_tier = ons_district.replace(_districts()["district"], _districts()["upper_tier"])
    la_code = upper_tier.replace_strict(local_authorities()["ons_code"],
                                        local_authorities()["la_code"], default=None)
    abroad = ons_district.str.slice(0, 1).replace_strict(OUTSIDE_ENGLAND, default=None)
    return pl.coalesce(la_code, abroad)


def districts_of(la_code: str) -> list[str]:
    """The ONS district codes (as the postcode directory has them) an authority, given by its
    DfE LA code, has children's services for."""
    ons = local_authorities().filter(pl.col("la_code") == la_code)["ons_code"].to_list()
    counties = _districts().filter(pl.col("upper_tier").is_in(ons))["district"].to_list()
    return sorted(set(ons) | set(counties))
