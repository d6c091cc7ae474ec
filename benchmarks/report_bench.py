"""How long the board and scrutiny pack takes for the synthetic authority (target: < 20 s).

The sandwell-like authority is generated for 2022/23 to 2024/25 and loaded into a temporary
warehouse (not timed); then, in a fresh process per audience, the whole pack for 2024/25 is
written and each step timed: computing the figures (scorecard and monthly series), showing
them and rendering the charts (the first vl-convert call starts its JavaScript engine), the
HTML, the PDF (WeasyPrint) and the workbook.

Run ``python -m benchmarks.report_bench`` from the repository root (on a quiet machine:
check ``uptime``).
"""

from __future__ import annotations

import dataclasses
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

YEARS = [2023, 2024, 2025]
TARGET_S = 20.0
AUDIENCES = ("board", "public")


def prepare(folder: Path) -> Path:
    from cscmonitor.formats import read
    from cscmonitor.synth import generate
    from cscmonitor.warehouse import Warehouse

    returns, data_dir = folder / "returns", folder / "data"
    generate(returns, "sandwell-like", YEARS, seed=1)
    with Warehouse.open(data_dir) as warehouse:
        for path in sorted(p for p in returns.glob("*/*/*") if p.name != "annex_a"):
            for result in read([path]):
                warehouse.load(dataclasses.replace(result, la_code=result.la_code or "333"))
    return data_dir


def measure(data_dir: Path, audience_name: str) -> dict[str, object]:
    """Write one pack, timing each step (called in a child process)."""
    from cscmonitor.indicators.benchmarks import load_benchmarks
    from cscmonitor.indicators.periods import Period
    from cscmonitor.indicators.registry import indicators
    from cscmonitor.indicators.targets import load_targets
    from cscmonitor.reports.audience import Audience
    from cscmonitor.reports.commentary import read_commentary
    from cscmonitor.reports.gather import gather
    from cscmonitor.reports.html import render_html
    from cscmonitor.reports.pdf import write_pdf
    from cscmonitor.reports.quality import quality_rows
    from cscmonitor.reports.view import build_view
    from cscmonitor.reports.workbook import write_workbook
    from cscmonitor.warehouse import Warehouse

    steps: dict[str, float] = {}
    out = data_dir.parent / audience_name
    out.mkdir()
    started = last = time.perf_counter()

    def step(name: str) -> None:
        nonlocal last
        now = time.perf_counter()
        steps[name] = round(now - last, 2)
        last = now

    chosen = list(indicators().values())
    with Warehouse.open(data_dir) as warehouse:
        data = gather(warehouse, chosen, Period.official_year(2025), "333",
                      load_benchmarks(warehouse), load_targets(None, data_dir, indicators()))
        quality = quality_rows(warehouse, chosen)
    step("figures")
    view = build_view(data, Audience(audience_name),
                      read_commentary(data_dir / "commentary", [i.id for i in chosen]), quality)
    step("view + charts")
    (out / "report.html").write_text(render_html(view), encoding="utf-8")
    page = render_html(view, for_print=True)
    step("html")
    write_pdf(page, out / "report.pdf")
    step("pdf")
    write_workbook(view, out / "report.xlsx")
    step("xlsx")
    return {"audience": audience_name, "total_s": round(time.perf_counter() - started, 1),
            **steps, "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            "indicators": len(chosen)}


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        data_dir = prepare(Path(folder))
        rows = []
        for audience in AUDIENCES:
            done = subprocess.run([sys.executable, "-m", "benchmarks.report_bench", "--measure",
                                   str(data_dir), audience], check=True, capture_output=True,
                                  text=True)
            rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
    header = ("audience", "total (s)", "target (s)", "figures", "view + charts", "html", "pdf",
              "xlsx", "peak (MB)", "indicators")
    print(" | ".join(header))
    for row in rows:
        print(" | ".join(str(v) for v in (
            row["audience"], row["total_s"], TARGET_S, row["figures"], row["view + charts"],
            row["html"], row["pdf"], row["xlsx"], row["peak_mb"], row["indicators"])))


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--measure":
        print(json.dumps(measure(Path(sys.argv[2]), sys.argv[3])))
    else:
        main()
