"""Conformance: cscmonitor and the community validators on the same inputs, rule by rule.

Run from the repository root with cscmonitor's environment:

    .venv/bin/python -m conformance.run                     # the reference samples
    .venv/bin/python -m conformance.run PATH... --year 2026 # any returns (files or 903 folders)
    .venv/bin/python -m conformance.run --synth             # plus a synthetic authority

The community tools (csc-validator-be-903, csc-validator-be-cin) need pandas < 2, so they are
installed into their own environment (``conformance/.venv``, Python 3.11), created on first
use, and run there by ``conformance/community.py``. Findings are compared as
(rule, table, child): the tools number rows differently (cscmonitor: the source line or XML
element line; the tools: position in their table), so a row is not a common key.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from rich.console import Console
from rich.table import Table

from cscmonitor.formats import ReadOptions, ReadResult, read
from cscmonitor.rules import Submission, rules_for, validate

HERE = Path(__file__).resolve().parent
VENV = HERE / ".venv"
COMMUNITY = ("csc-validator-be-903==0.1.17", "csc-validator-be-cin==0.1.13", "pandas<2")
"""The versions the rule catalogues in ../shared/reference were transcribed from."""
SAMPLES = HERE.parents[1] / "shared" / "reference" / "samples"

TABLES = {
    "ssda903": {"Header": "ssda903_header", "Episodes": "ssda903_episodes",
                "UASC": "ssda903_uasc", "Reviews": "ssda903_reviews", "OC2": "ssda903_oc2",
                "OC3": "ssda903_oc3", "AD1": "ssda903_ad1",
                "PlacedAdoption": "ssda903_placed_for_adoption",
                "PrevPerm": "ssda903_previous_permanence", "Missing": "ssda903_missing",
                "SWEpisodes": "ssda903_social_worker", "DoLo": "ssda903_dol"},
    "cin": {"Header": "cin_header", "ChildIdentifiers": "cin_child",
            "ChildCharacteristics": "cin_child", "Disabilities": "cin_disability",
            "CINdetails": "cin_episode", "Assessments": "cin_assessment",
            "AssessmentFactorsList": "cin_assessment_factor", "CINplanDates": "cin_plan",
            "Section47": "cin_section47", "ChildProtectionPlans": "cin_cpp",
            "Reviews": "cin_cpp_review"},
}
"""The community tools' table names -> cscmonitor's canonical tables."""

Key = tuple[str, str, str]
"""(table, child id or "", rule) of one finding."""


@dataclass(frozen=True)
class Side:
    findings: set[tuple[str, str, str]]
    crashed: list[str]
    codes: set[str]


def ensure_venv(console: Console) -> Path:
    """The conformance environment's interpreter, creating the environment when absent."""
    python = VENV / "bin" / "python"
    if python.exists():
        return python
    interpreter = shutil.which("python3.11")
    if interpreter is None:
        raise SystemExit("python3.11 is needed for the community validators (pandas < 2)")
    console.print(f"Creating {VENV} and installing {', '.join(COMMUNITY)} ...")
    subprocess.run([interpreter, "-m", "venv", str(VENV)], check=True)
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", *COMMUNITY], check=True)
    return python


def last_year_folder(result: ReadResult, year: int, given: Path | None) -> Path | None:
    """The previous year's SSDA903 folder: ``--last``, or ``.../<year - 1>/<name>`` beside a
    folder laid out ``.../<year>/<name>`` (the synthetic authority's layout)."""
    if result.return_name != "ssda903":
        return None
    if given is not None:
        return given
    folder = result.files[0].parent
    if folder.parent.name != str(year):
        return None
    candidate = folder.parent.parent / str(year - 1) / folder.name
    return candidate if candidate.is_dir() else None


