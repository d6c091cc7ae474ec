from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from cscmonitor.warehouse.provenance import USER_ENV, fingerprint, identity, loaded_by


def test_fingerprint_and_identity_ignore_names_and_order(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_bytes(b"one")
    (tmp_path / "b.csv").write_bytes(b"two")
    (tmp_path / "renamed.csv").write_bytes(b"one")
    a, b, renamed = (fingerprint(tmp_path / n) for n in ("a.csv", "b.csv", "renamed.csv"))
    assert a.sha256 == hashlib.sha256(b"one").hexdigest()
    assert (a.file_name, a.size_bytes) == ("a.csv", 3)
    assert identity([a, b]) == identity([b, renamed])
    assert identity([a]) != identity([a, b])


def test_identity_needs_files() -> None:
    with pytest.raises(ValueError, match="at least one"):
        identity([])


def test_loaded_by_prefers_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(USER_ENV, "analyst@trust")
    assert loaded_by() == "analyst@trust"
