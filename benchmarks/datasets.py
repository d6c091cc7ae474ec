"""Benchmark inputs at the sizes the targets name, built from the fake samples' real layouts.

The fake samples in ``../shared/reference/samples`` have the exact layouts of real exports.
Copies of their children, given fresh identifiers, scale them to a 10,000-child CIN census and a
2,300-child SSDA903 return without inventing a second layout.
"""

from __future__ import annotations

import copy
from pathlib import Path

import polars as pl
from lxml import etree

REFERENCE = Path(__file__).resolve().parents[2] / "shared" / "reference"
SAMPLES = REFERENCE / "samples"


def cin_census(out: Path, children: int = 10_000) -> Path:
    """A CIN census XML of ``children`` children (copies of the larger fake sample)."""
    tree = etree.parse(str(SAMPLES / "cin" / "cin_fake_larger_sample.xml"))
    container = tree.getroot().find("Children")
    assert container is not None
    originals = list(container)
    for child in originals:
        container.remove(child)
    for n in range(children):
        child = copy.deepcopy(originals[n % len(originals)])
        identifier = child.find("ChildIdentifiers/LAchildID")
        assert identifier is not None
        identifier.text = f"BENCH{n:07d}"
        container.append(child)
    path = out / "cin_census_10k.xml"
    tree.write(str(path), xml_declaration=True, encoding="utf-8")
    return path


def ssda903_set(out: Path, children: int = 2_300) -> Path:
    """An SSDA903 CSV set of ``children`` looked-after children (sample plus copies).

    The copies are the children with most episodes, which brings the set to about 5,900
    episodes, the shape of the return the validation target names.
    """
    folder = out / "ssda903_2300"
    folder.mkdir(parents=True, exist_ok=True)
    episodes = pl.read_csv(SAMPLES / "ssda903" / "episodes.csv", infer_schema=False)
    counts = episodes.group_by("CHILD", maintain_order=True).len().sort(
        "len", descending=True, maintain_order=True)
    extra = counts["CHILD"].head(max(children - counts.height, 0)).to_list()
    for source in sorted((SAMPLES / "ssda903").glob("*.csv")):
        frame = pl.read_csv(source, infer_schema=False, encoding="utf8-lossy")
        frame = frame.rename({c: c.lstrip("\ufeff") for c in frame.columns})
        copies = frame.filter(pl.col("CHILD").is_in(extra)).with_columns(
            (pl.lit("B") + pl.col("CHILD")).alias("CHILD"))
        pl.concat([frame, copies]).write_csv(folder / source.name)
    return folder
