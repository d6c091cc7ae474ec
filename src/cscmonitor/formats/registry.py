"""Which statutory formats exist, how each is recognised, and reading any set of paths.

Each format package (``formats/cin``, ``formats/ssda903`` ...) declares ``FORMATS``, a list of
``FormatSpec``; nothing else needs editing to add a format. Files are recognised by their
content (root element, columns, sheets), never by their names.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import polars as pl

from cscmonitor.formats.issues import FormatError, fatal
from cscmonitor.formats.limits import ReadLimits
from cscmonitor.formats.result import ReadResult

SNIFF_BYTES = 65_536


@dataclass(frozen=True)
class ReadOptions:
    """What the user may tell a reader: the collection year when the file can't say."""

    year: int | None = None
    limits: ReadLimits = field(default_factory=ReadLimits.from_environment)


Reader = Callable[[Sequence[Path], ReadOptions], ReadResult]
Writer = Callable[[Mapping[str, pl.DataFrame], Path, int], list[Path]]
"""Write canonical tables for a collection year into a directory; return the files written."""


@dataclass(frozen=True)
class FormatSpec:
    name: str
    return_name: str
    title: str
    sniff: Callable[[Path, bytes], bool]
    """Whether the file's first bytes look like this format."""
    read: Reader
    write: Writer
    grouped: bool = False
    """A set of files read together as one return (the SSDA903 CSV set)."""


@cache
def formats() -> dict[str, FormatSpec]:
    found: dict[str, FormatSpec] = {}
    package = importlib.import_module("cscmonitor.formats")
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        if not info.ispkg:
            continue
        module = importlib.import_module(f"cscmonitor.formats.{info.name}")
        for spec in getattr(module, "FORMATS", []):
            if spec.name in found:
                raise ValueError(f"format {spec.name!r} declared twice")
            found[spec.name] = spec
    return found


def detect(path: Path) -> FormatSpec:
    """The format of ``path``, from its content."""
    if not path.is_file():
        raise fatal(path.name, "wrong-format", "a file (not found, or not a regular file)")
    with path.open("rb") as handle:
        head = handle.read(SNIFF_BYTES)
    if not head.strip():
        raise fatal(path.name, "empty", "a statutory return with at least a header")
    matches = [spec for spec in formats().values() if spec.sniff(path, head)]
    if len(matches) != 1:
        known = ", ".join(sorted(formats()))
        why = "matches none" if not matches else "is ambiguous between " + ", ".join(
            m.name for m in matches)
        raise fatal(path.name, "wrong-format", f"one of the known formats ({known}); it {why}")
    return matches[0]


def expand(paths: Sequence[Path]) -> list[Path]:
    """Files given directly, and the files inside any directory given (not recursing)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.is_file()
                                and not p.name.startswith(".")))
        else:
            files.append(path)
    return files


def group(paths: Sequence[Path]) -> list[tuple[FormatSpec, list[Path]]]:
    """Pair each input with its format; files of a grouped format in one folder form one set.

    Raises ``FormatError`` carrying every unrecognised file, so nothing is read half-way.
    """
    groups: dict[tuple[str, str], list[Path]] = {}
    order: list[tuple[str, str]] = []
    problems = []
    for path in expand(paths):
        try:
            spec = detect(path)
        except FormatError as error:
            problems.extend(error.issues)
            continue
        key = (spec.name, str(path.resolve().parent) if spec.grouped else str(path.resolve()))
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(path)
    if problems:
        raise FormatError(problems)
    return [(formats()[key[0]], groups[key]) for key in order]


def read(paths: Sequence[Path], options: ReadOptions | None = None) -> list[ReadResult]:
    """Read every return among ``paths``; fatal problems raise ``FormatError``."""
    options = options or ReadOptions()
    return [spec.read(files, options) for spec, files in group(paths)]
