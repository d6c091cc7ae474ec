"""Which collection year a CIN census file is for.

The header's ReferenceDate (31 March of the end year) decides; the Year element (the same end
year) is used when the reference date is missing or is not a 31 March; the user's year is used
when the file states none, and wins, with a warning, when it disagrees. Years before or after
those cscmonitor knows are read with the nearest year's layout rules (the element tree carries
its own years) and a warning, never refused: older returns are real files worth loading.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import polars as pl
from lxml import etree

from cscmonitor.formats.cin.walk import first_child
from cscmonitor.formats.issues import Issue, fatal
from cscmonitor.formats.values import Located, coerce
from cscmonitor.formats.xml import line_of
from cscmonitor.model import ROW, registry, year_label
from cscmonitor.model.returns.cin import RETURN
from cscmonitor.model.years import year_containing


@dataclass(frozen=True)
class Stated:
    """A header value and the line it is on."""

    text: str | None = None
    line: int | None = None


def _stated(root: etree._Element) -> dict[str, Stated]:
    details = first_child(first_child(root, "Header"), "CollectionDetails")
    found = {}
    for name in ("ReferenceDate", "Year"):
        element = first_child(details, name)
        if element is not None:
            found[name] = Stated(element.text, line_of(element))
    return found


def _typed(stated: dict[str, Stated], file: str) -> tuple[date | None, int | None]:
    """The header's reference date and year, parsed the way every value is parsed."""
    raw = pl.DataFrame({name: [stated.get(name, Stated()).text]
                        for name in ("ReferenceDate", "Year")} | {ROW: [0]},
                       schema_overrides={"ReferenceDate": pl.String, "Year": pl.String})
    header = registry().table("cin_header")
    typed, _ = coerce(raw, header, None, Located(file, header.name))
    return typed["ReferenceDate"][0], typed["Year"][0]


def collection_year(root: etree._Element, file: str,
                    given: int | None) -> tuple[int, date | None, list[Issue]]:
    """(year, reference date, warnings); fatal ``unknown-year`` when nothing tells."""
    stated = _stated(root)
    reference, year_element = _typed(stated, file)
    issues: list[Issue] = []

    def warn(name: str, expected: str, value: object) -> None:
        issues.append(Issue(file=file, code="year-mismatch", expected=expected,
                            line=stated[name].line, table="cin_header", field=name,
                            value=str(value)))

    from_file: int | None = None
    if reference is not None and (reference.month, reference.day) == (3, 31):
        from_file = reference.year
    elif reference is not None:
        from_file = year_element if year_element is not None else year_containing(reference)
        warn("ReferenceDate", f"31 March of the collection's end year; used "
             f"{year_label(from_file)}", reference)
    else:
        from_file = year_element
    if year_element is not None and from_file is not None and year_element != from_file:
        warn("Year", f"the collection's end year, {from_file} from the ReferenceDate",
             year_element)
    where = "ReferenceDate" if "ReferenceDate" in stated else "Year"
    line = stated[where].line if where in stated else None
    if given is not None:
        if from_file is not None and from_file != given:
            issues.append(Issue(file=file, code="year-mismatch", table="cin_header",
                                field=where, line=line, value=str(from_file),
                                expected=f"{year_label(given)}, the year given; the file "
                                f"says {year_label(from_file)}"))
        year = given
    elif from_file is not None:
        year = from_file
    else:
        raise fatal(file, "unknown-year", "a Header/CollectionDetails/ReferenceDate or Year "
                    "element, or the year given with --year")
    first, last = min(RETURN.years), max(RETURN.years)
    if not first <= year <= last:
        nearest = min(max(year, first), last)
        issues.append(Issue(file=file, code="year-mismatch", table="cin_header", field=where,
                            line=line, value=str(year), expected=(
                                f"a year cscmonitor knows ({year_label(first)} to "
                                f"{year_label(last)}); read as {year_label(year)} with the "
                                f"{year_label(nearest)} layout")))
    return year, reference, issues
