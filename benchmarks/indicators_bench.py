"""How long the indicators take: the scorecard of a year, and monthly series over the history.

The sandwell-like synthetic authority (2018/19 to 2024/25) is generated and loaded first,
untimed. Then, in a fresh process per case:

- ``scorecard``: every indicator for 2024/25 with last year, benchmarks, targets and RAG, as
  ``cscmonitor indicators`` prints it (target: under 10 s);
- ``series``: every indicator's monthly series, April 2019 to March 2025 (72 periods), in one
  pass (target: under 30 s).

Run ``python -m benchmarks.indicators_bench``. It prints wall time and peak memory.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

TARGETS = {"scorecard": 10.0, "series": 30.0}
YEARS = list(range(2019, 2026))
LA = "333"


def build(folder: Path) -> Path:
    """Generate and load the synthetic authority; return the warehouse's data folder."""
    from cscmonitor.formats import ReadOptions, read
    from cscmonitor.synth import generate
    from cscmonitor.warehouse import Warehouse

    generate(folder / "returns", "sandwell-like", YEARS, seed=1)
    data = folder / "data"
    with Warehouse.open(data) as warehouse:
        for year in YEARS:
            for name in ("cin", "ssda903", "workforce"):
                source = folder / "returns" / LA / str(year) / name
                if source.is_dir():
                    for result in read([source], ReadOptions(year=year)):
                        result.la_code = result.la_code or LA
                        warehouse.load(result)
    return data


def measure(case: str, data: Path) -> dict[str, object]:
    """Run one case here and report its figures (called in a child process)."""
    from cscmonitor.indicators.benchmarks import load_benchmarks
    from cscmonitor.indicators.engine import compute_prepared, prepare
    from cscmonitor.indicators.periods import Period, monthly
    from cscmonitor.indicators.registry import indicators
    from cscmonitor.indicators.scorecard import score
    from cscmonitor.indicators.targets import load_targets
    from cscmonitor.warehouse import Warehouse

    chosen = list(indicators().values())
    with Warehouse.open(data) as warehouse, warehouse.reading() as con:
        started = time.perf_counter()
        if case == "scorecard":
            benchmarks = load_benchmarks(warehouse)
            targets = load_targets(None, data, indicators())
            score(con, chosen, Period.official_year(2025), LA, benchmarks, targets)
            periods = 2
        else:
            chosen_periods = monthly(date(2019, 4, 1), date(2025, 3, 1))
            prepare(con, chosen_periods, LA)
            for indicator in chosen:
                compute_prepared(con, indicator, chosen_periods)
            periods = len(chosen_periods)
        wall = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"case": case, "wall_s": round(wall, 2), "indicators": len(chosen),
            "periods": periods, "peak_mb": round(peak)}


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        print("Generating and loading the sandwell-like authority (untimed)...", flush=True)
        data = build(Path(folder))
        rows = []
        for case in TARGETS:
            done = subprocess.run([sys.executable, "-m", "benchmarks.indicators_bench",
                                   "--measure", case, str(data)],
                                  check=True, capture_output=True, text=True)
            rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
    header = ("case", "indicators", "periods", "wall (s)", "target (s)", "peak (MB)")
    print(" | ".join(header))
    print(" | ".join("---" for _ in header))
    for row in rows:
        print(f"{row['case']} | {row['indicators']} | {row['periods']} | {row['wall_s']} | "
              f"< {TARGETS[str(row['case'])]:.0f} | {row['peak_mb']}")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--measure":
        print(json.dumps(measure(sys.argv[2], Path(sys.argv[3]))))
    else:
        main()
