"""How long the synthetic authority takes to generate, and how much memory it needs.

Two cases, each in a fresh process so that its memory is its own:

- ``sandwell``: the sandwell-like profile, collection years 2019 to 2025 (target: under 60 s);
- ``national``: one collection year (2025) for all 153 English authorities at England's
  rates and population, about 630,000 referrals and 82,000 children looked after (target:
  under 15 minutes).

Run ``python benchmarks/synth_bench.py`` (both) or ``... sandwell`` / ``... national``. It
prints wall time, CPU time and peak resident memory (of the main process and of the largest
worker process).
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CASES = {
    "sandwell": {"profile": "sandwell-like", "years": list(range(2019, 2026)), "seed": 1},
    "national": {"profile": "england-average", "years": [2025], "seed": 1,
                 "population": 12_183_016, "authorities": 153},
}
TARGETS = {"sandwell": 60.0, "national": 900.0}


def measure(case: str) -> dict[str, object]:
    """Run one case here and report its figures (called in a child process)."""
    from cscmonitor.synth import generate

    with tempfile.TemporaryDirectory() as folder:
        started, cpu = time.perf_counter(), time.process_time()
        manifest = generate(Path(folder), **CASES[case])  # type: ignore[arg-type]
        wall = time.perf_counter() - started
        own = resource.getrusage(resource.RUSAGE_SELF)
        workers = resource.getrusage(resource.RUSAGE_CHILDREN)
        episodes = sum(f.rows.get("cin_episode", 0) for f in manifest.files
                       if f.format == "cin-xml")
        looked_after = sum(f.rows.get("ssda903_header", 0) for f in manifest.files
                           if f.path.endswith("/header.csv"))
    return {"case": case, "wall_s": round(wall, 1),
            "cpu_s": round(time.process_time() - cpu + workers.ru_utime, 1),
            "peak_main_mb": round(own.ru_maxrss / 1024), "peak_worker_mb":
            round(workers.ru_maxrss / 1024), "files": len(manifest.files),
            "cin_episodes": episodes, "ssda903_children": looked_after}


def main(cases: list[str]) -> None:
    rows = []
    for case in cases:
        done = subprocess.run([sys.executable, __file__, "--measure", case], check=True,
                              capture_output=True, text=True)
        rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
    header = ("case", "wall (s)", "target (s)", "CPU (s)", "peak main (MB)",
              "peak worker (MB)", "files", "CIN episodes", "903 children")
    print(" | ".join(header))
    for row in rows:
        print(" | ".join(str(v) for v in (
            row["case"], row["wall_s"], TARGETS[str(row["case"])], row["cpu_s"],
            row["peak_main_mb"], row["peak_worker_mb"], row["files"], row["cin_episodes"],
            row["ssda903_children"])))


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--measure":
        print(json.dumps(measure(sys.argv[2])))
    else:
        main(sys.argv[1:] or list(CASES))
