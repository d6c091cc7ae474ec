"""Shared test fixtures: where the public reference material lives."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT.parent / "shared" / "reference"


@pytest.fixture(scope="session")
def reference() -> Path:
    """``../shared/reference``: real public files, read in place and never copied."""
    if not REFERENCE.is_dir():
        pytest.fail(f"reference material not found at {REFERENCE}")
    return REFERENCE
