"""The manifest of a synthetic run: what was asked for and every file written, with checksums.

It is JSON, written last, with paths relative to the output folder and no timestamps, so the
same run gives the same manifest byte for byte.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

MANIFEST = "manifest.json"


@dataclass(frozen=True)
class WrittenFile:
    path: str
    """Relative to the output folder, with forward slashes."""
    format: str
    la_code: str
    year: int
    sha256: str
    bytes: int
    rows: dict[str, int]
    as_at: str | None = None
    """For Annex A workbooks: the date the lists describe (ISO)."""


@dataclass(frozen=True)
class AuthorityEntry:
    la_code: str
    name: str
    population: int
    scale: float


@dataclass
class Manifest:
    profile: str
    seed: int
    years: list[int]
    inject_errors: float
    authorities: list[AuthorityEntry] = field(default_factory=list)
    files: list[WrittenFile] = field(default_factory=list)
    faults: int = 0
    ground_truth: str | None = None
    attribution: str = ""
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"generator": "cscmonitor synth", **asdict(self)}

    def write(self, out_dir: Path) -> Path:
        path = out_dir / MANIFEST
        text = json.dumps(self.as_dict(), indent=2, sort_keys=True, ensure_ascii=False)
        path.write_text(text + "\n", encoding="utf-8")
        return path


def checksum(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def describe(path: Path, out_dir: Path, format_name: str, la_code: str, year: int,
             rows: dict[str, int], as_at: str | None = None) -> WrittenFile:
    return WrittenFile(path=path.relative_to(out_dir).as_posix(), format=format_name,
                       la_code=la_code, year=year, sha256=checksum(path),
                       bytes=path.stat().st_size, rows=rows, as_at=as_at)
