"""Speed and memory of reading and loading the statutory returns (issue: foundation).

Run ``.venv/bin/python -m benchmarks.foundation``. Each case runs in its own process, three
times, so its peak memory is its own; the table shows the median wall time of the measured step
(imports excluded) and the process's peak resident memory.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.table import Table

from benchmarks import datasets


@dataclass(frozen=True)
class Case:
    name: str
    what: str
    target_seconds: float
    dataset: Callable[[Path], Path]
    load: bool


CASES = [
    Case("read-cin", "read a 10,000-child CIN census XML into tables", 2.0,
         datasets.cin_census, load=False),
    Case("read-903", "read a 2,300-child SSDA903 CSV set into tables", 0.5,
         datasets.ssda903_set, load=False),
    Case("load-cin", "store that CIN census in the warehouse", 2.0,
         datasets.cin_census, load=True),
    Case("load-903", "store that SSDA903 set in the warehouse", 2.0,
         datasets.ssda903_set, load=True),
]


def measure(case: Case, data: Path, workdir: Path) -> dict[str, float]:
    """Runs inside the child process: time the case's step, report peak memory."""
    from cscmonitor.formats import read
    from cscmonitor.formats.registry import formats
    from cscmonitor.warehouse import Warehouse

    formats()  # imports every format's reader: imports are not timed
    started = time.perf_counter()
    [result] = read([data])
    seconds = time.perf_counter() - started
    rows = sum(result.row_counts.values())
    if case.load:
        with Warehouse(workdir / "w.duckdb") as warehouse:
            started = time.perf_counter()
            warehouse.load(result)
            seconds = time.perf_counter() - started
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"seconds": seconds, "peak_mib": peak_kib / 1024, "rows": rows}


def run_case(case: Case, data: Path, repeats: int) -> dict[str, float]:
    runs = []
    for n in range(repeats):
        with tempfile.TemporaryDirectory() as work:
            output = subprocess.run(
                [sys.executable, "-m", "benchmarks.foundation", "--child", case.name,
                 "--data", str(data), "--work", work],
                check=True, capture_output=True, text=True).stdout
        runs.append(json.loads(output.strip().splitlines()[-1]))
        del n
    return {"seconds": statistics.median(r["seconds"] for r in runs),
            "peak_mib": max(r["peak_mib"] for r in runs), "rows": runs[0]["rows"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    if args.child:
        case = next(c for c in CASES if c.name == args.child)
        print(json.dumps(measure(case, args.data, args.work)))
        return
    table = Table(title="cscmonitor foundation benchmarks (median of "
                        f"{args.repeats} runs, each in a fresh process)")
    for column in ("case", "what", "rows", "seconds", "target", "peak memory"):
        table.add_column(column, justify="left" if column in ("case", "what") else "right")
    with tempfile.TemporaryDirectory() as tmp:
        built: dict[str, Path] = {}
        for case in CASES:
            key = case.dataset.__name__
            if key not in built:
                built[key] = case.dataset(Path(tmp))
            result = run_case(case, built[key], args.repeats)
            verdict = "met" if result["seconds"] < case.target_seconds else "MISSED"
            table.add_row(case.name, case.what, f"{result['rows']:,.0f}",
                          f"{result['seconds']:.3f}",
                          f"< {case.target_seconds:g} s ({verdict})",
                          f"{result['peak_mib']:.0f} MiB")
    Console(width=150).print(table)


if __name__ == "__main__":
    main()
