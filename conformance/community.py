"""Run a community validator (csc-validator-be-903 or -cin) and print its findings as JSON.

This runs INSIDE the conformance environment (Python 3.11, pandas < 2), never in cscmonitor's
own: ``run.py`` starts it with that environment's interpreter. It only uses the tools' public
entry points, the same ones their own command lines use (``lac_validator.LacValidator`` and
``cin_validator.CinValidator``).

Output, in the JSON file named by ``--out`` (the tools print to stdout themselves):
``findings`` as ``[rule, table, child, row]`` lists with the tool's own table names and
positional row numbers, ``crashed`` (rule codes that raised), ``skipped``, ``seconds``
(validation time, reading included, imports excluded) and ``peak_mib`` (peak memory).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import io
import json
import logging
import re
import resource
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any


def ruleset(prefix: str, year: int) -> dict[str, Any]:
    """The tool's registry for collection year ``year`` (an end year: 2025 is 2024/25)."""
    module = importlib.import_module(f"{prefix}_validator.rules.{prefix[:3]}"
                                     f"{year - 1}_{year % 100:02d}")
    registry: dict[str, Any] = module.registry
    return registry


def _deep_copy_datastore(data_store: dict[str, Any]) -> dict[str, Any]:
    """What the 903 tool means to hand each rule ("a clean copy of the files")."""
    return {k: v.copy(deep=True) if k != "metadata" else v for k, v in data_store.items()}


def run_903(paths: list[Path], last: list[Path], year: int) -> dict[str, Any]:
    from lac_validator import lac_validator
    from lac_validator.utils import process_uploaded_files

    # The tool gives each rule a SHALLOW copy of the tables, and many rules edit columns in
    # place (e.g. filling a blank DEC), so a rule's findings depend on the rules run before
    # it (on the reference sample, 359 finds nothing after the others instead of 649 rows
    # alone). Each rule gets a deep copy here, so every rule is judged on the file as loaded.
    lac_validator.copy_datastore = _deep_copy_datastore

    files = process_uploaded_files({"This year": [str(p) for p in paths],
                                    **({"Prev year": [str(p) for p in last]} if last else {})})
    rules = ruleset("lac", year)
    started = time.perf_counter()
    # collectionYear: the datastore takes its first four characters as the END year.
    validator = lac_validator.LacValidator(
        metadata={"collectionYear": str(year), "localAuthority": "E08000028"},
        files=files, registry=rules)
    seconds = time.perf_counter() - started
    findings = []
    for table, frame in validator.ds_results.items():
        if table == "metadata" or not hasattr(frame, "columns"):
            continue
        for column in (c for c in frame.columns if str(c).startswith("ERR_")):
            flagged = frame[frame[column] == True]  # noqa: E712 (pandas object column)
            for index, row in flagged.iterrows():
                child = row.get("CHILD")
                findings.append([column[4:], table, None if child != child else str(child),
                                 int(index)])
    return {"findings": findings, "crashed": sorted(validator.fails),
            "skipped": sorted(validator.skips), "seconds": seconds}


def run_cin(paths: list[Path], year: int) -> dict[str, Any]:
    from cin_validator import cin_validator

    [path] = paths
    printed = io.StringIO()
    rules = ruleset("cin", year)
    started = time.perf_counter()
    with contextlib.redirect_stdout(printed):
        root = ET.parse(path).getroot()
        data = cin_validator.process_data(cin_validator.convert_data(root))
        validator = cin_validator.CinValidator(data, rules)
    seconds = time.perf_counter() - started
    issues = validator.full_issue_df
    findings = [[str(r.rule_code), str(r.tables_affected),
                 None if r.child_id != r.child_id else str(r.child_id), int(r.row_id)]
                for r in issues.itertuples()]
    findings += [[str(code), "Header", None, -1]
                 for code in validator.multichild_issues["rule_code"].unique()]
    # The tool prints "Error with rule X: ..." for a rule that raised, then counts it passed.
    crashed = sorted(set(re.findall(r"Error with rule (\S+?):", printed.getvalue())))
    return {"findings": findings, "crashed": crashed, "skipped": [], "seconds": seconds}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("return_name", choices=("ssda903", "cin"))
    parser.add_argument("year", type=int)
    parser.add_argument("paths", type=Path, nargs="+")
    parser.add_argument("--last", type=Path, nargs="*", default=[])
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    logging.disable(logging.CRITICAL)
    with contextlib.redirect_stdout(sys.stderr):
        result = (run_903(args.paths, args.last, args.year) if args.return_name == "ssda903"
                  else run_cin(args.paths, args.year))
    result["peak_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    args.out.write_text(json.dumps(result))


if __name__ == "__main__":
    main()
