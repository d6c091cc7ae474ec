"""No input crashes a reader with anything but a clear, located FormatError.

Starts from every real-layout sample and damages it: truncation, flipped bytes, inserted
garbage, duplicated lines. Whatever the damage, reading either succeeds (with warnings) or
raises FormatError; any other exception is a bug.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cscmonitor.formats import FormatError, ReadOptions, read
from cscmonitor.formats.limits import ReadLimits
from tests.conftest import REFERENCE

SAMPLES = sorted(p for p in (REFERENCE / "samples").rglob("*") if p.is_file()
                 and p.stat().st_size < 300_000)
OPTIONS = ReadOptions(year=2025, limits=ReadLimits())


@st.composite
def damaged(draw: st.DrawFn, data: bytes) -> bytes:
    """``data`` with one or more realistic kinds of damage."""
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["truncate", "flip", "insert", "duplicate", "delete"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if kind == "truncate":
            data = data[:at]
        elif kind == "flip" and data:
            data = data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1:]
        elif kind == "insert":
            data = data[:at] + draw(st.binary(min_size=1, max_size=40)) + data[at:]
        elif kind == "duplicate":
            lines = data.split(b"\n")
            i = draw(st.integers(0, len(lines) - 1))
            data = b"\n".join(lines[: i + 1] + lines[i:])
        else:
            data = data[:at] + data[at + draw(st.integers(1, 200)):]
    return data


def _read_or_fail_cleanly(path: Path) -> None:
    try:
        read([path], OPTIONS)
    except FormatError as error:
        assert error.issues and all(i.file for i in error.issues)


@pytest.mark.slow
@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_damaged_samples_never_crash_a_reader(sample: Path, data: st.DataObject,
                                              tmp_path: Path) -> None:
    original = sample.read_bytes()
    target = tmp_path / sample.name
    target.write_bytes(data.draw(damaged(original)))
    _read_or_fail_cleanly(target)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(blob=st.binary(max_size=2_000), suffix=st.sampled_from([".xml", ".csv", ".xlsx", ""]))
def test_arbitrary_bytes_never_crash_a_reader(blob: bytes, suffix: str, tmp_path: Path) -> None:
    target = tmp_path / f"input{suffix}"
    target.write_bytes(blob)
    _read_or_fail_cleanly(target)