def community(python: Path, result: ReadResult, year: int,
              last: Path | None) -> tuple[Side, float]:
    """Run the community tool for ``result``'s return on its files (its own reading)."""
    last_files = [str(p) for p in sorted(last.glob("*.csv"))] if last else []
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.json"
        subprocess.run([str(python), str(HERE / "community.py"), result.return_name, str(year),
                        *map(str, result.files), "--out", str(out),
                        *(["--last", *last_files] if last_files else [])],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        found = json.loads(out.read_text())
    names = TABLES[result.return_name]
    codes = subprocess.run(
        [str(python), "-c", "import sys, json; sys.path.insert(0, sys.argv[1]); "
         "import community; print(json.dumps([str(c.code) for c in "
         "community.ruleset(sys.argv[2], int(sys.argv[3])).values()]))",
         str(HERE), "lac" if result.return_name == "ssda903" else "cin", str(year)],
        check=True, capture_output=True, text=True).stdout
    keys = {(names.get(table, table), child or "", rule)
            for rule, table, child, _ in found["findings"]}
    return Side(keys, found["crashed"], set(json.loads(codes.strip().splitlines()[-1]))), float(
        found["seconds"])


def ours(result: ReadResult, year: int, last: Path | None) -> Side:
    last_tables = None
    if last is not None:
        [previous] = read([last], ReadOptions(year=year - 1))
        last_tables = previous.tables
    # community.py tells the community tool the return is Sandwell's (E08000028), so the rules
    # comparing placements with the submitting authority are given the same authority here.
    submission = replace(Submission.from_read(result, last_tables), year=year,
                         la_code=result.la_code or "333")
    validation = validate(submission)
    keys = {(t, c or "", r) for r, t, c in validation.findings.select(
        "rule", "table_name", "child_id").iter_rows()}
    crashed = [run.rule.code for run in validation.runs if run.outcome.value == "crashed"]
    return Side(keys, crashed, {r.code for r in rules_for(result.return_name, year)})


def compare(console: Console, title: str, theirs: Side, mine: Side, examples: int) -> None:
    both_codes = theirs.codes & mine.codes
    table = Table(title=title, title_justify="left")
    for heading in ("rule", "both", "only theirs", "only cscmonitor", "e.g. only theirs",
                    "e.g. only cscmonitor"):
        table.add_column(heading, justify="right" if heading in ("both", "only theirs",
                                                                  "only cscmonitor") else "left",
                         overflow="fold")
    by_rule: dict[str, Counter[str]] = {}
    only: dict[tuple[str, str], list[str]] = {}
    for key, side in ((k, "both") for k in theirs.findings & mine.findings):
        by_rule.setdefault(key[2], Counter())[side] += 1
    for keys, side in ((theirs.findings - mine.findings, "theirs"),
                       (mine.findings - theirs.findings, "ours")):
        for tbl, child, rule in sorted(keys):
            if rule in both_codes:
                by_rule.setdefault(rule, Counter())[side] += 1
                only.setdefault((rule, side), []).append(f"{tbl}:{child or '-'}")
    same = 0
    for rule in sorted(both_codes, key=_code_order):
        counts = by_rule.get(rule, Counter())
        if not counts["theirs"] and not counts["ours"]:
            same += 1
        table.add_row(rule, str(counts["both"]), str(counts["theirs"]), str(counts["ours"]),
                      " ".join(only.get((rule, "theirs"), [])[:examples]),
                      " ".join(only.get((rule, "ours"), [])[:examples]))
    console.print(table)
    console.print(f"{len(both_codes)} rule codes in both; {same} agree exactly. "
                  f"Only the community tool implements {len(theirs.codes - mine.codes)}; "
                  f"only cscmonitor {len(mine.codes - theirs.codes)}.")
    for who, side in (("community tool", theirs), ("cscmonitor", mine)):
        if side.crashed:
            console.print(f"Crashed in the {who}: {', '.join(side.crashed)}")


def _code_order(code: str) -> tuple[int, str]:
    digits = "".join(ch for ch in code if ch.isdigit())
    return (int(digits) if digits else 10**9, code)


def synthetic(console: Console, out: Path, year: int) -> list[Path]:
    """A small synthetic authority with injected errors, when ``cscmonitor.synth`` works."""
    try:
        from cscmonitor.synth.generate import generate

        generate(out, "england-average", [year - 1, year], seed=1, inject_errors=0.02,
                 population=20_000)
    except Exception as error:  # the generator is optional here: say why it was left out
        console.print(f"Synthetic authority not generated ({type(error).__name__}: {error}); "
                      "give its folders as PATH instead.")
        return []
    console.print(f"Synthetic authority written to {out} (injected faults: "
                  f"{out / 'ground_truth.csv'})")
    return sorted([*out.glob(f"*/{year}/ssda903"), *out.glob(f"*/{year}/cin/*.xml")])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", type=Path, nargs="*",
                        help="returns to compare (default: the reference samples)")
    parser.add_argument("--year", type=int, default=2025,
                        help="collection end year whose rules both tools run (default 2025)")
    parser.add_argument("--last", type=Path,
                        help="the previous year's SSDA903 folder, for the '_last' rules")
    parser.add_argument("--synth", action="store_true",
                        help="also compare on a generated authority with injected errors")
    parser.add_argument("--by-child", action="store_true",
                        help="match on rule and child only (tools that flag another table "
                             "of the same child then agree)")
    parser.add_argument("--examples", type=int, default=3,
                        help="children listed per difference")
    args = parser.parse_args()
    console = Console(width=200)
    python = ensure_venv(console)
    paths = args.paths or [SAMPLES / "ssda903", *sorted((SAMPLES / "cin").glob("*.xml"))]
    with tempfile.TemporaryDirectory() as tmp:
        if args.synth:
            paths += synthetic(console, Path(tmp), args.year)
        for result in read(paths, ReadOptions(year=args.year)):
            if result.return_name not in TABLES:
                continue
            last = last_year_folder(result, args.year, args.last)
            theirs, seconds = community(python, result, args.year, last)
            mine = ours(result, args.year, last)
            if args.by_child:
                theirs, mine = (replace(side, findings={("*", c, r) for _, c, r in side.findings})
                                for side in (theirs, mine))
            title = (f"{result.return_name} {', '.join(p.name for p in result.files)[:80]} "
                     f"(rules of {args.year}; last year: {last or 'none'}; community "
                     f"tool {seconds:.1f} s)")
            compare(console, title, theirs, mine, args.examples)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
