"""What a snapshot records about where it came from: files, checksums and who loaded it.

A snapshot's identity is a checksum over its files' checksums, so the same file (or the same
903 set, in any order) is recognised however it is named or wherever it sits.
"""

from __future__ import annotations

import getpass
import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

USER_ENV = "CSCMONITOR_USER"


@dataclass(frozen=True)
class SourceFile:
    """One input file of a snapshot, as it was when loaded."""

    file_name: str
    sha256: str
    size_bytes: int


def fingerprint(path: Path) -> SourceFile:
    with path.open("rb") as handle:
        digest = hashlib.file_digest(handle, "sha256").hexdigest()
    return SourceFile(file_name=path.name, sha256=digest, size_bytes=path.stat().st_size)


def identity(files: Sequence[SourceFile]) -> str:
    """SHA-256 over the sorted file checksums: independent of names, paths and order."""
    if not files:
        raise ValueError("a snapshot needs at least one source file")
    joined = "\n".join(sorted(f.sha256 for f in files))
    return hashlib.sha256(joined.encode("ascii")).hexdigest()


def loaded_by() -> str:
    """``$CSCMONITOR_USER`` (set by a service account or the web app), else the login name."""
    named = os.environ.get(USER_ENV, "").strip()
    if named:
        return named
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"
