"""Rebuild the shipped copy of DfE's figures: ``python -m cscmonitor.indicators.benchmarks.build
DIR...`` with the official statistics folder (``reference/dfe-official-statistics``)."""

from __future__ import annotations

import sys
from pathlib import Path

from cscmonitor.indicators.benchmarks.official import read_reference
from cscmonitor.indicators.benchmarks.shipped import shipped_dir, write_tables
from cscmonitor.warehouse.reference_data import ReferenceTables

ATTRIBUTION_FILE = "ATTRIBUTION.md"
_LICENCE = """\
# Attribution

Contains public sector information licensed under the Open Government Licence v3.0
(https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/).

The figures in this folder are taken unchanged from these publications:

- Department for Education, "Children in need" (tables A2, B1, C1–C4, D1, D3, D5–D7)
- Department for Education, "Children looked after in England including adoptions"
- Department for Education, "Children's social work workforce"
- Office for National Statistics, mid-year population estimates (children aged 0 to 17),
  as published by the Department for Education
- Department for Education, statistical neighbour model 2025

Built by `python -m cscmonitor.indicators.benchmarks.build` from these files:

| file | SHA-256 |
|---|---|
"""


def attribution(tables: ReferenceTables) -> str:
    rows = [f"| {r['file_name']} | {r['sha256']} |"
            for r in tables.files.sort("file_name").iter_rows(named=True)]
    return _LICENCE + "\n".join(rows) + "\n"


def build(sources: list[Path], target: Path) -> list[Path]:
    """Read ``sources`` and write the tables and attribution to ``target``."""
    tables = read_reference(sources).tables
    written = write_tables(tables, target)
    notice = target / ATTRIBUTION_FILE
    notice.write_text(attribution(tables), encoding="utf-8")
    return [*written, notice]


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    for path in build([Path(a) for a in argv], shipped_dir()):
        print(f"{path} ({path.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
