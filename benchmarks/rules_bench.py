"""Speed and memory of validation, side by side with the community validators (issue 4).

Run ``.venv/bin/python -m benchmarks.rules_bench``. Each cscmonitor case runs in its own process
(median of ``--repeats`` runs; peak memory is that process's). The community tools run once
each, in the conformance environment (``conformance/.venv``, see conformance/README.md), when
it exists; otherwise they are skipped with a note. Imports are never timed.

The targets are wall times on a quiet 2-core machine, so the table also shows the validation's
CPU time (all threads) and the machine's load average before and after: on a busy machine
the wall time says little, the CPU time still compares runs. "connect s" is the part of a
validation that loads the tables into DuckDB and computes the derived tables, timed again
on its own after the validation: the rest is running the rules and describing findings.

Cases:
- an SSDA903 return of 2,300 children (about 5,900 episodes) against the 2025/26 rules:
  the validation alone is timed (target < 0.3 s); reading is shown separately;
- a 10,000-child CIN census, reading included (target < 2 s).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from rich.console import Console
from rich.table import Table

from benchmarks import datasets

ROOT = Path(__file__).resolve().parents[1]
COMMUNITY_PYTHON = ROOT / "conformance" / ".venv" / "bin" / "python"
COMMUNITY_SCRIPT = ROOT / "conformance" / "community.py"


@dataclass(frozen=True)
class Case:
    name: str
    what: str
    return_name: str
    year: int
    target_seconds: float
    dataset: Callable[[Path], Path]
    reading_timed: bool


CASES = [
    Case("validate-903", "2,300-child SSDA903 set, 2025/26 rules (validation only)", "ssda903",
         2026, 0.3, datasets.ssda903_set, reading_timed=False),
    Case("validate-cin", "10,000-child CIN census, reading included", "cin", 2025, 2.0,
         datasets.cin_census, reading_timed=True),
]


def measure(case: Case, data: Path) -> dict[str, float]:
    """Runs inside the child process: read, validate, report times and peak memory."""
    import pyarrow  # noqa: F401  (Polars and DuckDB import it on first use: imports are not timed)

    from cscmonitor.formats import ReadOptions, read
    from cscmonitor.formats.registry import formats
    from cscmonitor.rules import Outcome, Submission, rules_for, validate
    from cscmonitor.rules.context import connect

    formats()  # imports every format's reader
    rules = rules_for(case.return_name, case.year)
    started = time.perf_counter()
    [result] = read([data], ReadOptions(year=case.year))
    read_seconds = time.perf_counter() - started
    submission = replace(Submission.from_read(result), year=case.year)
    started, cpu_started = time.perf_counter(), time.process_time()
    validation = validate(submission, rules)
    validate_seconds = time.perf_counter() - started
    cpu_validate = time.process_time() - cpu_started
    started = time.perf_counter()
    connect(submission, rules).close()
    connect_seconds = time.perf_counter() - started
    return {
        "seconds": validate_seconds + (read_seconds if case.reading_timed else 0.0),
        "read_seconds": read_seconds, "validate_seconds": validate_seconds,
        "validate_cpu_seconds": cpu_validate, "connect_seconds": connect_seconds,
        "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "rules": len(rules), "crashed": validation.count(Outcome.CRASHED),
        "findings": validation.findings.height,
    }


def run_case(case: Case, data: Path, repeats: int) -> dict[str, float]:
    runs = []
    for _ in range(repeats):
        output = subprocess.run(
            [sys.executable, "-m", "benchmarks.rules_bench", "--child", case.name,
             "--data", str(data)], check=True, capture_output=True, text=True).stdout
        runs.append(json.loads(output.strip().splitlines()[-1]))
    median = {key: statistics.median(r[key] for r in runs)
              for key in ("seconds", "read_seconds", "validate_seconds", "validate_cpu_seconds",
                          "connect_seconds")}
    return {**runs[0], **median, "peak_mib": max(r["peak_mib"] for r in runs)}


def run_community(case: Case, data: Path) -> dict[str, float]:
    files = sorted(data.glob("*.csv")) if data.is_dir() else [data]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.json"
        subprocess.run([str(COMMUNITY_PYTHON), str(COMMUNITY_SCRIPT), case.return_name,
                        str(case.year), *map(str, files), "--out", str(out)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        found = json.loads(out.read_text())
    return {"seconds": found["seconds"], "peak_mib": found["peak_mib"],
            "findings": len(found["findings"]), "crashed": len(found["crashed"])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--no-community", action="store_true",
                        help="skip the community tools (they take minutes)")
    args = parser.parse_args()
    if args.child:
        case = next(c for c in CASES if c.name == args.child)
        print(json.dumps(measure(case, args.data)))
        return
    console = Console(width=160)
    community = COMMUNITY_PYTHON.exists() and not args.no_community
    if not community:
        console.print("Community validators skipped: "
                      + ("--no-community given." if args.no_community else
                         f"{COMMUNITY_PYTHON} not found (run conformance/run.py once to "
                         "create it)."))
    table = Table(title=f"Validation benchmarks (cscmonitor: median of {args.repeats} runs, "
                        "each in a fresh process; community tools: one run)")
    for column in ("case", "tool", "rules", "read s", "validate s", "validate cpu s",
                   "connect s", "timed s",
                   "target", "peak memory", "findings", "crashed"):
        table.add_column(column, justify="left" if column in ("case", "tool") else "right")
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp:
        for case in CASES:
            data = case.dataset(Path(tmp))
            mine = run_case(case, data, args.repeats)
            verdict = "met" if mine["seconds"] < case.target_seconds else "MISSED"
            table.add_row(case.name, "cscmonitor", f"{mine['rules']:.0f}",
                          f"{mine['read_seconds']:.3f}", f"{mine['validate_seconds']:.3f}",
                          f"{mine['validate_cpu_seconds']:.3f}",
                          f"{mine['connect_seconds']:.3f}", f"{mine['seconds']:.3f}",
                          f"< {case.target_seconds:g} s ({verdict})",
                          f"{mine['peak_mib']:.0f} MiB", f"{mine['findings']:,.0f}",
                          f"{mine['crashed']:.0f}")
            if community:
                theirs = run_community(case, data)
                table.add_row("", "community", "", "", "", "", "", f"{theirs['seconds']:.1f}",
                              f"x{theirs['seconds'] / mine['seconds']:.0f} slower",
                              f"{theirs['peak_mib']:.0f} MiB", f"{theirs['findings']:,.0f}",
                              f"{theirs['crashed']:.0f}")
    console.print(table)
    console.print("Load average (1, 5, 15 min) before: "
                  + ", ".join(f"{x:.2f}" for x in load_before) + "; after: "
                  + ", ".join(f"{x:.2f}" for x in os.getloadavg()))
    console.print("What each case is: " + "; ".join(f"{c.name}: {c.what}" for c in CASES))


if __name__ == "__main__":
    main()
