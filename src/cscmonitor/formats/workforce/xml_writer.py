"""Writing the workforce census XML in DfE's 2022 schema layout.

Elements come in the schema's order and empty values are left out, as the schema's optional
elements require. Values are written as stored, never rounded: a value the schema would refuse
(an FTE above 1, too many decimals) is written as it is, for the validator to report. Without a
header row the file still states its collection (CSWW), year and census date, so it reads back
under the same collection year.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import polars as pl
from lxml import etree

from cscmonitor.formats.workforce.xml_reader import HEADER_PARTS
from cscmonitor.model import ROW
from cscmonitor.model.returns.workforce import HEADER, VACANCY, WORKER, census_date, census_year


def text(value: Any) -> str:
    """A canonical value as the schema writes it (ISO dates, plain decimals)."""
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return format(Decimal(repr(value)), "f")
    return str(value)


def _leaves(parent: etree._Element, record: Mapping[str, Any], names: Sequence[str]) -> None:
    for name in names:
        value = record.get(name)
        if value is not None:
            etree.SubElement(parent, name).text = text(value)


def _first(tables: Mapping[str, pl.DataFrame], name: str) -> dict[str, Any] | None:
    frame = tables.get(name)
    return frame.drop(ROW).row(0, named=True) if frame is not None and frame.height else None


def write(tables: Mapping[str, pl.DataFrame], out_dir: Path, year: int) -> list[Path]:
    """Write ``social_work_workforce_<census year>.xml`` into ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    root = etree.Element("Message")
    header = _first(tables, HEADER.name) or {
        "Collection": "CSWW", "Year": census_year(year), "ReferenceDate": census_date(year)}
    element = etree.SubElement(root, "Header")
    for part, names in HEADER_PARTS.items():
        if any(header.get(n) is not None for n in names):
            _leaves(etree.SubElement(element, part), header, names)
    vacancy = _first(tables, VACANCY.name)
    if vacancy is not None:
        _leaves(etree.SubElement(root, "LALevelVacancies"), vacancy, VACANCY.column_names)
    workers = tables.get(WORKER.name, WORKER.empty_frame())
    fields = [c.name for c in WORKER.columns_in_year(year)]
    for record in workers.select(fields).iter_rows(named=True):
        _leaves(etree.SubElement(root, "CSWWWorker"), record, fields)
    path = out_dir / f"social_work_workforce_{census_year(year)}.xml"
    etree.ElementTree(root).write(str(path), xml_declaration=True, encoding="UTF-8",
                                  pretty_print=True)
    return [path]
