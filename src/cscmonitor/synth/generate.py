"""Generate a synthetic authority (or many) and write its statutory returns.

For each authority: simulate its children and workers from before the first year asked for to
the end of the last, then for each collection year extract the canonical tables of each return
and write them through the same ``formats`` writers real files are read with: the CIN census
XML, the SSDA903 CSV set, the workforce census XML (for the years its schema covers) and
Ofsted Annex A workbooks as at chosen days (by default 31 March of the last year: a workbook
takes seconds to write, and the latest is the one a monitoring team works from). With
``inject_errors`` some values are spoiled first, the way real exports go wrong, and each fault
is listed in a ground-truth file. A manifest lists every file with its checksum and row
counts. Several authorities are simulated in
parallel processes, one per CPU; each has its own random streams, so the files do not depend
on how many processes ran.

Files go to ``<out>/<LA code>/<year>/<return>/``.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path

import polars as pl

from cscmonitor.formats import formats
from cscmonitor.model import registry, year_end, year_start
from cscmonitor.synth import faults
from cscmonitor.synth.authorities import plan
from cscmonitor.synth.extract import annex_a, cin, ssda903, workforce
from cscmonitor.synth.manifest import AuthorityEntry, Manifest, WrittenFile, describe
from cscmonitor.synth.profile import load_profile
from cscmonitor.synth.rng import stream
from cscmonitor.synth.sim.engine import Authority, World, simulate

Progress = Callable[[int, int, str], None]
"""``progress(done, total, message)``: called as each authority finishes."""

Extractor = Callable[[World, int], dict[str, pl.DataFrame]]
RETURNS: tuple[tuple[str, str, str, Extractor], ...] = (
    ("cin", "cin-xml", "cin", cin.extract),
    ("ssda903", "ssda903-csv", "ssda903", ssda903.extract),
    ("workforce", "workforce-xml", "workforce", workforce.extract),
)
"""(return, format, folder, extractor) for the yearly returns."""


def _written_years(return_name: str, years: Iterable[int]) -> list[int]:
    """The years a return is written for: those its reader knows (workforce: 2022 schema on)."""
    if return_name == "workforce":
        known = registry().return_spec("workforce").years
        return [y for y in years if y in known]
    return list(years)


def generate(out_dir: Path, profile: str, years: range | list[int], seed: int,
             inject_errors: float = 0.0, population: int | None = None, authorities: int = 1,
             progress: Progress | None = None,
             annex_a_dates: Sequence[date] | None = None) -> Manifest:
    """Simulate, write every return for every year, and the manifest; return the manifest.

    ``annex_a_dates``: the days Annex A workbooks describe (month ends, say), each within the
    years simulated; by default 31 March of the last year.
    """
    chosen = sorted(set(years))
    if not chosen:
        raise ValueError("at least one collection year is needed")
    as_at = sorted(set(annex_a_dates or [year_end(chosen[-1])]))
    if any(not year_start(chosen[0]) <= d <= year_end(chosen[-1]) for d in as_at):
        raise ValueError("Annex A dates must fall within the years generated")
    if not 0.0 <= inject_errors <= 1.0:
        raise ValueError("the error rate is a share between 0 and 1")
    spec = load_profile(profile)
    out_dir.mkdir(parents=True, exist_ok=True)
    planned = plan(spec, chosen[-1], population, authorities)
    manifest = Manifest(profile=spec.name, seed=seed, years=chosen,
                        inject_errors=inject_errors, attribution=spec.attribution)
    jobs = [(authority, size, out_dir, chosen, as_at, seed, inject_errors)
            for authority, size in planned]
    workers = min(len(jobs), os.cpu_count() or 1)
    if workers > 1:
        # Spawned, not forked: a fork taken while Polars' threads hold locks can hang forever.
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
            injected = _collect(pool.map(_one_authority, jobs), manifest, len(jobs), progress)
    else:
        injected = _collect(map(_one_authority, jobs), manifest, len(jobs), progress)
    if inject_errors > 0:
        manifest.ground_truth = faults.write_ground_truth(out_dir, injected).name
        manifest.faults = len(injected)
    skipped = [y for y in chosen if y not in _written_years("workforce", chosen)]
    if skipped:
        manifest.notes.append(
            "No workforce census for " + ", ".join(map(str, skipped)) + ": cscmonitor reads "
            "the census in its 2022 schema only (collection years "
            + ", ".join(map(str, registry().return_spec("workforce").years)) + ").")
    manifest.write(out_dir)
    return manifest


Job = tuple[Authority, int, Path, list[int], list[date], int, float]
Result = tuple[AuthorityEntry, list[WrittenFile], list[faults.Fault]]


def _collect(results: Iterator[Result], manifest: Manifest, total: int,
             progress: Progress | None) -> list[faults.Fault]:
    """Add each authority's files to the manifest, in plan order; return all faults."""
    injected: list[faults.Fault] = []
    for done, (entry, files, spoiled) in enumerate(results, start=1):
        manifest.authorities.append(entry)
        manifest.files += files
        injected += spoiled
        if progress is not None:
            progress(done, total, f"{entry.la_code} {entry.name}")
    return injected


def _one_authority(job: Job) -> Result:
    """Simulate and write one authority (in a worker process when there are several)."""
    authority, size, out_dir, years, as_at, seed, inject_errors = job
    world = simulate(authority, seed, years[0], years[-1])
    spoiler = faults.Spoiler(stream(seed, authority.la_code, "faults"), inject_errors)
    files = write_world(world, out_dir, years, as_at, spoiler)
    entry = AuthorityEntry(authority.la_code, authority.name, size, round(authority.scale, 6))
    return entry, files, spoiler.faults


def write_world(world: World, out_dir: Path, years: list[int], as_at: list[date],
                spoiler: faults.Spoiler) -> list[WrittenFile]:
    """Every return of every year for one simulated authority, and its Annex A workbooks."""
    code = world.authority.la_code
    written: list[WrittenFile] = []

    def write(tables: dict[str, pl.DataFrame], return_name: str, format_name: str,
              folder: Path, year: int, day: date | None = None) -> None:
        tables = spoiler.spoil(tables, return_name, code, year)
        rows = {name: frame.height for name, frame in sorted(tables.items())}
        for path in formats()[format_name].write(tables, folder, year):
            spoiler.locate(path, out_dir)
            written.append(describe(path, out_dir, format_name, code, year, rows,
                                    day.isoformat() if day else None))

    for year in years:
        for return_name, format_name, sub, extractor in RETURNS:
            if year in _written_years(return_name, [year]):
                write(extractor(world, year), return_name, format_name,
                      out_dir / code / str(year) / sub, year)
        for day in as_at:
            if year_start(year) <= day <= year_end(year):
                write(annex_a.extract(world, day), "annex_a", "annex-a-xlsx",
                      out_dir / code / str(year) / "annex_a" / day.isoformat(), year, day)
    return written
