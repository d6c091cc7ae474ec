"""What ``cscmonitor synth`` does, as a plain function the command line calls.

``run`` takes the command's options as given on the command line (years as "2019-2025",
"2019,2021" or "2024/25"; Annex A dates as "2025-01-31,2025-02-28"), generates the data with a
progress line per authority, and returns a short summary for the terminal.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from cscmonitor.model import parse_year
from cscmonitor.synth.generate import generate
from cscmonitor.synth.manifest import MANIFEST


def parse_years(text: str) -> list[int]:
    """``2019-2025`` (a range of end years), ``2019,2021``, or single years as DfE writes them.

    >>> parse_years("2019-2021")
    [2019, 2020, 2021]
    >>> parse_years("2023/24,2025")
    [2024, 2025]
    """
    years: list[int] = []
    for part in text.split(","):
        part = part.strip()
        bounds = part.split("-")
        if len(bounds) == 2 and all(b.strip().isdigit() and len(b.strip()) == 4 for b in bounds):
            first, last = int(bounds[0]), int(bounds[1])
            if first > last:
                raise ValueError(f"years run backwards: {part!r}")
            years.extend(range(first, last + 1))
        else:
            years.append(parse_year(part))
    return sorted(set(years))


def parse_days(text: str) -> list[date]:
    """Comma-separated ISO dates (``2025-01-31,2025-02-28``), for the Annex A workbooks."""
    return sorted({date.fromisoformat(part.strip()) for part in text.split(",") if part.strip()})


def run(out: Path, profile: str, years: str, seed: int, inject_errors: float = 0.0,
        population: int | None = None, authorities: int = 1, annex_a: str | None = None,
        echo: Callable[[str], None] = print) -> str:
    """Generate the synthetic returns into ``out``; return a one-paragraph summary.

    ``annex_a``: the dates Annex A workbooks describe, comma-separated (default: 31 March of
    the last year).
    """
    chosen = parse_years(years)

    def progress(done: int, total: int, message: str) -> None:
        echo(f"[{done}/{total}] {message}: simulated and written")

    manifest = generate(out, profile, chosen, seed, inject_errors=inject_errors,
                        population=population, authorities=authorities, progress=progress,
                        annex_a_dates=parse_days(annex_a) if annex_a else None)
    summary = (f"Wrote {len(manifest.files)} files for {len(manifest.authorities)} "
               f"authorit{'y' if len(manifest.authorities) == 1 else 'ies'}, collection years "
               f"{chosen[0]} to {chosen[-1]}, profile {manifest.profile}, seed {seed}, into "
               f"{out}. The manifest is {out / MANIFEST}.")
    if manifest.ground_truth:
        summary += (f" {manifest.faults} injected faults are listed in "
                    f"{out / manifest.ground_truth}.")
    for note in manifest.notes:
        summary += " " + note
    return summary
