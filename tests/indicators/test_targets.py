from __future__ import annotations

from pathlib import Path

import pytest

from cscmonitor.indicators.definition import Polarity
from cscmonitor.indicators.registry import indicators
from cscmonitor.indicators.targets import (
    TARGETS_FILE,
    Target,
    TargetsError,
    load_targets,
    parse_targets,
    shipped_targets,
    targets_path,
)
from cscmonitor.warehouse import DATA_DIR_ENV

IDS = {"rereferral_rate", "agency_rate", "cpp_starts"}


def test_parse() -> None:
    found = parse_targets(
        "rereferral_rate:\n  target: 20\n  note: our plan\n"
        "agency_rate:\n  target: 10\n  polarity: higher\n  tolerance: 0\n", "t.yml", IDS)
    assert found == {
        "rereferral_rate": Target(20.0, None, 1.0, "our plan", "t.yml"),
        "agency_rate": Target(10.0, Polarity.HIGHER, 0.0, None, "t.yml"),
    }


def test_default_tolerance_is_five_percent() -> None:
    assert parse_targets("rereferral_rate: {target: 22.6}\n", "t", IDS)["rereferral_rate"] \
        .tolerance == 1.13


@pytest.mark.parametrize(("text", "located"), [
    ("cpp_starts: {target: 1}\nreferal_rate:\n  target: 20\n",
     "t.yml, line 2, referal_rate: not an indicator id"),
    ("rereferral_rate:\n  target: 20\n  colour: red\n",
     "t.yml, line 3, rereferral_rate.colour: unknown key"),
    ("rereferral_rate:\n  target: twenty\n",
     "t.yml, line 2, rereferral_rate.target: expected a number"),
    ("rereferral_rate:\n  note: x\n", "t.yml, line 2, rereferral_rate: no target"),
    ("rereferral_rate:\n  target: 2\n  polarity: up\n",
     "t.yml, line 3, rereferral_rate.polarity: expected higher or lower"),
    ("rereferral_rate:\n  target: 2\n  tolerance: -1\n",
     "t.yml, line 3, rereferral_rate.tolerance"),
    ("rereferral_rate: 20\n", "t.yml, line 1, rereferral_rate: expected target:"),
    ("rereferral_rate: {target: 1}\nrereferral_rate: {target: 2}\n",
     "t.yml, line 2, rereferral_rate: given twice"),
    ("- rereferral_rate\n", "t.yml, line 1: expected indicator ids"),
    ("rereferral_rate: {target: [1\n", "t.yml, line 2: not valid YAML"),
])
def test_mistakes_name_file_line_and_key(text: str, located: str) -> None:
    with pytest.raises(TargetsError) as raised:
        parse_targets(text, "t.yml", IDS)
    assert str(raised.value).startswith(located), str(raised.value)


def test_which_file_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "default"))
    assert targets_path(None, None) == shipped_targets()
    assert targets_path(None, tmp_path) == shipped_targets()
    own = tmp_path / TARGETS_FILE
    own.write_text("cpp_starts: {target: 5}\n", encoding="utf-8")
    assert targets_path(None, tmp_path) == own
    given = tmp_path / "other.yml"
    assert targets_path(given, tmp_path) == given
    assert load_targets(None, tmp_path, IDS) == {
        "cpp_starts": Target(5.0, None, 0.25, None, str(own))}
    (tmp_path / "default").mkdir()
    (tmp_path / "default" / TARGETS_FILE).write_text("", encoding="utf-8")
    assert targets_path(None, None) == tmp_path / "default" / TARGETS_FILE


def test_an_empty_file_has_no_targets() -> None:
    assert parse_targets("# nothing yet\n", "t.yml", IDS) == {}


def test_shipped_defaults_name_registered_indicators() -> None:
    shipped = load_targets(shipped_targets(), None, indicators())
    assert set(shipped) <= set(indicators())
    assert shipped["rereferral_rate"].target == 22.6
    assert len(shipped) >= 5
